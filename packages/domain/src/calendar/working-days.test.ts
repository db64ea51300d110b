import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './bank-holidays.ts';
import { addDays, addWeeks, daysBetween } from './dates.ts';
import { addWorkingDays, workingDaysBetween } from './working-days.ts';

describe('workingDaysBetween', () => {
  it('counts working days after the start, up to and including the end', () => {
    expect(workingDaysBetween('2005-01-10', '2005-01-14')).toBe(4);
    expect(workingDaysBetween('2005-01-10', '2005-01-17')).toBe(5);
    expect(workingDaysBetween('2005-01-14', '2005-01-17')).toBe(1);
    expect(workingDaysBetween('2005-01-10', '2005-01-10')).toBe(0);
  });

  it('skips Easter 2005 (Good Friday 25 March, Easter Monday 28 March)', () => {
    expect(workingDaysBetween('2005-03-23', '2005-03-30')).toBe(3);
  });

  it('is negative when the end comes first, counting the end but not the start', () => {
    expect(workingDaysBetween('2005-01-14', '2005-01-10')).toBe(-4);
    // Back from Sunday to the Friday before: the Friday is stepped onto.
    expect(workingDaysBetween('2005-01-16', '2005-01-14')).toBe(-1);
  });
});

describe('addWorkingDays', () => {
  it('steps over weekends and bank holidays', () => {
    expect(addWorkingDays('2005-01-10', 5)).toBe('2005-01-17');
    expect(addWorkingDays('2005-03-24', 1)).toBe('2005-03-29');
    expect(addWorkingDays('2005-12-23', 1)).toBe('2005-12-28');
    expect(addWorkingDays('2005-12-28', -1)).toBe('2005-12-23');
    expect(addWorkingDays('2005-01-08', 0)).toBe('2005-01-08');
  });

  it('is undone by workingDaysBetween and always lands on a working day', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((offset) => addDays('1990-01-01', offset));
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (from, n) => {
        const to = addWorkingDays(from, n);
        expect(workingDaysBetween(from, to)).toBe(n);
        if (n !== 0) expect(isWorkingDay(to)).toBe(true);
      }),
    );
  });
});

describe('addWeeks', () => {
  it('adds whole weeks across month, year and summer-time boundaries', () => {
    expect(addWeeks('2005-01-10', 16)).toBe('2005-05-02');
    expect(addWeeks('2004-12-20', 2)).toBe('2005-01-03');
    expect(addWeeks('2005-03-21', 1)).toBe('2005-03-28');
    expect(addWeeks('2005-05-02', -16)).toBe('2005-01-10');
    expect(daysBetween('2005-01-10', addWeeks('2005-01-10', 16))).toBe(112);
  });
});
