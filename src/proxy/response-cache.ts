// The cache of successful upstream answers, behind AnswerCache so that replicas can share one
// (redis-answer-cache.ts). In memory: short TTL, bounded by entry count and by total bytes, least
// recently used evicted first (lru-cache does all three). A TTL of 0 means no cache.

import { LRUCache } from 'lru-cache';

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = {
  maxEntries: 500,
  maxBytes: 64 * 1024 * 1024,
  ttlMs: 60_000,
};

export type ResponseCache = LRUCache<string, Buffer>;

/** Where answers are kept: this process's memory, or Redis for replicas that share them. */
export interface AnswerCache {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, body: Buffer): Promise<void>;
}

export function memoryAnswerCache(cache: ResponseCache): AnswerCache {
  return {
    get: async (key) => cache.get(key),
    set: async (key, body) => void cache.set(key, body),
  };
}

/** The cache, or undefined when the TTL is 0 (`--cache-ttl 0`); the clock is injectable for tests. */
export function createResponseCache(
  limits: CacheLimits,
  now: () => number = performance.now.bind(performance),
): ResponseCache | undefined {
  if (limits.ttlMs <= 0) return undefined;
  return new LRUCache<string, Buffer>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    // An empty body still takes a place.
    sizeCalculation: (body) => Math.max(1, body.length),
    ttl: limits.ttlMs,
    // Read the clock on every lookup rather than caching it for a millisecond.
    ttlResolution: 0,
    perf: { now },
  });
}
