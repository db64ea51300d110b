import { describe, expect, it } from 'vitest';
import { printedPercent, roundsUnambiguously, solveCounts } from './solve-counts.ts';

describe('solveCounts', () => {
  it('finds counts that print as the report printed them, for the whole sample and the high-risk cases', () => {
    // "75% of ISPs contained SMART objectives ... 65% for the high risk of harm cases": 30 of 40, 15 of 23.
    expect(solveCounts({ all: 75, highRisk: 65 }, { highRisk: 23, other: 17 })).toEqual({ highRisk: 15, other: 15 });
  });

  it('hits counts the report gives in words exactly', () => {
    expect(solveCounts({ all: 43, highRisk: null, count: [10, 23] }, { highRisk: 23, other: 0 })).toEqual({
      highRisk: 10,
      other: 0,
    });
  });

  it('finds nothing where no count of the sample can print the figure: 62% is not a share of 40', () => {
    expect(solveCounts({ all: 62, highRisk: null }, { highRisk: 23, other: 17 })).toBeNull();
    expect(solveCounts({ all: 62, highRisk: null }, { highRisk: 22, other: 17 })).not.toBeNull();
  });

  it('spreads unattributed failures evenly across the strata', () => {
    const counts = solveCounts({ all: 90, highRisk: null }, { highRisk: 23, other: 17 })!;
    expect(counts.highRisk + counts.other).toBe(36);
    expect(Math.abs(counts.highRisk / 23 - counts.other / 17)).toBeLessThan(0.05);
  });
});

describe('printed percentages', () => {
  it('round half up, as 33 of 40 printed as 83%', () => {
    expect(printedPercent(33, 40)).toBe(83);
    expect(printedPercent(12, 13)).toBe(92);
  });

  it('flags shares whose rounding depends on how they are computed', () => {
    expect(roundsUnambiguously(23, 40)).toBe(false);
    expect(roundsUnambiguously(33, 40)).toBe(true);
  });
});

describe('solveCounts within bounds', () => {
  it('keeps to answers fixed in advance', () => {
    // 15 of 37 met, but only 5 other cases can meet it: the rest must come from the high-risk cases.
    const counts = solveCounts(
      { all: 41, highRisk: null },
      { highRisk: 22, other: 15 },
      { max: { highRisk: 22, other: 5 } },
    )!;
    expect(counts.other).toBeLessThanOrEqual(5);
    expect(counts.highRisk + counts.other).toBe(15);
    expect(
      solveCounts({ all: 41, highRisk: null }, { highRisk: 22, other: 15 }, { max: { highRisk: 2, other: 5 } }),
    ).toBeNull();
  });
});
