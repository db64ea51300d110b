import { describe, expect, it } from 'vitest';
import { scoreRows } from './score-rows.ts';

describe('score rows', () => {
  it('puts each criterion’s whole-sample and high-risk scores beside their comparison with the baseline', () => {
    const b1 = { key: 'B1', label: 'B1 Assessment of risk of harm', smallDenominator: false };
    const rows = scoreRows(
      [{ ...b1, met: 5, applicable: 6, percentage: (5 / 6) * 100 }],
      [{ ...b1, met: 4, applicable: 5, percentage: 80 }],
      [
        {
          key: 'B1',
          subsample: 'ALL',
          baselinePercentage: 61.5,
          percentage: 83.3,
          changePoints: 21.8,
          direction: 'IMPROVED',
          pValue: 0.4,
          significant: false,
        },
        {
          key: 'B1',
          subsample: 'HIGH_RISK_OF_HARM',
          baselinePercentage: 63.6,
          percentage: 80,
          changePoints: 16.4,
          direction: 'IMPROVED',
          pValue: 0.64,
          significant: false,
        },
      ],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.all.score?.applicable).toBe(6);
    expect(rows[0]!.all.figure?.baselinePercentage).toBe(61.5);
    expect(rows[0]!.highRisk.score?.met).toBe(4);
    expect(rows[0]!.highRisk.figure?.changePoints).toBe(16.4);
  });

  it('keeps a figure with no high-risk cases, with an empty high-risk side', () => {
    const rows = scoreRows(
      [{ key: 'C5', label: 'C5', met: 3, applicable: 4, percentage: 75, smallDenominator: true }],
      [],
      [],
    );
    expect(rows[0]!.highRisk).toEqual({ score: undefined, figure: undefined });
  });
});
