// Multiple-comparison control: with ~33 figures tested at 5%, one or two "significant" changes arise by chance.
// Missing p-values (figures without counts) are passed through and do not count towards the number of tests.

type Adjuster = (sortedAscending: readonly number[]) => number[];

function adjustPresent(pValues: readonly (number | null)[], adjuster: Adjuster): (number | null)[] {
  pValues.forEach((p) => {
    if (p !== null && !(p >= 0 && p <= 1)) throw new RangeError(`p-values must be within 0..1, got ${p}`);
  });
  const present = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null)
    .sort((x, y) => x.p - y.p || x.index - y.index);
  const adjusted = adjuster(present.map((entry) => entry.p));
  const result: (number | null)[] = pValues.map(() => null);
  present.forEach((entry, rank) => {
    result[entry.index] = adjusted[rank]!;
  });
  return result;
}

/** Holm's step-down adjustment: controls the family-wise error rate under any dependence. */
export function holm(pValues: readonly (number | null)[]): (number | null)[] {
  return adjustPresent(pValues, (sorted) => {
    const m = sorted.length;
    let runningMax = 0;
    return sorted.map((p, i) => {
      runningMax = Math.max(runningMax, Math.min(1, (m - i) * p));
      return runningMax;
    });
  });
}

/** Benjamini and Hochberg's step-up adjustment: controls the false discovery rate. */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  return adjustPresent(pValues, (sorted) => {
    const m = sorted.length;
    const adjusted = new Array<number>(m);
    let runningMin = 1;
    for (let i = m - 1; i >= 0; i--) {
      runningMin = Math.min(runningMin, (m / (i + 1)) * sorted[i]!);
      adjusted[i] = runningMin;
    }
    return adjusted;
  });
}
