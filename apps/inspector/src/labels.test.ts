import { describe, expect, it } from 'vitest';
import { humanise, percent, points } from './labels.ts';

describe('words for codes', () => {
  it('turns camel case flags and upper case enums into sentence case', () => {
    expect(humanise('significantIncident')).toBe('Significant incident');
    expect(humanise('HIGH_RISK_OF_HARM')).toBe('High risk of harm');
  });
  it('rounds percentages and signs changes as the report prints them (61.5% to 83.3%: +22 points)', () => {
    expect(percent(83.33333333333334)).toBe('83%');
    expect(points(83.33333333333334 - 61.53846153846154)).toBe('+22');
    expect(points(-20)).toBe('-20');
    expect(percent(null)).toBe('–');
  });
});
