// Fisher's exact test of a 2x2 table: the samples of a follow-up are different case files, so the change is
// a difference between independent proportions (McNemar's test, for paired data, would be wrong).

/** R's fisher.test treats tables this close in probability to the observed one as equally likely. */
const RELATIVE_TOLERANCE = 1e-7;

function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = table[i - 1]! + Math.log(i);
  return table;
}

function checkCell(value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`table cells must be whole numbers >= 0, got ${value}`);
}

/**
 * Two-sided p-value of the table [[a, b], [c, d]]: the probability, with all margins fixed, of the tables
 * no more likely than the one observed. Log-factorials keep it finite for n in the tens of thousands.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  [a, b, c, d].forEach(checkCell);
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const n = row1 + row2;
  const lf = logFactorials(n);
  const constant = lf[row1]! + lf[row2]! + lf[column1]! + lf[n - column1]! - lf[n]!;
  const logProbability = (x: number): number =>
    constant - lf[x]! - lf[row1 - x]! - lf[column1 - x]! - lf[row2 - column1 + x]!;

  const lowest = Math.max(0, column1 - row2);
  const highest = Math.min(row1, column1);
  const observed = logProbability(a);
  const cutoff = observed + Math.log1p(RELATIVE_TOLERANCE);
  let sum = 0;
  for (let x = lowest; x <= highest; x++) {
    const logP = logProbability(x);
    if (logP <= cutoff) sum += Math.exp(logP);
  }
  return Math.min(1, sum);
}
