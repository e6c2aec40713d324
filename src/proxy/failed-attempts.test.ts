import { describe, expect, it } from 'vitest';
import { FailedAttempts } from './failed-attempts';

describe('FailedAttempts', () => {
  it('lets a few mistakes through, then one per interval, per address', () => {
    const limit = new FailedAttempts(3, 1_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(limit.waitMs('10.0.0.1', t0)).toBe(0);
      limit.record('10.0.0.1', t0);
    }
    expect(limit.waitMs('10.0.0.1', t0)).toBe(1_000);
    expect(limit.waitMs('10.0.0.2', t0)).toBe(0);
    expect(limit.waitMs('10.0.0.1', t0 + 400)).toBe(600);
    expect(limit.waitMs('10.0.0.1', t0 + 1_000)).toBe(0);
    limit.record('10.0.0.1', t0 + 1_000);
    expect(limit.waitMs('10.0.0.1', t0 + 1_000)).toBe(1_000);
  });

  it('allows at most burst + elapsed / interval failures over any stretch of time', () => {
    const limit = new FailedAttempts(5, 2_000);
    let allowed = 0;
    for (let t = 0; t < 60_000; t += 100)
      if (limit.waitMs('a', t) === 0) {
        allowed++;
        limit.record('a', t);
      }
    expect(allowed).toBeLessThanOrEqual(5 + 60_000 / 2_000);
  });
});
