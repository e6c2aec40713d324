import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString, Rng } from './prng';

describe('Rng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays within the bounds it is asked for', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, min, span) => {
        const rng = new Rng(seed);
        for (let i = 0; i < 20; i++) {
          const n = rng.int(min, min + span);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
          const x = rng.next();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('spreads values roughly evenly (no bucket of ten gets under half its share)', () => {
    const rng = new Rng(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[rng.int(0, 9)]!++;
    for (const count of buckets) expect(count).toBeGreaterThan(500);
  });

  it('makes ID-like text and honours weights', () => {
    const rng = new Rng(1);
    expect(rng.alnum(18)).toMatch(/^[a-z0-9]{18}$/);
    const picks = Array.from({ length: 1000 }, () =>
      rng.weighted([
        ['rare', 1],
        ['common', 9],
      ] as const),
    );
    const rare = picks.filter((p) => p === 'rare').length;
    expect(rare).toBeGreaterThan(40);
    expect(rare).toBeLessThan(200);
  });
});

describe('hashString', () => {
  it('is stable, and sensitive to the text and the seed', () => {
    expect(hashString('cn-hangzhou', 1)).toBe(hashString('cn-hangzhou', 1));
    expect(hashString('cn-hangzhou', 1)).not.toBe(hashString('cn-hangzhou', 2));
    expect(hashString('cn-hangzhou', 1)).not.toBe(hashString('cn-shanghai', 1));
  });
});
