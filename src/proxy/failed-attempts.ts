// Failed access-token attempts, per client address: a few in a row are fine (a mistyped link), then
// one more per interval, and the address is told how long to wait. A token bucket per address,
// bounded like every map keyed by input (lru-cache). The clock comes from the caller.

import { LRUCache } from 'lru-cache';

export const FAILED_ATTEMPTS_BURST = 10;
const FAILED_ATTEMPT_REFILL_MS = 6_000;

export class FailedAttempts {
  private readonly buckets = new LRUCache<string, { tokens: number; atMs: number }>({ max: 10_000 });

  constructor(
    private readonly burst = FAILED_ATTEMPTS_BURST,
    private readonly refillMs = FAILED_ATTEMPT_REFILL_MS,
  ) {}

  private bucket(address: string, nowMs: number) {
    const bucket = this.buckets.get(address) ?? { tokens: this.burst, atMs: nowMs };
    bucket.tokens = Math.min(this.burst, bucket.tokens + Math.max(0, nowMs - bucket.atMs) / this.refillMs);
    bucket.atMs = nowMs;
    this.buckets.set(address, bucket);
    return bucket;
  }

  /** How long the address must wait before its token is looked at again; 0: now. */
  waitMs(address: string, nowMs: number): number {
    const { tokens } = this.bucket(address, nowMs);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.refillMs);
  }

  record(address: string, nowMs: number): void {
    const bucket = this.bucket(address, nowMs);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
  }
}
