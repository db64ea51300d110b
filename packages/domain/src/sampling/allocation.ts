// Proportional allocation by largest remainder (Hamilton's method), never giving a stratum more than it holds.

export interface AllocationStratum {
  key: string;
  /** What the share is proportional to (its population, or its share of the sample for the reserve). */
  weight: number;
  /** The most it can give. */
  capacity: number;
}

/**
 * Shares `total` among the strata in proportion to their weights. A stratum that cannot supply its share is filled
 * to capacity and the rest shared again among the others. Ties go to the larger weight, then the key, so the result
 * depends on nothing but its input. Returns null when the strata together cannot supply `total`.
 */
export function allocateProportionally(
  total: number,
  strata: readonly AllocationStratum[],
): Map<string, number> | null {
  const allocation = new Map(strata.map((stratum) => [stratum.key, 0]));
  const capacity = strata.reduce((sum, stratum) => sum + stratum.capacity, 0);
  if (total > capacity) return null;
  let open = strata.filter((stratum) => stratum.capacity > 0);
  let left = total;
  while (left > 0 && open.length > 0) {
    const weightSum = open.reduce((sum, stratum) => sum + stratum.weight, 0);
    // Strata with no weight share evenly only when none has any weight left (e.g. a reserve for an empty sample).
    const weightOf = (stratum: AllocationStratum): number => (weightSum > 0 ? stratum.weight : 1);
    const denominator = weightSum > 0 ? weightSum : open.length;
    const shares = open.map((stratum) => {
      const ideal = (left * weightOf(stratum)) / denominator;
      return { stratum, whole: Math.floor(ideal), remainder: ideal - Math.floor(ideal) };
    });
    let given = shares.reduce((sum, share) => sum + share.whole, 0);
    const byRemainder = [...shares].sort(
      (x, y) =>
        y.remainder - x.remainder || y.stratum.weight - x.stratum.weight || (x.stratum.key < y.stratum.key ? -1 : 1),
    );
    for (const share of byRemainder) {
      if (given >= left) break;
      if (weightOf(share.stratum) === 0) continue;
      share.whole++;
      given++;
    }
    const overfull = shares.filter(
      (share) => allocation.get(share.stratum.key)! + share.whole > share.stratum.capacity,
    );
    if (overfull.length === 0) {
      for (const share of shares) allocation.set(share.stratum.key, allocation.get(share.stratum.key)! + share.whole);
      left = 0;
      break;
    }
    // Fill the strata that ran out, then share what is still owed among the rest.
    for (const share of overfull) {
      left -= share.stratum.capacity - allocation.get(share.stratum.key)!;
      allocation.set(share.stratum.key, share.stratum.capacity);
    }
    const full = new Set(overfull.map((share) => share.stratum.key));
    open = open.filter((stratum) => !full.has(stratum.key));
  }
  return left > 0 ? null : allocation;
}
