import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProportionally } from './allocation.ts';

describe('allocateProportionally', () => {
  it('shares by largest remainder', () => {
    // 17 among 50/30/20: ideals 8.5, 5.1, 3.4 → 8, 5, 3 and the one left goes to the largest remainder (0.5).
    const shares = allocateProportionally(17, [
      { key: 'a', weight: 50, capacity: 50 },
      { key: 'b', weight: 30, capacity: 30 },
      { key: 'c', weight: 20, capacity: 20 },
    ]);
    expect(Object.fromEntries(shares!)).toEqual({ a: 9, b: 5, c: 3 });
  });

  it('fills a stratum that cannot supply its share and shares the rest among the others', () => {
    const shares = allocateProportionally(10, [
      { key: 'a', weight: 10, capacity: 2 },
      { key: 'b', weight: 5, capacity: 20 },
      { key: 'c', weight: 5, capacity: 20 },
    ]);
    expect(Object.fromEntries(shares!)).toEqual({ a: 2, b: 4, c: 4 });
  });

  it('says when the strata cannot supply the total', () => {
    expect(allocateProportionally(5, [{ key: 'a', weight: 1, capacity: 4 }])).toBeNull();
  });

  it('always gives exactly the total and never more than a stratum holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.nat(50), capacity: fc.nat(50) }), { minLength: 1, maxLength: 8 }),
        fc.nat(200),
        (raw, total) => {
          const strata = raw.map((stratum, index) => ({ key: `s${index}`, ...stratum }));
          const shares = allocateProportionally(total, strata);
          const capacity = strata.reduce((sum, stratum) => sum + stratum.capacity, 0);
          if (total > capacity) return shares === null;
          expect(shares).not.toBeNull();
          expect([...shares!.values()].reduce((a, b) => a + b, 0)).toBe(total);
          for (const stratum of strata) expect(shares!.get(stratum.key)!).toBeLessThanOrEqual(stratum.capacity);
          return true;
        },
      ),
    );
  });
});
