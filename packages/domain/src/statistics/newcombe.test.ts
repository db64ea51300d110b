import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newcombeDifferenceInterval } from './newcombe.ts';

describe('newcombeDifferenceInterval (hybrid score, method 10)', () => {
  it("reproduces the worked examples of Newcombe's 1998 paper", () => {
    // [first met, first n, second met, second n, low, high] for second minus first, in percentage points.
    const examples: [number, number, number, number, number, number][] = [
      [48, 80, 56, 70, 5.24, 33.39],
      [3, 10, 9, 10, 17.05, 80.9],
      [2, 7, 6, 7, 5.82, 80.62],
      [0, 29, 5, 56, -3.81, 19.26],
      [0, 20, 0, 10, -16.11, 27.75],
      [0, 10, 0, 10, -27.75, 27.75],
      [0, 20, 10, 10, 67.91, 100],
    ];
    for (const [met1, n1, met2, n2, low, high] of examples) {
      const interval = newcombeDifferenceInterval(met1, n1, met2, n2)!;
      expect(interval.low).toBeCloseTo(low, 2);
      expect(interval.high).toBeCloseTo(high, 2);
    }
  });

  it('is null when either sample is empty', () => {
    expect(newcombeDifferenceInterval(0, 0, 3, 10)).toBeNull();
    expect(newcombeDifferenceInterval(3, 10, 0, 0)).toBeNull();
  });

  it('contains the observed difference, lies within -100..100 and mirrors when the samples swap', () => {
    const sample = fc
      .integer({ min: 1, max: 500 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(sample, sample, ([met1, n1], [met2, n2]) => {
        const interval = newcombeDifferenceInterval(met1, n1, met2, n2)!;
        const difference = (met2 / n2 - met1 / n1) * 100;
        expect(interval.low).toBeGreaterThanOrEqual(-100);
        expect(interval.high).toBeLessThanOrEqual(100);
        expect(interval.low).toBeLessThanOrEqual(difference + 1e-9);
        expect(interval.high).toBeGreaterThanOrEqual(difference - 1e-9);
        const swapped = newcombeDifferenceInterval(met2, n2, met1, n1)!;
        expect(swapped.low).toBeCloseTo(-interval.high, 9);
        expect(swapped.high).toBeCloseTo(-interval.low, 9);
      }),
    );
  });
});
