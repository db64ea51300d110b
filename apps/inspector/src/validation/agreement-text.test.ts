import { describe, expect, it } from 'vitest';
import { agreementPercent, kappaStrength, kappaText } from './agreement-text.ts';

const figure = { pairs: 20, agreed: 17, percentage: 85, kappa: 0.6512, kappaUndefined: null, fewPairs: false };

describe('agreement as words', () => {
  it('gives the percentage with its counts, and kappa to two places', () => {
    expect(agreementPercent(figure)).toBe('85% (17 of 20)');
    expect(kappaText(figure)).toBe('0.65');
    expect(kappaStrength(figure)).toBe('substantial');
  });

  it('says there is not enough data where kappa is undefined, and why', () => {
    const none = { pairs: 0, agreed: 0, percentage: null, kappa: null, kappaUndefined: 'NO_PAIRS', fewPairs: true };
    expect(agreementPercent(none)).toBe('Not enough data');
    expect(kappaText(none)).toMatch(/^Not enough data: no second-marked answers/);
    const same = { ...figure, agreed: 20, percentage: 100, kappa: null, kappaUndefined: 'NO_VARIATION' };
    expect(agreementPercent(same)).toBe('100% (20 of 20)');
    expect(kappaText(same)).toBe('Not enough data: the same answer from both every time');
    expect(kappaStrength(same)).toBeNull();
  });

  it('gives no kappa over fewer than five answers, though the API has one', () => {
    const few = { ...figure, pairs: 3, agreed: 1, kappa: -0.5, fewPairs: true };
    expect(kappaText(few)).toBe('Not enough data: only 3 answers compared');
    expect(kappaText({ ...few, pairs: 1 })).toBe('Not enough data: only 1 answer compared');
    expect(kappaStrength(few)).toBeNull();
    expect(kappaStrength({ ...figure, kappa: -0.2 })).toBe('less than chance');
  });
});
