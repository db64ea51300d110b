// Inter-rater agreement on second-marked case files: how often the validating inspector gave the assessor's
// answer, and Cohen's kappa, which discounts the agreement two raters would reach by chance alone.

export interface Agreement {
  pairs: number;
  agreed: number;
  /** Agreed pairs as a percentage 0..100; null when there are no pairs. */
  percentage: number | null;
  kappa: number | null;
}

function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Cohen's kappa for pairs of (first rater, second rater) answers. Null with no pairs. When both raters used
 * one and the same category throughout, chance agreement is certain and kappa is 0/0; it is taken as 1,
 * since the raters agreed on every case file.
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const agreed = pairs.filter(([first, second]) => first === second).length;
  const firstCounts = tally(pairs.map(([first]) => first));
  const secondCounts = tally(pairs.map(([, second]) => second));
  // Worked in whole counts (n² times the proportions) so the degenerate case is detected exactly.
  let chance = 0;
  for (const [category, count] of firstCounts) chance += count * (secondCounts.get(category) ?? 0);
  const denominator = n * n - chance;
  if (denominator === 0) return 1;
  return (n * agreed - chance) / denominator;
}

export function agreementOf(pairs: ReadonlyArray<readonly [string, string]>): Agreement {
  const agreed = pairs.filter(([first, second]) => first === second).length;
  return {
    pairs: pairs.length,
    agreed,
    percentage: pairs.length === 0 ? null : (agreed / pairs.length) * 100,
    kappa: cohensKappa(pairs),
  };
}
