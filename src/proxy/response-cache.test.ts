import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

function cacheAt(limits: { maxEntries: number; maxBytes: number; ttlMs: number }) {
  const clock = { t: 0 };
  const cache = new ResponseCache<string>(
    limits,
    (v) => v.length,
    () => clock.t,
  );
  return { cache, clock };
}

describe('ResponseCache', () => {
  it('answers within the TTL and forgets afterwards', () => {
    const { cache, clock } = cacheAt({ maxEntries: 10, maxBytes: 1000, ttlMs: 60_000 });
    cache.set('k', 'answer');
    clock.t = 59_999;
    expect(cache.get('k')).toBe('answer');
    clock.t = 60_000;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('keeps nothing with a TTL of 0 (--cache-ttl 0)', () => {
    const { cache } = cacheAt({ maxEntries: 10, maxBytes: 1000, ttlMs: 0 });
    cache.set('k', 'answer');
    expect(cache.get('k')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('evicts the least recently used entry when full', () => {
    const { cache } = cacheAt({ maxEntries: 2, maxBytes: 1000, ttlMs: 1000 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
  });

  it('keeps the total size under its byte limit and skips values larger than it', () => {
    const { cache } = cacheAt({ maxEntries: 100, maxBytes: 10, ttlMs: 1000 });
    cache.set('a', '12345');
    cache.set('b', '12345');
    cache.set('c', '123');
    expect(cache.bytes).toBeLessThanOrEqual(10);
    expect(cache.get('a')).toBeUndefined();
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('c')).toBe('123');
  });

  it('replaces a value under the same key without counting it twice', () => {
    const { cache } = cacheAt({ maxEntries: 10, maxBytes: 100, ttlMs: 1000 });
    cache.set('k', 'old value');
    cache.set('k', 'new');
    expect(cache.get('k')).toBe('new');
    expect(cache.bytes).toBe(3);
  });

  it('never exceeds its limits, whatever the sequence of operations', () => {
    const op = fc.oneof(
      fc.record({ set: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), value: fc.string({ maxLength: 8 }) }),
      fc.record({ get: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
      fc.record({ advance: fc.integer({ min: 0, max: 600 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const { cache, clock } = cacheAt({ maxEntries: 3, maxBytes: 12, ttlMs: 1000 });
        const model = new Map<string, { value: string; at: number }>();
        for (const o of ops) {
          if ('set' in o) {
            cache.set(o.set, o.value);
            model.set(o.set, { value: o.value, at: clock.t });
          } else if ('get' in o) {
            const got = cache.get(o.get);
            // Whatever it answers is what was last stored, and never stale.
            if (got !== undefined) {
              expect(got).toBe(model.get(o.get)?.value);
              expect(clock.t - model.get(o.get)!.at).toBeLessThan(1000);
            }
          } else clock.t += o.advance;
          expect(cache.size).toBeLessThanOrEqual(3);
          expect(cache.bytes).toBeLessThanOrEqual(12);
        }
      }),
    );
  });
});
