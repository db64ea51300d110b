import { describe, expect, it } from 'vitest';
import type { SecondMarkedAnswer } from './report.ts';
import { agreementReport } from './report.ts';

const answers: SecondMarkedAnswer[] = [
  { caseFile: 'WM-01', measure: 'B1.review-16-weeks', assessor: 'assessor-a', first: 'YES', second: 'YES' },
  { caseFile: 'WM-01', measure: 'B3.smart-objectives', assessor: 'assessor-a', first: 'YES', second: 'NO' },
  { caseFile: 'WM-02', measure: 'B1.review-16-weeks', assessor: 'assessor-b', first: 'NO', second: 'NO' },
  { caseFile: 'WM-02', measure: 'B3.smart-objectives', assessor: 'assessor-b', first: 'NO', second: 'NO' },
  { caseFile: 'WM-03', measure: 'B1.review-16-weeks', assessor: 'assessor-a', first: 'YES', second: 'YES' },
  { caseFile: 'WM-03', measure: 'B3.smart-objectives', assessor: 'assessor-a', first: 'YES', second: 'NO' },
];

describe('agreementReport', () => {
  const report = agreementReport(answers);

  it('reports agreement over every second-marked answer', () => {
    expect(report.overall.pairs).toBe(6);
    expect(report.overall.agreed).toBe(4);
    expect(report.overall.percentage).toBeCloseTo(66.667, 3);
    // First: 4 YES, 2 NO; second: 2 YES, 4 NO. Chance (8 + 8) / 36; kappa = (24 - 16) / (36 - 16).
    expect(report.overall.kappa).toBeCloseTo(0.4, 12);
  });

  it('shows which measure the raters disagree on', () => {
    expect(Object.keys(report.byMeasure)).toEqual(['B1.review-16-weeks', 'B3.smart-objectives']);
    expect(report.byMeasure['B1.review-16-weeks']).toMatchObject({ pairs: 3, agreed: 3, percentage: 100, kappa: 1 });
    expect(report.byMeasure['B3.smart-objectives']!.agreed).toBe(1);
    expect(report.byMeasure['B3.smart-objectives']!.kappa).toBeCloseTo(0, 12);
  });

  it('shows which assessor the validator disagrees with', () => {
    // Both raters said NO to both of assessor B's questions: full agreement, but no kappa to be had from it.
    expect(report.byAssessor['assessor-b']).toMatchObject({
      pairs: 2,
      agreed: 2,
      percentage: 100,
      kappa: null,
      kappaUndefined: 'NO_VARIATION',
      fewPairs: true,
    });
    expect(report.byAssessor['assessor-a']!.agreed).toBe(2);
    expect(report.byAssessor['assessor-a']!.percentage).toBe(50);
  });

  it('is empty but defined without answers', () => {
    expect(agreementReport([])).toEqual({
      overall: {
        pairs: 0,
        agreed: 0,
        percentage: null,
        chancePercentage: null,
        kappa: null,
        kappaUndefined: 'NO_PAIRS',
        fewPairs: true,
      },
      byMeasure: {},
      byAssessor: {},
    });
  });
});
