// Newcombe's hybrid score interval (Statistics in Medicine 17, 1998, method 10) for a difference between
// two independent proportions: it combines the two Wilson intervals, so it stays within -100..100 and
// behaves at the small denominators where the Wald interval for a difference does not.
import type { Interval } from '../scoring/figures.ts';
import { wilsonProportionInterval } from './wilson.ts';

/** Interval for p2 - p1 (the second sample minus the first) in percentage points; null when either n is 0. */
export function newcombeDifferenceInterval(
  met1: number,
  n1: number,
  met2: number,
  n2: number,
  confidence = 0.95,
): Interval | null {
  const interval1 = wilsonProportionInterval(met1, n1, confidence);
  const interval2 = wilsonProportionInterval(met2, n2, confidence);
  if (!interval1 || !interval2) return null;
  const p1 = met1 / n1;
  const p2 = met2 / n2;
  const difference = p2 - p1;
  const low = difference - Math.sqrt((p2 - interval2.low) ** 2 + (interval1.high - p1) ** 2);
  const high = difference + Math.sqrt((interval2.high - p2) ** 2 + (p1 - interval1.low) ** 2);
  return { low: Math.max(-1, low) * 100, high: Math.min(1, high) * 100 };
}
