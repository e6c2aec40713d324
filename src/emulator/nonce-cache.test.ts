import { describe, expect, it } from 'vitest';
import { NONCE_WINDOW_MS, NonceCache } from './nonce-cache';

const t0 = Date.UTC(2024, 0, 2, 3, 4, 5);

describe('NonceCache', () => {
  it('refuses a nonce reused by the same AccessKey within the window, not by another key', () => {
    const cache = new NonceCache();
    expect(cache.use('ak1', 'n1', t0)).toBe(true);
    expect(cache.use('ak1', 'n1', t0 + 1000)).toBe(false);
    expect(cache.use('ak2', 'n1', t0 + 1000)).toBe(true);
    expect(cache.use('ak1', 'n2', t0 + 1000)).toBe(true);
  });

  it('accepts the nonce again once the window has passed, and forgets expired entries', () => {
    const cache = new NonceCache();
    cache.use('ak1', 'n1', t0);
    cache.use('ak1', 'n2', t0 + 10);
    expect(cache.use('ak1', 'n1', t0 + NONCE_WINDOW_MS - 1)).toBe(false);
    expect(cache.use('ak1', 'n1', t0 + NONCE_WINDOW_MS + 20)).toBe(true);
    expect(cache.size).toBe(1);
  });

  it('never holds more than its limit, dropping the oldest first', () => {
    const cache = new NonceCache(NONCE_WINDOW_MS, 100);
    for (let i = 0; i < 1000; i++) cache.use('ak', `n${i}`, t0 + i);
    expect(cache.size).toBe(100);
    expect(cache.use('ak', 'n999', t0 + 1000)).toBe(false);
    expect(cache.use('ak', 'n0', t0 + 1000)).toBe(true);
  });
});
