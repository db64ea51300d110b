// Working-day arithmetic for timeliness rules such as "a risk management plan within five working days".
import { isWorkingDay } from './bank-holidays.ts';
import { addDays, toDayNumber } from './dates.ts';

/**
 * Working days stepped onto going from `from` to `to`, counting `to` but not `from`: a plan on the Friday
 * after a Monday start is 4 working days after it. Negative when `to` is earlier, so that
 * workingDaysBetween(from, addWorkingDays(from, n)) is n in either direction.
 */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  const from = toDayNumber(fromIso);
  const to = toDayNumber(toIso);
  const step = to < from ? -1 : 1;
  let count = 0;
  for (let day = fromIso; toDayNumber(day) !== to;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) count += step;
  }
  return count;
}

/** The date `n` working days after `from` (before it when n is negative); `from` itself when n is 0. */
export function addWorkingDays(fromIso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
  toDayNumber(fromIso);
  const step = n < 0 ? -1 : 1;
  let day = fromIso;
  for (let remaining = Math.abs(n); remaining > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) remaining--;
  }
  return day;
}
