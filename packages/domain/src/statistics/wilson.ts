// Wilson's score interval for one proportion: sound at the small denominators inspections have
// (n = 23 or 40), where the textbook Wald interval escapes 0..100 and undercovers.
import type { Interval } from '../scoring/figures.ts';
import { twoSidedZ } from './normal.ts';

function checkCounts(met: number, n: number): void {
  if (!Number.isInteger(met) || !Number.isInteger(n) || met < 0 || n < 0 || met > n) {
    throw new RangeError(`counts must be whole numbers with 0 <= met <= n, got ${met}/${n}`);
  }
}

/** Wilson interval as proportions 0..1; null when n = 0. */
export function wilsonProportionInterval(met: number, n: number, confidence = 0.95): Interval | null {
  checkCounts(met, n);
  if (n === 0) return null;
  const z = twoSidedZ(confidence);
  const p = met / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // The exact ends are 0 and 1 when met is 0 or n; pinning them keeps rounding error from leaving the range.
  return {
    low: met === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: met === n ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** Wilson interval on the percentage scale 0..100; null when n = 0. */
export function wilsonInterval(met: number, n: number, confidence = 0.95): Interval | null {
  const interval = wilsonProportionInterval(met, n, confidence);
  return interval && { low: interval.low * 100, high: interval.high * 100 };
}
