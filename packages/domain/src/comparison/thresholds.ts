// At n = 40 a 95% interval is about ±15 points, wider than a rating band: a figure whose interval reaches
// into a neighbouring band cannot be said to sit in its band, and is flagged.
import type { Interval } from '../scoring/figures.ts';

/**
 * True when the interval holds values on both sides of some threshold. Bands are taken to start at their
 * threshold (a score of 70 is in the band from 70), so [60, 70] straddles 70 and [70, 80] does not.
 */
export function straddlesThreshold(interval: Interval, thresholds: readonly number[]): boolean {
  return thresholds.some((threshold) => interval.low < threshold && threshold <= interval.high);
}
