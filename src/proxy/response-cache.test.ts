import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResponseCache, type CacheLimits } from './response-cache';

// The clock starts past 0: lru-cache treats a start time of 0 as "no TTL".
const T0 = 1_000;

function cacheAt(limits: CacheLimits) {
  const clock = { t: T0 };
  const cache = createResponseCache(limits, () => clock.t)!;
  return { cache, clock };
}

const body = (text: string) => Buffer.from(text);
const text = (buffer: Buffer | undefined) => buffer?.toString();

describe('the response cache', () => {
  it('answers within the TTL and forgets afterwards', () => {
    const { cache, clock } = cacheAt({ maxEntries: 10, maxBytes: 1000, ttlMs: 60_000 });
    cache.set('k', body('answer'));
    clock.t = T0 + 60_000;
    expect(text(cache.get('k'))).toBe('answer');
    clock.t = T0 + 60_001;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.calculatedSize).toBe(0);
  });

  it('does not exist with a TTL of 0 (--cache-ttl 0)', () => {
    expect(createResponseCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 0 })).toBeUndefined();
  });

  it('evicts the least recently used entry when full', () => {
    const { cache } = cacheAt({ maxEntries: 2, maxBytes: 1000, ttlMs: 1000 });
    cache.set('a', body('A'));
    cache.set('b', body('B'));
    expect(text(cache.get('a'))).toBe('A');
    cache.set('c', body('C'));
    expect(cache.get('b')).toBeUndefined();
    expect(text(cache.get('a'))).toBe('A');
    expect(text(cache.get('c'))).toBe('C');
  });

  it('keeps the total size under its byte limit and skips values larger than it', () => {
    const { cache } = cacheAt({ maxEntries: 100, maxBytes: 10, ttlMs: 1000 });
    cache.set('a', body('12345'));
    cache.set('b', body('12345'));
    cache.set('c', body('123'));
    expect(cache.calculatedSize).toBeLessThanOrEqual(10);
    expect(cache.get('a')).toBeUndefined();
    cache.set('huge', body('x'.repeat(11)));
    expect(cache.get('huge')).toBeUndefined();
    expect(text(cache.get('c'))).toBe('123');
  });

  it('replaces a value under the same key without counting it twice', () => {
    const { cache } = cacheAt({ maxEntries: 10, maxBytes: 100, ttlMs: 1000 });
    cache.set('k', body('old value'));
    cache.set('k', body('new'));
    expect(text(cache.get('k'))).toBe('new');
    expect(cache.calculatedSize).toBe(3);
  });

  it('never exceeds its limits nor answers stale, whatever the sequence of operations', () => {
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
            cache.set(o.set, body(o.value));
            model.set(o.set, { value: o.value, at: clock.t });
          } else if ('get' in o) {
            const got = cache.get(o.get);
            // Whatever it answers is what was last stored, and never stale.
            if (got !== undefined) {
              expect(text(got)).toBe(model.get(o.get)?.value);
              expect(clock.t - model.get(o.get)!.at).toBeLessThanOrEqual(1000);
            }
          } else clock.t += o.advance;
          expect(cache.size).toBeLessThanOrEqual(3);
          expect(cache.calculatedSize).toBeLessThanOrEqual(12);
        }
      }),
    );
  });
});
