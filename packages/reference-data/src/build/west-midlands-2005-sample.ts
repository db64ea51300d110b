// The facts of the 40 case files of the 2005 follow-up: pseudonymous, plausible, and with exactly the make-up the
// report implies (23 high or very high risk of harm cases, initial assessments missing in 2 of 40, and so on).
// Counts of flags are chosen so that the report's percentages have denominators that can produce them.
import type { CaseFacts, RiskOfHarm } from '@scrutiny/domain';
import { addDays, addWorkingDays, isWorkingDay } from '@scrutiny/domain';
import { WEST_MIDLANDS_DISTRICTS } from '../areas.ts';
import { DEMO_EMAILS } from '../demo/accounts.ts';
import { integerBetween, pick, shuffle } from './random.ts';

/**
 * Cases whose circumstances explain a not-applicable answer or a fixed one:
 * - TRANSFERRED_IN: a high-risk licence case transferred in from another area in April 2005;
 * - NO_OTHER_AGENCY: supervised by the case manager alone, with no other agency involved;
 * - REMANDED: remanded in custody on a new charge in March 2005;
 * - NO_INITIAL_ASSESSMENT: no initial risk of harm assessment on file (the 5% of the report);
 * - RECENT_PLAN: an inter-agency plan agreed in May 2005, not yet due for review.
 */
export type CaseRole = 'TRANSFERRED_IN' | 'NO_OTHER_AGENCY' | 'REMANDED' | 'NO_INITIAL_ASSESSMENT' | 'RECENT_PLAN';

export interface PlannedCase {
  facts: CaseFacts;
  highRisk: boolean;
  role: CaseRole | null;
  /** Position among the cases of the same role. */
  roleRank: number;
  officer: string;
  assessorEmail: string;
}

export const WEST_MIDLANDS_2005_CASES = 40;
export const WEST_MIDLANDS_2005_HIGH_RISK = 23;

const DISTRICT_CODES: Record<string, string> = {
  'Birmingham North': 'BN',
  'Birmingham South': 'BS',
  'Birmingham East': 'BE',
  'Birmingham West and Central': 'BW',
  Coventry: 'CV',
  Dudley: 'DU',
  Sandwell: 'SA',
  Solihull: 'SO',
  Walsall: 'WA',
  Wolverhampton: 'WO',
};

function workingDaysIn(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

/** Gives `value` to exactly `count` of the cases, chosen in seeded order among those allowed. */
function giveExactly<T>(
  cases: readonly PlannedCase[],
  count: number,
  random: () => number,
  allowed: (planned: PlannedCase) => boolean,
  give: (planned: PlannedCase) => T,
): PlannedCase[] {
  const candidates = shuffle(
    cases.filter((planned) => allowed(planned)),
    random,
  );
  if (candidates.length < count) throw new Error(`only ${candidates.length} cases can take this, ${count} needed`);
  const chosen = candidates.slice(0, count);
  chosen.forEach(give);
  return chosen;
}

function blankFacts(reference: string, riskOfHarm: RiskOfHarm): CaseFacts {
  return {
    reference,
    orderType: '',
    riskOfHarm,
    mappaCategory: null,
    mappaLevel: null,
    district: null,
    sex: 'MALE',
    dates: {},
    reviewDates: [],
    flags: {
      significantIncident: false,
      additionalRequirements: false,
      childProtectionConcerns: false,
      otherAgencyAssessments: false,
      communityPunishment: false,
    },
  };
}

function assignOrderTypes(cases: readonly PlannedCase[], mix: readonly [string, number][], random: () => number): void {
  const types = mix.flatMap(([type, count]) => Array.from({ length: count }, () => type));
  if (types.length !== cases.length) throw new Error('order type mix does not cover the cases');
  shuffle(cases, random).forEach((planned, i) => {
    planned.facts.orderType = types[i]!;
  });
}

function setRole(cases: readonly PlannedCase[], role: CaseRole): void {
  cases.forEach((planned, rank) => {
    planned.role = role;
    planned.roleRank = rank;
  });
}

export function planWestMidlands2005Sample(random: () => number): PlannedCase[] {
  const positions = shuffle(
    Array.from({ length: WEST_MIDLANDS_2005_CASES }, (_, i) => i),
    random,
  );
  const highRiskPositions = new Set(positions.slice(0, WEST_MIDLANDS_2005_HIGH_RISK));
  const cases: PlannedCase[] = Array.from({ length: WEST_MIDLANDS_2005_CASES }, (_, i) => {
    const reference = `WM05-${String(i + 1).padStart(3, '0')}`;
    const highRisk = highRiskPositions.has(i);
    return {
      facts: blankFacts(reference, highRisk ? 'HIGH' : 'MEDIUM'),
      highRisk,
      role: null,
      roleRank: 0,
      officer: '',
      assessorEmail: i % 2 === 0 ? DEMO_EMAILS.westMidlandsAssessorA : DEMO_EMAILS.westMidlandsAssessorB,
    };
  });
  const highRisk = cases.filter((planned) => planned.highRisk);
  const others = cases.filter((planned) => !planned.highRisk);

  // Risk of harm levels, then the order types that go with them (very high risk cases are mostly on licence).
  const veryHigh = shuffle(highRisk, random).slice(0, 5);
  veryHigh.forEach((planned) => (planned.facts.riskOfHarm = 'VERY_HIGH'));
  const high = highRisk.filter((planned) => planned.facts.riskOfHarm === 'HIGH');
  const low = shuffle(others, random).slice(0, 6);
  low.forEach((planned) => (planned.facts.riskOfHarm = 'LOW'));
  const medium = others.filter((planned) => planned.facts.riskOfHarm === 'MEDIUM');
  // Cases started in January 2005, before community orders under the Criminal Justice Act 2003 (April 2005):
  // CRO is the community rehabilitation order of the time.
  assignOrderTypes(
    veryHigh,
    [
      ['LICENCE', 4],
      ['CRO', 1],
    ],
    random,
  );
  assignOrderTypes(
    high,
    [
      ['LICENCE', 8],
      ['CRO', 6],
      ['CPRO', 4],
    ],
    random,
  );
  assignOrderTypes(
    low,
    [
      ['CPO', 3],
      ['CRO', 2],
      ['CPRO', 1],
    ],
    random,
  );
  assignOrderTypes(
    medium,
    [
      ['CRO', 5],
      ['CPO', 3],
      ['CPRO', 2],
      ['LICENCE', 1],
    ],
    random,
  );
  for (const planned of cases)
    planned.facts.flags.communityPunishment = ['CPO', 'CPRO'].includes(planned.facts.orderType);

  // MAPPA: every very high risk case and nine high risk ones (licences first), two medium risk registered sex offenders.
  const mappaLevels = [3, 3, 3, 2, 2];
  veryHigh.forEach((planned, i) => (planned.facts.mappaLevel = mappaLevels[i]!));
  const highByLicence = [...shuffle(high, random)].sort(
    (a, b) => Number(b.facts.orderType === 'LICENCE') - Number(a.facts.orderType === 'LICENCE'),
  );
  highByLicence.slice(0, 9).forEach((planned, i) => (planned.facts.mappaLevel = i < 3 ? 2 : 1));
  for (const planned of highRisk) {
    if (planned.facts.mappaLevel === null) continue;
    // Category 2 needs a custodial sentence of 12 months or more, so only licence cases can be in it.
    planned.facts.mappaCategory =
      planned.facts.orderType === 'LICENCE' ? (random() < 0.55 ? 2 : 1) : random() < 0.5 ? 1 : 3;
  }
  giveExactly(
    medium,
    2,
    random,
    (planned) => planned.facts.orderType !== 'LICENCE',
    (planned) => {
      planned.facts.mappaCategory = 1;
      planned.facts.mappaLevel = 1;
    },
  );
  const isMappa = (planned: PlannedCase): boolean => planned.facts.mappaLevel !== null;

  // Cases whose circumstances explain a not-applicable answer.
  const transferable = shuffle(high, random).filter(
    (planned) => planned.facts.orderType === 'LICENCE' && (planned.facts.mappaLevel ?? 1) === 1,
  );
  setRole(transferable.slice(0, 1), 'TRANSFERRED_IN');
  const alone = shuffle(others, random)
    .filter((planned) => !isMappa(planned) && ['CPO', 'CRO'].includes(planned.facts.orderType))
    .sort((a, b) => Number(b.facts.riskOfHarm === 'LOW') - Number(a.facts.riskOfHarm === 'LOW'))
    .slice(0, 4);
  setRole(alone, 'NO_OTHER_AGENCY');
  const free = (planned: PlannedCase): boolean => planned.role === null;
  setRole(
    shuffle(medium, random)
      .filter((planned) => free(planned) && !isMappa(planned))
      .slice(0, 1),
    'REMANDED',
  );
  setRole(
    shuffle(others, random)
      .filter((planned) => free(planned) && !isMappa(planned))
      .slice(0, 2),
    'NO_INITIAL_ASSESSMENT',
  );
  setRole(
    shuffle(highRisk, random)
      .filter((planned) => free(planned) && planned.facts.mappaLevel === 2)
      .slice(0, 1),
    'RECENT_PLAN',
  );

  // Flags, in the numbers the report's percentages need; the lone cases have no other agency involved.
  const noAgency = (planned: PlannedCase): boolean => planned.role === 'NO_OTHER_AGENCY';
  const isRemanded = (planned: PlannedCase): boolean => planned.role === 'REMANDED';
  const flag = (name: string) => (planned: PlannedCase) => (planned.facts.flags[name] = true);
  others.filter(isRemanded).forEach(flag('significantIncident'));
  giveExactly(highRisk, 6, random, () => true, flag('significantIncident'));
  giveExactly(others, 2, random, (planned) => !noAgency(planned) && !isRemanded(planned), flag('significantIncident'));
  giveExactly(highRisk, 13, random, () => true, flag('additionalRequirements'));
  giveExactly(others, 4, random, (planned) => !noAgency(planned), flag('additionalRequirements'));
  giveExactly(highRisk, 8, random, () => true, flag('childProtectionConcerns'));
  giveExactly(others, 4, random, (planned) => !noAgency(planned), flag('childProtectionConcerns'));
  cases.filter(isMappa).forEach(flag('otherAgencyAssessments'));
  giveExactly(highRisk, 2, random, (planned) => !isMappa(planned), flag('otherAgencyAssessments'));
  giveExactly(others, 2, random, (planned) => !isMappa(planned) && !noAgency(planned), flag('otherAgencyAssessments'));

  giveExactly(
    highRisk,
    1,
    random,
    () => true,
    (planned) => (planned.facts.sex = 'FEMALE'),
  );
  giveExactly(
    others,
    3,
    random,
    (planned) => !isMappa(planned),
    (planned) => (planned.facts.sex = 'FEMALE'),
  );

  // Districts and responsible officers (pseudonymous codes; no officer holds more than three of the files).
  const districtOrder = shuffle(WEST_MIDLANDS_DISTRICTS, random);
  const perDistrict = new Map<string, number>();
  shuffle(cases, random).forEach((planned, i) => {
    const district = districtOrder[i % districtOrder.length]!;
    const held = perDistrict.get(district) ?? 0;
    perDistrict.set(district, held + 1);
    planned.facts.district = district;
    planned.officer = `WMPA-${DISTRICT_CODES[district]}-PO${Math.floor(held / 3) + 1}`;
  });

  // Dates: orders and licences started in January 2005 (after the bank holiday of 3 January); fieldwork in June.
  const januaryDays = workingDaysIn('2005-01-04', '2005-01-31');
  const fieldworkDays = workingDaysIn('2005-06-06', '2005-06-17');
  for (const planned of cases) {
    const dates = planned.facts.dates;
    dates.start = pick(januaryDays, random);
    if (planned.role !== 'NO_INITIAL_ASSESSMENT')
      dates.initialAssessment = addWorkingDays(dates.start, integerBetween(random, 1, 5));
    dates.supervisionPlan = addWorkingDays(dates.start, integerBetween(random, 5, 14));
    dates.inspected = pick(fieldworkDays, random);
    if (planned.role === 'TRANSFERRED_IN')
      dates.transferredIn = pick(workingDaysIn('2005-04-11', '2005-04-22'), random);
    if (planned.role === 'REMANDED') dates.remanded = pick(workingDaysIn('2005-03-14', '2005-03-24'), random);
    if (planned.role === 'RECENT_PLAN') dates.interAgencyPlan = pick(workingDaysIn('2005-05-09', '2005-05-27'), random);
  }
  return cases;
}
