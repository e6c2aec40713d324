// Replay protection: an (AccessKeyId, nonce) pair may be used once within the 15-minute window
// (docs/signing-and-credentials.md §7: the service's window is undocumented; we remember nonces as long as
// a timestamp stays acceptable). Memory is bounded: entries expire, and past `maxEntries` the least
// recently used go first (lru-cache). The clock is the time of the request being checked, so tests
// can freeze it.

import { LRUCache } from 'lru-cache';

export const NONCE_WINDOW_MS = 15 * 60_000;

export class NonceCache {
  private nowMs = 0;
  private readonly seen: LRUCache<string, true>;

  constructor(windowMs = NONCE_WINDOW_MS, maxEntries = 200_000) {
    this.seen = new LRUCache<string, true>({
      max: maxEntries,
      ttl: windowMs,
      ttlResolution: 0,
      perf: { now: () => this.nowMs },
    });
  }

  /** Records the pair and says whether it was fresh (not seen within the window). */
  use(accessKeyId: string, nonce: string, nowMs: number): boolean {
    this.nowMs = nowMs;
    const key = `${accessKeyId}\n${nonce}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }

  /** Pairs remembered now (expired ones are forgotten first). */
  get size(): number {
    this.seen.purgeStale();
    return this.seen.size;
  }
}
