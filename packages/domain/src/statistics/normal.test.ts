import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile, twoSidedZ } from './normal.ts';

describe('normalQuantile', () => {
  it('gives the quantiles statistical tables print, to 1e-9', () => {
    // Values as printed by R's qnorm.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829303548901, 9);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281551565544601, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167814, 9);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is infinite at the ends and refuses probabilities outside 0..1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  // Above 1e-4, 1 - p is computed without losing the digits that matter.
  it('is symmetric about one half and increasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
        fc.double({ min: 1e-12, max: 0.5, noNaN: true }),
        (p, q) => {
          expect(normalQuantile(p) + normalQuantile(1 - p)).toBeCloseTo(0, 9);
          if (p < q) expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(q));
        },
      ),
    );
  });

  it('turns a confidence level into a two-sided z', () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 9);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.575829303548901, 9);
  });
});
