import { describe, expect, it } from 'vitest';
import { discloseFigure, discloseFigures, mustSuppress, PUBLIC_MINIMUM_DENOMINATOR } from './disclosure.ts';

const measure = (met: number | null, applicable: number | null, percentage: number | null) => ({
  kind: 'MEASURE' as const,
  key: 'B1.review-after-incident',
  subsample: 'ALL',
  met,
  applicable,
  percentage,
  adjusted: false,
  notApplicable: 30,
  unanswered: 0,
  notAsked: 1,
  smallDenominator: applicable !== null && applicable < 5,
  interval: applicable ? { low: 10, high: 90 } : null,
});

describe('statistical disclosure control for public outputs', () => {
  it('withholds a figure over 1 to 4 applicable cases, and everything that would reveal its counts', () => {
    expect(PUBLIC_MINIMUM_DENOMINATOR).toBe(5);
    const disclosed = discloseFigure(measure(2, 3, (2 / 3) * 100));
    expect(disclosed).toMatchObject({
      key: 'B1.review-after-incident',
      met: null,
      applicable: null,
      percentage: null,
      interval: null,
      notApplicable: null,
      unanswered: null,
      notAsked: null,
      suppressed: true,
      smallDenominator: true,
    });
    expect(mustSuppress({ applicable: 1 })).toBe(true);
    expect(mustSuppress({ applicable: 4 })).toBe(true);
  });

  it('publishes a figure over 5 or more cases in full, including 0% and 100%', () => {
    expect(discloseFigure(measure(6, 9, (6 / 9) * 100))).toMatchObject({ met: 6, applicable: 9, suppressed: false });
    expect(discloseFigure(measure(5, 5, 100))).toMatchObject({ met: 5, applicable: 5, percentage: 100 });
    expect(discloseFigure(measure(0, 23, 0))).toMatchObject({ met: 0, applicable: 23, percentage: 0 });
  });

  it('publishes "no applicable cases" and recorded percentages without counts as they are', () => {
    expect(discloseFigure(measure(0, 0, null))).toMatchObject({ applicable: 0, suppressed: false });
    expect(discloseFigure(measure(null, null, 48))).toMatchObject({ percentage: 48, suppressed: false });
  });

  it('keeps every West Midlands 2005 figure: the smallest denominator there is 6 (reassessment after an incident, high risk)', () => {
    const figures = [measure(6, 9, 66.7), measure(4, 6, 66.7), measure(11, 12, 91.7), measure(7, 8, 87.5)];
    expect(discloseFigures(figures).map((f) => f.suppressed)).toEqual([false, false, false, false]);
  });
});
