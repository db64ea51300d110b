import { describe, expect, it } from 'vitest';
import { cycleStanding } from './cycle.ts';

describe('where an area stands in the three-year cycle', () => {
  it('is planned when an inspection is planned for the year or later', () => {
    expect(
      cycleStanding(2026, [
        { year: 2005, planned: false },
        { year: 2027, planned: true },
      ]),
    ).toBe('PLANNED');
  });
  it('is inspected within three years of its last inspection, overdue after', () => {
    expect(cycleStanding(2007, [{ year: 2005, planned: false }])).toBe('INSPECTED');
    expect(cycleStanding(2008, [{ year: 2005, planned: false }])).toBe('OVERDUE');
  });
  it('is not planned when it was never inspected and nothing is planned', () => {
    expect(cycleStanding(2026, [])).toBe('NOT_PLANNED');
    expect(cycleStanding(2026, [{ year: 2024, planned: true }])).toBe('NOT_PLANNED');
  });
});
