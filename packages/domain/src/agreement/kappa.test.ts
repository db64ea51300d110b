import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementOf, cohensKappa } from './kappa.ts';

function repeat(first: string, second: string, times: number): [string, string][] {
  return Array.from({ length: times }, () => [first, second] as [string, string]);
}

describe('cohensKappa', () => {
  it('gives 0.4 for the textbook 50 pairs (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)', () => {
    const pairs = [
      ...repeat('yes', 'yes', 20),
      ...repeat('yes', 'no', 5),
      ...repeat('no', 'yes', 10),
      ...repeat('no', 'no', 15),
    ];
    // Observed 0.7; chance 0.5 × 0.6 + 0.5 × 0.4 = 0.5; (0.7 - 0.5) / (1 - 0.5) = 0.4.
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it('gives about 0.13 for the second Wikipedia example (45/15/25/15), where raw agreement is 60%', () => {
    const pairs = [
      ...repeat('yes', 'yes', 45),
      ...repeat('yes', 'no', 15),
      ...repeat('no', 'yes', 25),
      ...repeat('no', 'no', 15),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.1304, 4);
  });

  it('is undefined with no pairs, and undefined (0/0, not 1) when both raters used one identical category', () => {
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa(repeat('MET', 'MET', 7))).toBeNull();
    // One rater varying is enough to define it: here every disagreement is the second rater's NO.
    expect(cohensKappa([...repeat('YES', 'YES', 6), ['YES', 'NO']])).toBeCloseTo(0, 12);
  });

  it('is -1 for systematic disagreement on two balanced categories', () => {
    expect(cohensKappa([...repeat('a', 'b', 5), ...repeat('b', 'a', 5)])).toBeCloseTo(-1, 12);
  });

  it('is at most 1, equals 1 on perfect agreement with variation, and does not depend on which rater is first', () => {
    const answer = fc.constantFrom('MET', 'NOT_MET', 'PARTLY', 'NOT_APPLICABLE');
    fc.assert(
      fc.property(fc.array(fc.tuple(answer, answer), { minLength: 1, maxLength: 60 }), (pairs) => {
        const kappa = cohensKappa(pairs);
        const oneAnswer = new Set(pairs.flat()).size === 1;
        expect(kappa === null).toBe(oneAnswer);
        if (kappa === null) return;
        expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
        expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(cohensKappa(pairs.map(([first, second]) => [second, first] as const))).toBeCloseTo(kappa, 12);
        const same = pairs.map(([first]) => [first, first] as const);
        expect(cohensKappa(same)).toBe(new Set(same.flat()).size === 1 ? null : 1);
      }),
    );
  });
});

describe('agreementOf', () => {
  it('counts agreed pairs, their percentage and the agreement expected by chance', () => {
    // First rater: 4 MET; second: 3 MET, 1 NOT_MET. Chance (4 × 3) / 16 = 75%, exactly the observed agreement.
    expect(agreementOf([...repeat('MET', 'MET', 3), ['MET', 'NOT_MET']])).toEqual({
      pairs: 4,
      agreed: 3,
      percentage: 75,
      chancePercentage: 75,
      kappa: 0,
      kappaUndefined: null,
      fewPairs: true,
    });
  });

  it('says why kappa is missing rather than inventing one', () => {
    expect(agreementOf([])).toEqual({
      pairs: 0,
      agreed: 0,
      percentage: null,
      chancePercentage: null,
      kappa: null,
      kappaUndefined: 'NO_PAIRS',
      fewPairs: true,
    });
    expect(agreementOf(repeat('YES', 'YES', 8))).toMatchObject({
      percentage: 100,
      chancePercentage: 100,
      kappa: null,
      kappaUndefined: 'NO_VARIATION',
      fewPairs: false,
    });
  });

  it('flags fewer than five paired answers', () => {
    expect(agreementOf(repeat('YES', 'NO', 4)).fewPairs).toBe(true);
    expect(agreementOf(repeat('YES', 'NO', 5)).fewPairs).toBe(false);
  });
});
