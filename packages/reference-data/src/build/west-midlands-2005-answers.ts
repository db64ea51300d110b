// Answers for the 40 case files such that the framework's own scoring prints every follow-up figure of the report.
// For each measure the solver picks how many applicable cases met it among the high-risk and the other cases; the
// met answers are then spread over the cases in a seeded order that favours cases doing well on related questions,
// so that the files read as coherent cases rather than independent coin tosses. Only answers are produced: scores
// are always computed from them.
import type { CaseFacts, FrameworkDefinition, GivenAnswer, Measure } from '@scrutiny/domain';
import { addDays, addWeeks, addWorkingDays, appliesTo, isWorkingDay, NOT_APPLICABLE } from '@scrutiny/domain';
import { integerBetween } from './random.ts';
import type { PrintedTarget, StratumCounts } from './solve-counts.ts';
import { solveCounts } from './solve-counts.ts';
import type { CaseRole, PlannedCase } from './west-midlands-2005-sample.ts';

interface RoleRule {
  role: CaseRole;
  /** Only these ranks of the role; all when absent. */
  ranks?: readonly number[];
}

interface NotApplicableRule extends RoleRule {
  reason: string;
}

interface MeasurePlan {
  key: string;
  /** Measures whose met answers make a case more likely to meet this one. */
  prefer?: readonly string[];
  /** Only cases that met this measure may meet this one (a plan can only be reviewed if it was produced). */
  within?: string;
  notApplicable?: readonly NotApplicableRule[];
  forcedMet?: readonly RoleRule[];
  forcedNotMet?: readonly RoleRule[];
  /** A case's own leaning towards meeting the measure, added to its ranking. */
  lean?: (planned: PlannedCase) => number;
}

const TRANSFERRED: RoleRule = { role: 'TRANSFERRED_IN' };

/** In the order answers are given: a measure's preferences name measures answered before it. */
export const WEST_MIDLANDS_2005_PLAN: readonly MeasurePlan[] = [
  { key: 'B1.initial-assessment-done', forcedNotMet: [{ role: 'NO_INITIAL_ASSESSMENT' }] },
  { key: 'B1.initial-assessment-quality' },
  {
    key: 'B1.review-16-weeks',
    prefer: ['B1.initial-assessment-quality'],
    notApplicable: [
      {
        ...TRANSFERRED,
        reason: 'Transferred in from another area in April 2005: the first 16-week review here was not yet due.',
      },
    ],
  },
  { key: 'B1.review-after-incident', prefer: ['B1.review-16-weeks'] },
  {
    key: 'B1.classification-appropriate',
    prefer: ['B1.initial-assessment-quality'],
    // The report found misclassified risk mostly inflated, which a low risk case cannot be.
    lean: (planned) => (planned.facts.riskOfHarm === 'LOW' ? 3 : 0),
  },
  { key: 'B1.rmp-quality-timely', prefer: ['B1.initial-assessment-quality'] },
  {
    key: 'B1.management-involvement',
    prefer: ['B1.initial-assessment-quality', 'B1.rmp-quality-timely'],
    notApplicable: [
      {
        ...TRANSFERRED,
        reason: 'The assessment was completed by the sending area before transfer; managers here had no part in it.',
      },
    ],
  },
  { key: 'B3.objectives-match-needs', prefer: ['B1.initial-assessment-quality'] },
  { key: 'B3.smart-objectives', prefer: ['B3.objectives-match-needs'] },
  { key: 'B3.other-assessments-integrated', prefer: ['B3.objectives-match-needs'] },
  { key: 'B3.liaison-recorded', prefer: ['B3.other-assessments-integrated'] },
  { key: 'B3.diversity-recorded', prefer: ['B3.liaison-recorded'] },
  {
    key: 'B3.isp-quality',
    prefer: ['B3.objectives-match-needs', 'B3.smart-objectives', 'B3.liaison-recorded', 'B3.diversity-recorded'],
  },
  { key: 'C2.progress-reviewed', prefer: ['B1.review-16-weeks', 'B3.smart-objectives'] },
  { key: 'C2.smart-objectives-in-reviews', prefer: ['B3.smart-objectives', 'C2.progress-reviewed'] },
  { key: 'C2.additional-requirements', prefer: ['C2.progress-reviewed'] },
  {
    key: 'C2.liaison-with-providers',
    prefer: ['B3.liaison-recorded'],
    notApplicable: [
      {
        role: 'NO_OTHER_AGENCY',
        reason: 'No other agency or provider was delivering interventions: the case manager supervised the case alone.',
      },
    ],
  },
  { key: 'C2.rmp-mappa-in-reviews', prefer: ['B1.rmp-quality-timely', 'C2.progress-reviewed'] },
  { key: 'C5.interventions-match-risk', prefer: ['B1.classification-appropriate'] },
  { key: 'C5.child-protection', prefer: ['C2.liaison-with-providers'] },
  {
    key: 'C5.risk-changes-addressed',
    prefer: ['B1.review-after-incident', 'B1.review-16-weeks'],
    notApplicable: [
      {
        role: 'NO_OTHER_AGENCY',
        ranks: [3],
        reason: 'No change in circumstances bearing on risk of harm arose in the period inspected.',
      },
    ],
  },
  {
    key: 'C5.management-oversight',
    prefer: ['B1.management-involvement'],
    notApplicable: [
      {
        ...TRANSFERRED,
        reason: 'Transferred in from another area in April 2005: too short a period of oversight here to judge.',
      },
    ],
  },
  {
    key: 'C5.interagency-rmp-produced',
    prefer: ['C2.rmp-mappa-in-reviews'],
    forcedMet: [{ role: 'RECENT_PLAN' }],
    notApplicable: [
      {
        role: 'NO_OTHER_AGENCY',
        reason:
          'No other agency was involved in managing risk of harm, so no inter-agency risk management plan was called for.',
      },
    ],
  },
  {
    key: 'C5.interagency-rmp-reviewed',
    within: 'C5.interagency-rmp-produced',
    notApplicable: [
      { role: 'NO_OTHER_AGENCY', reason: 'No other agency was involved, so there was no inter-agency plan to review.' },
      {
        role: 'RECENT_PLAN',
        reason: 'The inter-agency risk management plan was agreed in May 2005; its first review was not yet due.',
      },
    ],
  },
];

/** The overall judgement on each scored criterion, given last: it weighs every other answer of the criterion. */
function overallPlan(criterion: string, framework: FrameworkDefinition): MeasurePlan {
  const notApplicable: Record<string, readonly NotApplicableRule[]> = {
    B1: [
      {
        ...TRANSFERRED,
        reason: "Case transferred in too recently to judge this area's assessment of risk of harm as a whole.",
      },
    ],
    C2: [
      { ...TRANSFERRED, reason: 'Case transferred in too recently to judge the supervision delivered here.' },
      {
        role: 'REMANDED',
        reason: 'Remanded in custody on a new charge in March 2005: too little supervision delivered to judge.',
      },
    ],
  };
  return {
    key: `${criterion}.overall`,
    prefer: framework.measures
      .filter((measure) => measure.criterion === criterion && !measure.tags.includes('overall-judgement'))
      .map((measure) => measure.key),
    notApplicable: notApplicable[criterion] ?? [],
  };
}

function matches(rule: RoleRule, planned: PlannedCase): boolean {
  return planned.role === rule.role && (rule.ranks === undefined || rule.ranks.includes(planned.roleRank));
}

function firstWorkingDayFrom(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

export interface AnsweredCase extends PlannedCase {
  answers: GivenAnswer[];
}

/** Met (true), not met (false) or not applicable (null), per case, per measure. */
type Outcomes = Map<string, Map<PlannedCase, boolean | null>>;

function chooseMet(
  plan: MeasurePlan,
  measure: Measure,
  target: PrintedTarget,
  cases: readonly PlannedCase[],
  outcomes: Outcomes,
  random: () => number,
): Map<PlannedCase, boolean | null> {
  const result = new Map<PlannedCase, boolean | null>();
  const asked = cases.filter((planned) => appliesTo(measure.applicability, planned.facts));
  const notApplicable = new Set(
    asked.filter((planned) => (plan.notApplicable ?? []).some((rule) => matches(rule, planned))),
  );
  const applicable = asked.filter((planned) => !notApplicable.has(planned));
  for (const planned of notApplicable) result.set(planned, null);

  const forcedMet = (planned: PlannedCase): boolean => (plan.forcedMet ?? []).some((rule) => matches(rule, planned));
  const forcedNotMet = (planned: PlannedCase): boolean =>
    (plan.forcedNotMet ?? []).some((rule) => matches(rule, planned));
  const allowed = (planned: PlannedCase): boolean =>
    !forcedNotMet(planned) &&
    (plan.within === undefined || outcomes.get(plan.within)?.get(planned) === true || forcedMet(planned));

  const stratum = (highRisk: boolean) => applicable.filter((planned) => planned.highRisk === highRisk);
  const strata = { highRisk: stratum(true), other: stratum(false) };
  const countWhere = (test: (planned: PlannedCase) => boolean): StratumCounts => ({
    highRisk: strata.highRisk.filter(test).length,
    other: strata.other.filter(test).length,
  });
  const counts = solveCounts(
    target,
    { highRisk: strata.highRisk.length, other: strata.other.length },
    { min: countWhere(forcedMet), max: countWhere(allowed) },
  );
  if (counts === null) {
    throw new Error(
      `No answers for ${plan.key} can print ${JSON.stringify(target)} from ${strata.highRisk.length} high-risk and ${strata.other.length} other applicable cases`,
    );
  }

  const score = (planned: PlannedCase): number => {
    if (forcedMet(planned)) return 1000;
    if (!allowed(planned)) return -1000;
    const related = (plan.prefer ?? []).filter((key) => outcomes.get(key)?.get(planned) === true).length;
    return related + (plan.lean?.(planned) ?? 0) + random() * 1.5;
  };
  for (const [group, met] of [
    [strata.highRisk, counts.highRisk],
    [strata.other, counts.other],
  ] as const) {
    const ranked = group.map((planned) => ({ planned, score: score(planned) })).sort((a, b) => b.score - a.score);
    ranked.forEach(({ planned }, i) => result.set(planned, i < met));
  }
  return result;
}

function answerValue(measure: Measure, planned: PlannedCase, met: boolean, random: () => number): string {
  if (measure.answerSet !== 'CLASSIFICATION') return met ? 'YES' : 'NO';
  if (met) return 'APPROPRIATE';
  // Most misclassified cases were inflated, as the report found; a low risk case can only have been deflated.
  if (planned.facts.riskOfHarm === 'LOW') return 'DEFLATED';
  if (planned.facts.riskOfHarm === 'VERY_HIGH') return 'INFLATED';
  return random() < 0.8 ? 'INFLATED' : 'DEFLATED';
}

/** Dates that depend on the answers: the risk management plan (its timeliness is derived) and the reviews. */
function completeDates(
  planned: PlannedCase,
  outcomes: Outcomes,
  rmpAnswer: string | undefined,
  random: () => number,
): void {
  const facts: CaseFacts = planned.facts;
  const start = facts.dates.start!;
  if (planned.highRisk) {
    const timely = outcomes.get('B1.rmp-quality-timely')?.get(planned) === true;
    // Met: satisfactory and within five working days. A satisfactory plan that does not count was late.
    const late = !timely && (rmpAnswer === 'YES' || random() < 0.5);
    facts.dates.riskManagementPlan = addWorkingDays(
      start,
      late ? integerBetween(random, 8, 20) : integerBetween(random, 1, 4),
    );
  }
  const reviewed = outcomes.get('B1.review-16-weeks')?.get(planned);
  const due = addWeeks(start, 16);
  if (reviewed === true) {
    facts.reviewDates = [firstWorkingDayFrom(addDays(due, -integerBetween(random, 0, 14)))];
  } else if (reviewed === false) {
    const lateReview = firstWorkingDayFrom(addDays(due, integerBetween(random, 10, 35)));
    // A review that was not satisfactory was either late, missing, or on time but of poor quality.
    const roll = random();
    if (roll < 0.4 && lateReview < facts.dates.inspected!) facts.reviewDates = [lateReview];
    else if (roll < 0.75) facts.reviewDates = [firstWorkingDayFrom(addDays(due, -integerBetween(random, 0, 10)))];
    else facts.reviewDates = [];
  }
}

export function answerWestMidlands2005(
  framework: FrameworkDefinition,
  cases: readonly PlannedCase[],
  targets: ReadonlyMap<string, PrintedTarget>,
  random: () => number,
): AnsweredCase[] {
  const measures = new Map(framework.measures.map((measure) => [measure.key, measure]));
  const plans = [
    ...WEST_MIDLANDS_2005_PLAN,
    ...framework.criteria
      .filter((criterion) => criterion.scoring.kind === 'overallJudgement')
      .map((criterion) => overallPlan(criterion.code, framework)),
  ];
  const planned = new Set(plans.map((plan) => plan.key));
  const missing = framework.measures.filter((measure) => !planned.has(measure.key));
  if (missing.length > 0) throw new Error(`No answer plan for ${missing.map((measure) => measure.key).join(', ')}`);

  const outcomes: Outcomes = new Map();
  const answers = new Map<PlannedCase, GivenAnswer[]>(cases.map((planned) => [planned, []]));
  for (const plan of plans) {
    const measure = measures.get(plan.key);
    const target = targets.get(plan.key);
    if (!measure) throw new Error(`The framework has no measure ${plan.key}`);
    if (!target) throw new Error(`The report prints no follow-up figure for ${plan.key}`);
    const chosen = chooseMet(plan, measure, target, cases, outcomes, random);
    outcomes.set(plan.key, chosen);
    for (const [caseFile, met] of chosen) {
      if (met === null) {
        const rule = (plan.notApplicable ?? []).find((candidate) => matches(candidate, caseFile))!;
        answers.get(caseFile)!.push({ measure: plan.key, value: NOT_APPLICABLE, reason: rule.reason });
      } else {
        answers.get(caseFile)!.push({ measure: plan.key, value: answerValue(measure, caseFile, met, random) });
      }
    }
  }

  // Answers in the framework's order, then the dates the answers imply.
  const order = new Map(framework.measures.map((measure, i) => [measure.key, i]));
  return cases.map((caseFile) => {
    const given = answers.get(caseFile)!.sort((a, b) => order.get(a.measure)! - order.get(b.measure)!);
    completeDates(
      caseFile,
      outcomes,
      given.find((answer) => answer.measure === 'B1.rmp-quality-timely')?.value,
      random,
    );
    return { ...caseFile, answers: given };
  });
}
