// Replay protection: an (AccessKeyId, nonce) pair may be used once within the 15-minute window
// (signing-and-credentials §7: the service's window is undocumented; we remember nonces as long as
// a timestamp stays acceptable). Memory is bounded: entries expire, and past `maxEntries` the
// oldest are dropped first.

export const NONCE_WINDOW_MS = 15 * 60_000;

export class NonceCache {
  // Insertion order is expiry order while the clock moves forward, so pruning stops early.
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly windowMs = NONCE_WINDOW_MS,
    private readonly maxEntries = 200_000,
  ) {}

  /** Records the pair and says whether it was fresh (not seen within the window). */
  use(accessKeyId: string, nonce: string, nowMs: number): boolean {
    this.prune(nowMs);
    const key = `${accessKeyId}\n${nonce}`;
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > nowMs) return false;
    this.expiries.delete(key);
    this.expiries.set(key, nowMs + this.windowMs);
    while (this.expiries.size > this.maxEntries) this.expiries.delete(this.expiries.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }

  private prune(nowMs: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > nowMs) break;
      this.expiries.delete(key);
    }
  }
}
