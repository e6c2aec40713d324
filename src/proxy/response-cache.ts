// A small in-memory cache of successful upstream answers: short TTL, bounded by entry count and by
// total bytes, least recently used evicted first. Pure; the clock is injected.

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

interface Entry<V> {
  value: V;
  bytes: number;
  expiresAt: number;
}

export class ResponseCache<V> {
  // A Map iterates in insertion order; re-inserting on every hit makes the first key the least recent.
  private readonly entries = new Map<string, Entry<V>>();
  private totalBytes = 0;

  constructor(
    private readonly limits: CacheLimits,
    private readonly sizeOf: (value: V) => number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    this.totalBytes += entry.bytes;
    return entry.value;
  }

  set(key: string, value: V): void {
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    const bytes = this.sizeOf(value);
    if (bytes > this.limits.maxBytes || this.limits.ttlMs <= 0) return;
    this.entries.set(key, { value, bytes, expiresAt: this.now() + this.limits.ttlMs });
    this.totalBytes += bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.totalBytes <= this.limits.maxBytes) break;
      this.remove(oldKey, old);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  private remove(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
