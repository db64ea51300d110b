import { describe, expect, it } from 'vitest';
import { acrossAreas, standingOf, type AreaFigure } from './national.ts';

const b1: AreaFigure[] = [
  { area: 'WMPA', met: 24, applicable: 39, percentage: (24 / 39) * 100 },
  { area: 'GMPA', met: 20, applicable: 40, percentage: 50 },
  { area: 'MERPA', met: 25, applicable: 34, percentage: (25 / 34) * 100 },
  { area: 'WYPA', met: 18, applicable: 36, percentage: 50 },
];

describe('a figure across every area', () => {
  it('gives the median, the range and the pooled cases of all areas', () => {
    const summary = acrossAreas(b1);
    expect(summary.areas).toBe(4);
    expect(summary.median).toBeCloseTo((50 + (24 / 39) * 100) / 2, 10);
    expect(summary.lowest).toBe(50);
    expect(summary.highest).toBeCloseTo(73.53, 2);
    expect(summary.pooled).toEqual({ met: 87, applicable: 149, percentage: (87 / 149) * 100 });
  });

  it('takes the middle value for an odd number of areas', () => {
    expect(acrossAreas(b1.slice(0, 3)).median).toBeCloseTo((24 / 39) * 100, 10);
  });

  it('leaves out an area with nothing applicable rather than counting it as 0%', () => {
    const summary = acrossAreas([...b1, { area: 'NONE', met: 0, applicable: 0, percentage: null }]);
    expect(summary.areas).toBe(4);
    expect(summary.lowest).toBe(50);
  });

  it('pools cases only when every area’s counts are known', () => {
    const summary = acrossAreas([...b1, { area: 'OLD', met: null, applicable: null, percentage: 48 }]);
    expect(summary.pooled).toBeNull();
    expect(summary.lowest).toBe(48);
  });

  it('says nothing when no area has the figure', () => {
    expect(acrossAreas([])).toEqual({ areas: 0, median: null, lowest: null, highest: null, pooled: null });
  });
});

describe('where an area stands', () => {
  it('counts the areas above it, with figures that print the same sharing a position', () => {
    expect(standingOf('MERPA', b1)).toEqual({ position: 1, of: 4 });
    expect(standingOf('WMPA', b1)).toEqual({ position: 2, of: 4 });
    expect(standingOf('GMPA', b1)).toEqual({ position: 3, of: 4 });
    expect(standingOf('WYPA', b1)).toEqual({ position: 3, of: 4 });
    const nearlyEqual: AreaFigure[] = [
      { area: 'A', met: null, applicable: null, percentage: 62.3 },
      { area: 'B', met: null, applicable: null, percentage: 61.8 },
    ];
    expect(standingOf('B', nearlyEqual)).toEqual({ position: 1, of: 2 });
  });

  it('has no standing where the area has no percentage', () => {
    expect(standingOf('NONE', [...b1, { area: 'NONE', met: 0, applicable: 0, percentage: null }])).toBeNull();
  });
});
