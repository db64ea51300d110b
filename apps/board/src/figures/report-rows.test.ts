import { describe, expect, it } from 'vitest';
import { wholePercent } from './percent.ts';
import { criterionScoreRow, measureRows, type FigureComparisonInput, type MeasureInput } from './report-rows.ts';

// Figures as the API returns them for West Midlands 2005 against 2004 (unrounded; 2004 known only as percentages).
const scores = [
  { code: 'B1', percentage: (24 / 39) * 100, met: 24, applicable: 39, adjusted: false, smallDenominator: false },
  { code: 'C2', percentage: (29 / 38) * 100, met: 29, applicable: 38, adjusted: false, smallDenominator: false },
];

function figure(
  partial: Partial<FigureComparisonInput> & Pick<FigureComparisonInput, 'key' | 'kind'>,
): FigureComparisonInput {
  return {
    subsample: 'ALL',
    baselinePercentage: null,
    baselineMet: null,
    baselineApplicable: null,
    baselineAdjusted: false,
    changePoints: 0,
    direction: 'UNCHANGED',
    pValue: null,
    adjustedPValue: null,
    significant: null,
    ...partial,
  };
}

const figures = [
  figure({ key: 'B1', kind: 'CRITERION', baselinePercentage: 48, changePoints: 13.54, direction: 'IMPROVED' }),
  figure({
    key: 'C2',
    kind: 'CRITERION',
    baselinePercentage: 54,
    baselineAdjusted: true,
    changePoints: 22.3,
    direction: 'IMPROVED',
  }),
  figure({
    key: 'B1.review-16-weeks',
    kind: 'MEASURE',
    baselinePercentage: 12,
    changePoints: 36.7,
    direction: 'IMPROVED',
  }),
  figure({ key: 'B1.review-16-weeks', kind: 'MEASURE', subsample: 'HIGH_RISK_OF_HARM', baselinePercentage: 31 }),
  figure({
    key: 'B1.rmp-quality-timely',
    kind: 'MEASURE',
    baselinePercentage: (9 / 23) * 100,
    baselineMet: 9,
    baselineApplicable: 23,
    pValue: 1,
    significant: false,
  }),
];

function measure(key: string, subsample: string, met: number, applicable: number): MeasureInput {
  return {
    key,
    criterion: key.split('.')[0]!,
    text: key,
    subsample,
    met,
    applicable,
    percentage: (met / applicable) * 100,
    smallDenominator: applicable < 5,
  };
}

describe('the score table of a criterion', () => {
  it('puts B1 at 62% in the follow-up against 48% originally', () => {
    const row = criterionScoreRow('B1', scores, figures);
    expect(wholePercent(row.current!.percentage!)).toBe(62);
    expect(row.baseline).toEqual({ percentage: 48, met: null, applicable: null, adjusted: false });
    expect(row.change?.direction).toBe('IMPROVED');
  });

  it('notes that C2’s original score of 54% is adjusted', () => {
    expect(criterionScoreRow('C2', scores, figures).baseline?.adjusted).toBe(true);
  });

  it('has no baseline for a criterion the comparison does not cover', () => {
    expect(criterionScoreRow('A1', scores, figures)).toEqual({
      code: 'A1',
      current: null,
      baseline: null,
      change: null,
    });
  });
});

describe('the measures of a criterion', () => {
  const results = [
    measure('B1.review-16-weeks', 'ALL', 19, 39),
    measure('B1.review-16-weeks', 'HIGH_RISK_OF_HARM', 14, 22),
    measure('B1.rmp-quality-timely', 'ALL', 10, 23),
    measure('B1.rmp-quality-timely', 'HIGH_RISK_OF_HARM', 10, 23),
    measure('C5.child-protection', 'ALL', 11, 12),
  ];

  it('lists whole-sample results, each followed by the subsample figures the comparison reports', () => {
    const rows = measureRows('B1', results, figures);
    expect(rows.map((r) => `${r.key}/${r.subsample}`)).toEqual([
      'B1.review-16-weeks/ALL',
      'B1.review-16-weeks/HIGH_RISK_OF_HARM',
      'B1.rmp-quality-timely/ALL',
    ]);
  });

  it('keeps the baseline counts and the test where both counts are known', () => {
    const rmp = measureRows('B1', results, figures).find((r) => r.key === 'B1.rmp-quality-timely')!;
    expect(rmp.baseline).toMatchObject({ met: 9, applicable: 23 });
    expect(rmp.change).toMatchObject({ pValue: 1, significant: false });
  });

  it('shows a measure without a baseline with no change', () => {
    const [row] = measureRows('C5', results, figures);
    expect(row?.baseline).toBeNull();
    expect(row?.change).toBeNull();
  });
});
