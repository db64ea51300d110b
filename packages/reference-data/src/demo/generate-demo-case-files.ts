// DEMO case files: plausible, seeded, and made up. Each answer is drawn at the area's rate for the question, so
// peer comparison and the apps have something to show; nothing here is a real result.
import type { CaseFacts, FrameworkDefinition, GivenAnswer, Measure, RiskOfHarm } from '@scrutiny/domain';
import { addDays, addWorkingDays, appliesTo, isWorkingDay, NOT_APPLICABLE } from '@scrutiny/domain';
import { integerBetween, pick, seededRandom, shuffle } from '../build/random.ts';
import type { ReferenceCaseFile } from '../types.ts';

export interface DemoCaseFileOptions {
  seed: number;
  /** Reference prefix, e.g. `GM05`. */
  prefix: string;
  count: number;
  highRiskCount: number;
  districts: readonly string[];
  /** First and last possible start dates (ISO). */
  startBetween: readonly [string, string];
  orderTypes: readonly string[];
  /** Share of applicable cases meeting each measure; measures not listed use `defaultRate`. */
  rates: ReadonlyMap<string, number>;
  defaultRate: number;
  assessorEmails: readonly (string | null)[];
  /** How many of the files (the last ones) have no answers yet; 0 for a finished inspection. */
  unassessed?: number;
}

function workingDaysIn(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

function demoFacts(
  reference: string,
  highRisk: boolean,
  options: DemoCaseFileOptions,
  random: () => number,
): CaseFacts {
  const riskOfHarm: RiskOfHarm = highRisk
    ? random() < 0.25
      ? 'VERY_HIGH'
      : 'HIGH'
    : random() < 0.35
      ? 'LOW'
      : 'MEDIUM';
  const orderType = pick(options.orderTypes, random);
  const mappaLevel = highRisk && random() < 0.6 ? (riskOfHarm === 'VERY_HIGH' ? 3 : pick([1, 1, 2], random)) : null;
  const start = pick(workingDaysIn(options.startBetween[0], options.startBetween[1]), random);
  const dates: Record<string, string> = {
    start,
    initialAssessment: addWorkingDays(start, integerBetween(random, 1, 6)),
    supervisionPlan: addWorkingDays(start, integerBetween(random, 5, 15)),
  };
  if (highRisk)
    dates.riskManagementPlan = addWorkingDays(
      start,
      random() < 0.6 ? integerBetween(random, 1, 5) : integerBetween(random, 6, 20),
    );
  return {
    reference,
    orderType,
    riskOfHarm,
    mappaCategory: mappaLevel === null ? null : orderType === 'LICENCE' ? pick([1, 2], random) : pick([1, 3], random),
    mappaLevel,
    district: pick(options.districts, random),
    sex: random() < 0.1 ? 'FEMALE' : 'MALE',
    dates,
    reviewDates: [addWorkingDays(start, integerBetween(random, 70, 85))],
    flags: {
      significantIncident: random() < (highRisk ? 0.3 : 0.15),
      additionalRequirements: random() < (highRisk ? 0.55 : 0.25),
      childProtectionConcerns: random() < (highRisk ? 0.35 : 0.2),
      otherAgencyAssessments: mappaLevel !== null || random() < 0.2,
      communityPunishment: ['CPO', 'CPRO'].includes(orderType),
    },
  };
}

function demoAnswer(measure: Measure, met: boolean, riskOfHarm: RiskOfHarm, random: () => number): string {
  if (measure.answerSet !== 'CLASSIFICATION') return met ? 'YES' : 'NO';
  if (met) return 'APPROPRIATE';
  if (riskOfHarm === 'LOW') return 'DEFLATED';
  return random() < 0.7 ? 'INFLATED' : 'DEFLATED';
}

/** Answers for one case: each question at its rate, then each overall judgement leaning on the case's own answers. */
function demoAnswers(
  framework: FrameworkDefinition,
  facts: CaseFacts,
  options: DemoCaseFileOptions,
  random: () => number,
): GivenAnswer[] {
  const answers: GivenAnswer[] = [];
  const metByCriterion = new Map<string, { met: number; asked: number }>();
  const asked = framework.measures.filter((measure) => appliesTo(measure.applicability, facts));
  const judgements = asked.filter((measure) => measure.tags.includes('overall-judgement'));
  for (const measure of asked.filter((candidate) => !judgements.includes(candidate))) {
    if (random() < 0.03) {
      answers.push({
        measure: measure.key,
        value: NOT_APPLICABLE,
        reason: 'Demo: the question did not arise in this case.',
      });
      continue;
    }
    const met = random() < (options.rates.get(measure.key) ?? options.defaultRate);
    answers.push({ measure: measure.key, value: demoAnswer(measure, met, facts.riskOfHarm, random) });
    const tally = metByCriterion.get(measure.criterion) ?? { met: 0, asked: 0 };
    metByCriterion.set(measure.criterion, { met: tally.met + (met ? 1 : 0), asked: tally.asked + 1 });
  }
  for (const judgement of judgements) {
    const tally = metByCriterion.get(judgement.criterion);
    const share = tally && tally.asked > 0 ? tally.met / tally.asked : 0.5;
    const rate = options.rates.get(judgement.key) ?? options.defaultRate;
    answers.push({ measure: judgement.key, value: random() < (share + rate) / 2 ? 'YES' : 'NO' });
  }
  const order = new Map(framework.measures.map((measure, i) => [measure.key, i]));
  return answers.sort((a, b) => order.get(a.measure)! - order.get(b.measure)!);
}

export function generateDemoCaseFiles(
  framework: FrameworkDefinition,
  options: DemoCaseFileOptions,
): ReferenceCaseFile[] {
  const random = seededRandom(options.seed);
  const highRisk = new Set(
    shuffle(
      Array.from({ length: options.count }, (_, i) => i),
      random,
    ).slice(0, options.highRiskCount),
  );
  const officers = Math.ceil(options.count / 4);
  return Array.from({ length: options.count }, (_, i): ReferenceCaseFile => {
    const reference = `${options.prefix}-${String(i + 1).padStart(3, '0')}`;
    const facts = demoFacts(reference, highRisk.has(i), options, random);
    const assessed = i < options.count - (options.unassessed ?? 0);
    return {
      reference,
      facts,
      officer: `${options.prefix}-PO${String((i % officers) + 1).padStart(2, '0')}`,
      assessorEmail: options.assessorEmails[i % options.assessorEmails.length] ?? null,
      answers: assessed ? demoAnswers(framework, facts, options, random) : [],
    };
  });
}
