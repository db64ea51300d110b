import { describe, expect, it } from 'vitest';
import {
  describeFigure,
  formatAgreement,
  formatChangePoints,
  formatKappa,
  formatPercent,
  formatPValue,
  formatInterval,
  significanceText,
  wholePercent,
} from './format.ts';

describe('percentages as the report prints them', () => {
  it('rounds B1 (24 of 39) to 62% and C2 (29 of 38) to 76%', () => {
    expect(wholePercent((24 / 39) * 100)).toBe(62);
    expect(wholePercent((29 / 38) * 100)).toBe(76);
  });

  it('rounds halves up: classification 33 of 40 (82.5%) prints as 83%, diversity 19 of 40 as 48%', () => {
    expect(wholePercent(82.5)).toBe(83);
    expect(wholePercent(47.5)).toBe(48);
    expect(wholePercent(52.5)).toBe(53);
  });

  it('ignores binary noise in an unrounded value', () => {
    expect(wholePercent(55.00000000000001)).toBe(55);
    expect(wholePercent((11 / 20) * 100)).toBe(55);
  });

  it('always puts the denominator beside the percentage', () => {
    expect(describeFigure({ percentage: (24 / 39) * 100, met: 24, applicable: 39 })).toBe('62% (24 of 39)');
    expect(describeFigure({ percentage: 54, adjusted: true })).toBe('54% (counts not recorded, adjusted)');
    expect(describeFigure({ percentage: null, applicable: 0 })).toBe('no applicable cases');
    expect(formatPercent(null)).toBe('–');
  });

  it('says why a figure is missing: nothing applicable, or withheld from a public output', () => {
    expect(describeFigure({ percentage: null, applicable: null, suppressed: true })).toBe(
      'fewer than 5 cases (not published)',
    );
  });

  it('prints an interval in whole points', () => {
    expect(formatInterval({ low: 35.4, high: 87.9 })).toBe('35–88%');
  });

  it('says whether a change was tested, and under which correction', () => {
    expect(significanceText({ pValue: null, adjustedPValue: null, significant: null }, 'HOLM')).toBe(
      'Not tested (original counts not recorded)',
    );
    expect(significanceText({ pValue: 1, adjustedPValue: 1, significant: false }, 'HOLM')).toBe(
      'Not significant: p = 1.00, p = 1.00 adjusted (Holm–Bonferroni)',
    );
  });

  it('prints changes in whole points with their sign', () => {
    expect(formatChangePoints(13.538)).toBe('+14');
    expect(formatChangePoints(-10)).toBe('−10');
    expect(formatChangePoints(0.2)).toBe('0');
    expect(formatChangePoints(83.33333333333334 - 61.53846153846154)).toBe('+22');
  });

  it('rounds changes half away from zero, ignoring binary noise', () => {
    expect(formatChangePoints(-4.999999999999999)).toBe('−5');
    expect(formatChangePoints(-2.5)).toBe('−3');
    expect(formatChangePoints(2.5)).toBe('+3');
  });

  it('prints 23 of 40 (57.49999999999999 in floating point) as 58%, as the report rounds exact halves up', () => {
    expect(formatPercent((23 / 40) * 100)).toBe('58%');
  });

  it('prints agreement with its counts and kappa to two places', () => {
    expect(formatAgreement({ percentage: 85, agreed: 17, pairs: 20 })).toBe('85% (17 of 20)');
    expect(formatKappa(0.6512)).toBe('0.65');
    expect(formatKappa(0.645)).toBe('0.65');
    expect(formatKappa(-0.2)).toBe('−0.20');
  });

  it('prints p-values', () => {
    expect(formatPValue(0.0004)).toBe('p < 0.001');
    expect(formatPValue(0.0312)).toBe('p = 0.03');
    expect(formatPValue(1)).toBe('p = 1.00');
  });
});
