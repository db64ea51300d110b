import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, holm } from './adjustment.ts';

describe('holm', () => {
  it("matches R's p.adjust(method = 'holm'), passing nulls through uncounted", () => {
    const adjusted = holm([0.01, 0.04, null, 0.03, 0.005]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeCloseTo(0.06, 12);
    expect(adjusted[2]).toBeNull();
    expect(adjusted[3]).toBeCloseTo(0.06, 12);
    expect(adjusted[4]).toBeCloseTo(0.02, 12);
  });

  it('caps adjusted values at 1 and leaves a single test alone', () => {
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
    expect(holm([0.03])).toEqual([0.03]);
    expect(holm([null, null])).toEqual([null, null]);
  });

  it('never lowers a p-value, stays within 0..1 and keeps the order of the raw p-values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { maxLength: 40 }),
        (raw) => {
          const adjusted = holm(raw);
          raw.forEach((p, i) => {
            if (p === null) return expect(adjusted[i]).toBeNull();
            expect(adjusted[i]).toBeGreaterThanOrEqual(p);
            expect(adjusted[i]).toBeLessThanOrEqual(1);
            raw.forEach((q, j) => {
              if (q !== null && p < q) expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j]!);
            });
          });
        },
      ),
    );
  });
});

describe('benjaminiHochberg', () => {
  it("matches R's p.adjust(method = 'BH')", () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, null, 0.03, 0.005]);
    expect(adjusted[0]).toBeCloseTo(0.02, 12);
    expect(adjusted[1]).toBeCloseTo(0.04, 12);
    expect(adjusted[2]).toBeNull();
    expect(adjusted[3]).toBeCloseTo(0.04, 12);
    expect(adjusted[4]).toBeCloseTo(0.02, 12);
  });

  it('lies between the raw p-value and the Holm adjustment, and keeps the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { maxLength: 40 }),
        (raw) => {
          const bh = benjaminiHochberg(raw);
          const strict = holm(raw);
          raw.forEach((p, i) => {
            if (p === null) return expect(bh[i]).toBeNull();
            expect(bh[i]).toBeGreaterThanOrEqual(p);
            expect(bh[i]).toBeLessThanOrEqual(strict[i]! + 1e-12);
            raw.forEach((q, j) => {
              if (q !== null && p < q) expect(bh[i]).toBeLessThanOrEqual(bh[j]!);
            });
          });
        },
      ),
    );
  });

  it('refuses values that are not probabilities', () => {
    expect(() => benjaminiHochberg([0.2, 1.5])).toThrow(RangeError);
    expect(() => holm([Number.NaN])).toThrow(RangeError);
  });
});
