// Inter-rater agreement on second-marked case files: how often the validating inspector gave the assessor's
// answer, and Cohen's kappa, which discounts the agreement two raters would reach by chance alone.

/** Below this many paired answers a kappa says little: it is reported, but flagged, as small denominators are. */
export const FEW_PAIRS = 5;

/** Why kappa has no value: no paired answers, or both raters used one and the same answer throughout (0/0). */
export type KappaUndefined = 'NO_PAIRS' | 'NO_VARIATION';

export interface Agreement {
  pairs: number;
  agreed: number;
  /** Agreed pairs as a percentage 0..100; null when there are no pairs. */
  percentage: number | null;
  /** The agreement expected by chance from each rater's own spread of answers, 0..100; null with no pairs. */
  chancePercentage: number | null;
  kappa: number | null;
  /** Set exactly when kappa is null. */
  kappaUndefined: KappaUndefined | null;
  /** Fewer than FEW_PAIRS paired answers: read the figures with care. */
  fewPairs: boolean;
}

function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** n² times the chance agreement: whole counts, so the degenerate case is detected exactly. */
function chanceCount(pairs: ReadonlyArray<readonly [string, string]>): number {
  const firstCounts = tally(pairs.map(([first]) => first));
  const secondCounts = tally(pairs.map(([, second]) => second));
  let chance = 0;
  for (const [category, count] of firstCounts) chance += count * (secondCounts.get(category) ?? 0);
  return chance;
}

/**
 * Cohen's kappa for pairs of (first rater, second rater) answers. Null with no pairs, and null when both raters
 * used one and the same answer throughout: chance agreement is then certain and kappa is 0/0. Reporting 1 there
 * would claim a reliability the data cannot show (the raters were never tested on a case that differs).
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const agreed = pairs.filter(([first, second]) => first === second).length;
  const chance = chanceCount(pairs);
  const denominator = n * n - chance;
  if (denominator === 0) return null;
  return (n * agreed - chance) / denominator;
}

export function agreementOf(pairs: ReadonlyArray<readonly [string, string]>): Agreement {
  const n = pairs.length;
  const agreed = pairs.filter(([first, second]) => first === second).length;
  const kappa = cohensKappa(pairs);
  return {
    pairs: n,
    agreed,
    percentage: n === 0 ? null : (agreed / n) * 100,
    chancePercentage: n === 0 ? null : (chanceCount(pairs) / (n * n)) * 100,
    kappa,
    kappaUndefined: kappa !== null ? null : n === 0 ? 'NO_PAIRS' : 'NO_VARIATION',
    fewPairs: n < FEW_PAIRS,
  };
}
