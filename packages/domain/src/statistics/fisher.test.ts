import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExactTwoSided } from './fisher.ts';

function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/** The definition, in exact integer arithmetic: an independent check on the log-space computation. */
function exactTwoSided(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const weight = (x: number): bigint => binomial(row1, x) * binomial(row2, column1 - x);
  const observed = weight(a);
  let numerator = 0n;
  for (let x = Math.max(0, column1 - row2); x <= Math.min(row1, column1); x++) {
    if (weight(x) <= observed) numerator += weight(x);
  }
  const denominator = binomial(row1 + row2, column1);
  const scale = 10n ** 15n;
  return Number((numerator * scale) / denominator) / Number(scale);
}

describe('fisherExactTwoSided', () => {
  it('gives 17/35 for the lady tasting tea (3 of 4 cups right)', () => {
    // Tables at x = 0, 1, 3, 4 have probabilities 1, 16, 16, 1 out of 70; x = 2 (36/70) is more likely.
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
  });

  it("gives R's 0.002759 for [[1, 9], [11, 3]]", () => {
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.0027594561852, 10);
  });

  it('gives 1 for the reference report’s risk management plans, 9 of 23 in 2004 and 10 of 23 in 2005', () => {
    expect(fisherExactTwoSided(9, 23 - 9, 10, 23 - 10)).toBeCloseTo(1, 12);
  });

  it('finds a 20-point change at n = 40 only just significant, as DOMAIN.md says', () => {
    expect(fisherExactTwoSided(20, 20, 12, 28)).toBeGreaterThan(0.05);
    expect(fisherExactTwoSided(24, 16, 12, 28)).toBeLessThan(0.05);
  });

  it('agrees with exact integer arithmetic on moderate tables', () => {
    const cell = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        expect(fisherExactTwoSided(a, b, c, d)).toBeCloseTo(exactTwoSided(a, b, c, d), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('works for n = 10,000 and agrees with exact arithmetic there', () => {
    const p = fisherExactTwoSided(100, 4900, 150, 4850);
    expect(p).toBeCloseTo(exactTwoSided(100, 4900, 150, 4850), 9);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.01);
    expect(fisherExactTwoSided(2500, 2500, 2500, 2500)).toBeCloseTo(1, 9);
  });

  it('is a probability, unchanged by swapping rows or columns', () => {
    const cell = fc.integer({ min: 0, max: 300 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExactTwoSided(c, d, a, b)).toBeCloseTo(p, 10);
        expect(fisherExactTwoSided(b, a, d, c)).toBeCloseTo(p, 10);
      }),
    );
  });

  it('refuses cells that are not counts', () => {
    expect(() => fisherExactTwoSided(-1, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTwoSided(1.5, 2, 3, 4)).toThrow(RangeError);
  });
});
