import { describe, expect, it } from 'vitest';
import { latestAndPrevious, pairFigures, type ComparableFigure } from './latest-vs-previous.ts';

function fig(
  key: string,
  subsample: string,
  percentage: number | null,
  met: number | null = null,
  applicable: number | null = null,
): ComparableFigure {
  return { key, label: key, subsample, percentage, met, applicable };
}

describe('latest figures against the previous inspection', () => {
  it('pairs B1 62% (24 of 39) in 2005 with 48% in 2004: a rise of about 14 points', () => {
    const [pair] = pairFigures([fig('B1', 'ALL', (24 / 39) * 100, 24, 39)], [fig('B1', 'ALL', 48)]);
    expect(pair?.previous?.percentage).toBe(48);
    expect(pair?.changePoints).toBeCloseTo(13.54, 2);
  });

  it('pairs a subsample only with the same subsample', () => {
    const pairs = pairFigures(
      [fig('B1.review-16-weeks', 'HIGH_RISK_OF_HARM', (14 / 22) * 100, 14, 22)],
      [fig('B1.review-16-weeks', 'ALL', 12), fig('B1.review-16-weeks', 'HIGH_RISK_OF_HARM', 31)],
    );
    expect(pairs[0]?.previous?.percentage).toBe(31);
  });

  it('has no change where the previous inspection lacks the figure or nothing was applicable', () => {
    const pairs = pairFigures([fig('C5', 'ALL', 70), fig('C9', 'ALL', null, 0, 0)], [fig('C9', 'ALL', 40)]);
    expect(pairs.map((p) => p.changePoints)).toEqual([null, null]);
  });
});

describe('which inspections to compare', () => {
  const i2004 = { id: 'a', year: 2004, published: true, criterionScores: [{ code: 'B1' }] };
  const i2005 = { id: 'b', year: 2005, published: true, baseline: { id: 'a' }, criterionScores: [{ code: 'B1' }] };
  const i2006 = { id: 'c', year: 2006, published: false, baseline: { id: 'b' }, criterionScores: [] };

  it('takes the latest scored inspection and its baseline', () => {
    expect(latestAndPrevious([i2004, i2005, i2006])).toEqual({ latest: i2005, previous: i2004 });
  });

  it('falls back to the latest earlier inspection when there is no baseline', () => {
    const full2006 = { id: 'd', year: 2006, published: true, criterionScores: [{ code: 'B1' }] };
    expect(latestAndPrevious([i2004, i2005, full2006]).previous).toBe(i2005);
  });
});
