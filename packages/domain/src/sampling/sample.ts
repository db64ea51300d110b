// The case sample, drawn as the inspectorate's own sampler does: leave out cases that cannot be inspected, keep one
// case per person, stratify (sex, community or post-custody, low or not-low risk of harm), allocate proportionally,
// cap the files per responsible officer, and keep a reserve to replace files that turn out unusable.
// High and very high risk of harm cases can be given a stratum size of their own (23 of 40 in the reference report),
// because that subsample is reported beside every figure and needs enough cases to say anything.
// Everything random comes from the seed, and the population is put in reference order first, so the same seed and
// the same case list always give the same draw, whatever order the list came in.
import type { CaseFacts } from '../framework/model.ts';
import type { AllocationStratum } from './allocation.ts';
import { allocateProportionally } from './allocation.ts';
import type { SeededRandom } from './prng.ts';
import { seededRandom } from './prng.ts';

export interface CaseCandidate {
  reference: string;
  person: string;
  officer: string | null;
  eligible: boolean;
  ineligibleReason?: string | null;
  facts: CaseFacts;
}

export interface SampleOptions {
  seed: string;
  size: number;
  /** Chosen size of the high and very high risk of harm stratum; otherwise it is allocated proportionally. */
  highRiskSize?: number;
  /** Reserve as a share of the sample size; default 0.2. */
  reserveShare?: number;
  /** Most files drawn (sample and reserve together) per responsible officer; default 6. */
  maxPerOfficer?: number;
}

export interface SampleStratum {
  /** `SEX/SETTING/RISK`, e.g. `FEMALE/POST_CUSTODY/NOT_LOW`. */
  key: string;
  /** Eligible cases in the stratum, one per person. */
  population: number;
  /** Cases drawn into the sample. */
  drawn: number;
  /** Cases drawn into the reserve. */
  reserve: number;
}

export interface SampleDraw {
  /** In reference order. */
  sample: CaseCandidate[];
  /** In the order replacements should be taken. */
  reserve: CaseCandidate[];
  excluded: { reference: string; reason: string }[];
  strata: SampleStratum[];
}

export type SampleErrorCode = 'NOT_ENOUGH_CASES' | 'INVALID_OPTIONS';

export class SampleError extends Error {
  readonly code: SampleErrorCode;
  constructor(code: SampleErrorCode, message: string) {
    super(message);
    this.name = 'SampleError';
    this.code = code;
  }
}

export const DEFAULT_RESERVE_SHARE = 0.2;
export const DEFAULT_MAX_PER_OFFICER = 6;
export const SAME_PERSON_REASON = 'another case of the same person';
export const DUPLICATE_REFERENCE_REASON = 'the reference appears more than once in the case list';

const HIGH_RISK: ReadonlySet<string> = new Set(['HIGH', 'VERY_HIGH']);

function isHighRisk(candidate: CaseCandidate): boolean {
  return HIGH_RISK.has(candidate.facts.riskOfHarm);
}

/** Licences follow a custodial sentence; every other order is served in the community. */
function setting(candidate: CaseCandidate): 'COMMUNITY' | 'POST_CUSTODY' {
  return candidate.facts.orderType.trim().toUpperCase() === 'LICENCE' ? 'POST_CUSTODY' : 'COMMUNITY';
}

function riskBand(candidate: CaseCandidate, separateHighRisk: boolean): string {
  if (candidate.facts.riskOfHarm === 'LOW') return 'LOW';
  if (!separateHighRisk) return 'NOT_LOW';
  return isHighRisk(candidate) ? 'HIGH' : 'MEDIUM';
}

function stratumKey(candidate: CaseCandidate, separateHighRisk: boolean): string {
  return `${candidate.facts.sex ?? 'UNKNOWN'}/${setting(candidate)}/${riskBand(candidate, separateHighRisk)}`;
}

function checkOptions(
  options: SampleOptions,
): Omit<Required<SampleOptions>, 'highRiskSize'> & { highRiskSize: number | null } {
  const invalid = (message: string): never => {
    throw new SampleError('INVALID_OPTIONS', message);
  };
  const reserveShare = options.reserveShare ?? DEFAULT_RESERVE_SHARE;
  const maxPerOfficer = options.maxPerOfficer ?? DEFAULT_MAX_PER_OFFICER;
  const highRiskSize = options.highRiskSize ?? null;
  if (typeof options.seed !== 'string' || options.seed.trim() === '')
    invalid('A sample needs a seed, so it can be drawn again.');
  if (!Number.isInteger(options.size) || options.size < 1)
    invalid(`The sample size must be a whole number of at least 1, not ${options.size}.`);
  if (highRiskSize !== null && (!Number.isInteger(highRiskSize) || highRiskSize < 0 || highRiskSize > options.size)) {
    invalid(
      `The high risk of harm stratum must be a whole number from 0 to the sample size (${options.size}), not ${highRiskSize}.`,
    );
  }
  if (!(reserveShare >= 0 && reserveShare <= 1))
    invalid(`The reserve share must be between 0 and 1, not ${reserveShare}.`);
  if (!Number.isInteger(maxPerOfficer) || maxPerOfficer < 1) {
    invalid(`The most files per officer must be a whole number of at least 1, not ${maxPerOfficer}.`);
  }
  return { seed: options.seed, size: options.size, highRiskSize, reserveShare, maxPerOfficer };
}

interface StratumPool {
  key: string;
  /** Eligible cases in the stratum, in random order. */
  cases: CaseCandidate[];
}

class OfficerLoad {
  private readonly counts = new Map<string, number>();
  constructor(private readonly cap: number) {}
  // A case with no named officer cannot overload anyone.
  canTake(candidate: CaseCandidate): boolean {
    return candidate.officer === null || (this.counts.get(candidate.officer) ?? 0) < this.cap;
  }
  take(candidate: CaseCandidate): void {
    if (candidate.officer !== null) this.counts.set(candidate.officer, (this.counts.get(candidate.officer) ?? 0) + 1);
  }
}

/**
 * Draws up to `quota` cases from each stratum, skipping cases whose officer is at the cap; what a stratum cannot
 * supply is made up from the other strata of the group, in random order. Returns the cases drawn.
 */
function drawFromStrata(
  pools: readonly StratumPool[],
  quotas: ReadonlyMap<string, number>,
  load: OfficerLoad,
  taken: Set<CaseCandidate>,
  random: SeededRandom,
): CaseCandidate[] {
  const drawn: CaseCandidate[] = [];
  let shortfall = 0;
  for (const pool of pools) {
    let wanted = quotas.get(pool.key) ?? 0;
    for (const candidate of pool.cases) {
      if (wanted === 0) break;
      if (taken.has(candidate) || !load.canTake(candidate)) continue;
      load.take(candidate);
      taken.add(candidate);
      drawn.push(candidate);
      wanted--;
    }
    shortfall += wanted;
  }
  if (shortfall > 0) {
    const leftOver = random.shuffle(pools.flatMap((pool) => pool.cases.filter((candidate) => !taken.has(candidate))));
    for (const candidate of leftOver) {
      if (shortfall === 0) break;
      if (!load.canTake(candidate)) continue;
      load.take(candidate);
      taken.add(candidate);
      drawn.push(candidate);
      shortfall--;
    }
  }
  return drawn;
}

function byReference(a: CaseCandidate, b: CaseCandidate): number {
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

export function drawSample(population: readonly CaseCandidate[], options: SampleOptions): SampleDraw {
  const { seed, size, highRiskSize, reserveShare, maxPerOfficer } = checkOptions(options);
  const random = seededRandom(seed);
  const separateHighRisk = highRiskSize !== null;
  const excluded: { reference: string; reason: string }[] = [];

  const ordered = [...population].sort(byReference);
  const references = new Map<string, number>();
  for (const candidate of ordered) references.set(candidate.reference, (references.get(candidate.reference) ?? 0) + 1);
  const eligible: CaseCandidate[] = [];
  for (const candidate of ordered) {
    if ((references.get(candidate.reference) ?? 0) > 1)
      excluded.push({ reference: candidate.reference, reason: DUPLICATE_REFERENCE_REASON });
    else if (!candidate.eligible)
      excluded.push({ reference: candidate.reference, reason: candidate.ineligibleReason?.trim() || 'not eligible' });
    else eligible.push(candidate);
  }

  // Which of a person's cases stays is left to chance, so list order cannot favour one kind of order.
  const people = new Set<string>();
  const kept: CaseCandidate[] = [];
  for (const candidate of random.shuffle(eligible)) {
    if (people.has(candidate.person)) excluded.push({ reference: candidate.reference, reason: SAME_PERSON_REASON });
    else {
      people.add(candidate.person);
      kept.push(candidate);
    }
  }
  excluded.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));

  // `kept` is already in random order, so each stratum's list is too.
  const poolsByKey = new Map<string, StratumPool>();
  for (const candidate of kept) {
    const key = stratumKey(candidate, separateHighRisk);
    let pool = poolsByKey.get(key);
    if (!pool) poolsByKey.set(key, (pool = { key, cases: [] }));
    pool.cases.push(candidate);
  }
  const pools = [...poolsByKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const groups: { label: string; pools: StratumPool[]; size: number }[] = separateHighRisk
    ? [
        {
          label: 'high or very high risk of harm',
          pools: pools.filter((pool) => pool.key.endsWith('/HIGH')),
          size: highRiskSize,
        },
        {
          label: 'low or medium risk of harm',
          pools: pools.filter((pool) => !pool.key.endsWith('/HIGH')),
          size: size - highRiskSize,
        },
      ]
    : [{ label: 'eligible', pools, size }];

  const load = new OfficerLoad(maxPerOfficer);
  const taken = new Set<CaseCandidate>();
  const sample: CaseCandidate[] = [];
  for (const group of groups) {
    const available = group.pools.reduce((sum, pool) => sum + pool.cases.length, 0);
    const quotas = allocateProportionally(
      group.size,
      group.pools.map((pool): AllocationStratum => ({
        key: pool.key,
        weight: pool.cases.length,
        capacity: pool.cases.length,
      })),
    );
    if (!quotas) {
      throw new SampleError(
        'NOT_ENOUGH_CASES',
        `The sample needs ${group.size} ${group.label} cases but the case list has only ${available} eligible (one per person).`,
      );
    }
    const drawn = drawFromStrata(group.pools, quotas, load, taken, random);
    if (drawn.length < group.size) {
      throw new SampleError(
        'NOT_ENOUGH_CASES',
        `Only ${drawn.length} of the ${group.size} ${group.label} cases can be drawn with at most ${maxPerOfficer} files per officer.`,
      );
    }
    sample.push(...drawn);
  }

  // The reserve follows the sample's own make-up, so a replacement can come from the stratum of the file it replaces.
  const drawnPerStratum = new Map<string, number>();
  for (const candidate of sample) {
    const key = stratumKey(candidate, separateHighRisk);
    drawnPerStratum.set(key, (drawnPerStratum.get(key) ?? 0) + 1);
  }
  const remaining = kept.length - sample.length;
  const reserveSize = Math.min(Math.round(size * reserveShare), remaining);
  const reserveQuotas =
    allocateProportionally(
      reserveSize,
      pools.map((pool) => ({
        key: pool.key,
        weight: drawnPerStratum.get(pool.key) ?? 0,
        capacity: pool.cases.length - (drawnPerStratum.get(pool.key) ?? 0),
      })),
    ) ?? new Map<string, number>();
  // The reserve is a best effort: the officer cap may leave it short, which never stops the sample itself.
  const reserve = drawFromStrata(pools, reserveQuotas, load, taken, random);
  const reservePerStratum = new Map<string, number>();
  for (const candidate of reserve) {
    const key = stratumKey(candidate, separateHighRisk);
    reservePerStratum.set(key, (reservePerStratum.get(key) ?? 0) + 1);
  }

  return {
    sample: sample.sort(byReference),
    reserve,
    excluded,
    strata: pools.map((pool) => ({
      key: pool.key,
      population: pool.cases.length,
      drawn: drawnPerStratum.get(pool.key) ?? 0,
      reserve: reservePerStratum.get(pool.key) ?? 0,
    })),
  };
}
