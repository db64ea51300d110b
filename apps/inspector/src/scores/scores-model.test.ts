import { describe, expect, it } from 'vitest';
import {
  changeLabel,
  directionLabel,
  scoreRows,
  significanceLabel,
  slopeData,
  type FigureComparison,
} from './scores-model.ts';

const b1 = { key: 'B1', label: 'B1 Assessment of risk of harm', smallDenominator: false };
const comparison = (over: Partial<FigureComparison>): FigureComparison => ({
  kind: 'CRITERION',
  key: 'B1',
  subsample: 'ALL',
  baselinePercentage: 61.5,
  baselineMet: 8,
  baselineApplicable: 13,
  baselineAdjusted: false,
  percentage: 83.3,
  changePoints: 21.8,
  direction: 'IMPROVED',
  pValue: 0.4,
  adjustedPValue: 1,
  significant: false,
  ...over,
});

describe('score rows', () => {
  it('puts each score beside its comparison of the same kind and subsample', () => {
    const rows = scoreRows(
      [{ ...b1, met: 5, applicable: 6, percentage: (5 / 6) * 100 }],
      [
        comparison({ subsample: 'HIGH_RISK_OF_HARM', changePoints: 16.4 }),
        comparison({ kind: 'MEASURE', changePoints: 3 }),
        comparison({}),
      ],
      'CRITERION',
      'ALL',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.applicable).toBe(6);
    expect(rows[0]!.comparison?.changePoints).toBe(21.8);
  });

  it('words the change, its direction and its significance', () => {
    expect(changeLabel(comparison({}))).toBe('+22');
    expect(changeLabel(comparison({ changePoints: -3.4, direction: 'DETERIORATED' }))).toBe('−3');
    expect(directionLabel(comparison({ direction: 'DETERIORATED' }))).toBe('Deteriorated');
    expect(significanceLabel(comparison({}))).toBe('Not significant (p = 0.40, adjusted p = 1.00)');
    expect(significanceLabel(comparison({ significant: true, pValue: 0.0004, adjustedPValue: 0.0004 }))).toBe(
      'Significant (p < 0.001)',
    );
    expect(significanceLabel(comparison({ significant: null, pValue: null }))).toBe('Not tested: counts not known');
    expect(changeLabel(undefined)).toBe('–');
    expect(changeLabel(comparison({ percentage: null }))).toBe('–');
  });

  it('charts only criteria with both a baseline and a follow-up figure', () => {
    const rows = scoreRows(
      [
        { ...b1, met: 5, applicable: 6, percentage: 83.3 },
        { key: 'C1', label: 'C1', met: null, applicable: 0, percentage: null, smallDenominator: true },
      ],
      [comparison({}), comparison({ key: 'C1', percentage: null })],
      'CRITERION',
      'ALL',
    );
    expect(slopeData(rows)).toEqual([
      {
        code: 'B1',
        title: b1.label.replace(/^B1 /, ''),
        baseline: { percentage: 61.5, met: 8, applicable: 13, adjusted: false },
        current: { percentage: 83.3, met: 5, applicable: 6, adjusted: false },
        direction: 'IMPROVED',
      },
    ]);
  });
});
