import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.ts';

describe('wilsonInterval', () => {
  it("matches the worked examples in Newcombe's 1998 paper (percent scale)", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 25.53, 36.62],
      [15, 148, 6.24, 16.05],
      [1, 29, 0.61, 17.18],
      [0, 10, 0, 27.75],
    ];
    for (const [met, n, low, high] of cases) {
      const interval = wilsonInterval(met, n)!;
      expect(interval.low).toBeCloseTo(low, 2);
      expect(interval.high).toBeCloseTo(high, 2);
    }
  });

  it('is null when nothing was applicable', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('is about ±15 points at n = 40 and wider at n = 23, as DOMAIN.md says', () => {
    const at40 = wilsonInterval(20, 40)!;
    const at23 = wilsonInterval(12, 23)!;
    expect((at40.high - at40.low) / 2).toBeCloseTo(15, 0);
    expect(at23.high - at23.low).toBeGreaterThan(at40.high - at40.low);
  });

  it('widens with the confidence level', () => {
    const at95 = wilsonInterval(10, 23)!;
    const at99 = wilsonInterval(10, 23, 0.99)!;
    expect(at99.low).toBeLessThan(at95.low);
    expect(at99.high).toBeGreaterThan(at95.high);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });

  it('contains the point estimate and lies within 0..100', () => {
    const counts = fc
      .integer({ min: 1, max: 10_000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, ([met, n]) => {
        const interval = wilsonInterval(met, n)!;
        const estimate = (met / n) * 100;
        expect(interval.low).toBeGreaterThanOrEqual(0);
        expect(interval.high).toBeLessThanOrEqual(100);
        expect(interval.low).toBeLessThanOrEqual(estimate + 1e-9);
        expect(interval.high).toBeGreaterThanOrEqual(estimate - 1e-9);
      }),
    );
  });
});
