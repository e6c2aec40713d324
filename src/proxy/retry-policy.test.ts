import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  planRetry,
  retryCost,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };
const response = (status: number, code?: string, retryAfterMs?: number): AttemptOutcome => ({
  kind: 'response',
  status,
  code,
  retryAfterMs,
});
const half = () => 0.5;

describe('planRetry', () => {
  it('retries throttling (whatever its status), server errors and network failures', () => {
    for (const outcome of [
      response(400, 'Throttling.User'),
      response(400, 'Throttling'),
      response(503, 'ServiceUnavailable'),
      response(500, 'InternalError'),
      response(502, undefined),
      { kind: 'network-error' } as const,
      { kind: 'attempt-timeout' } as const,
    ]) {
      expect(planRetry(policy, 1, outcome, 10_000, half).retry).toBe(true);
    }
  });

  it('never retries other client errors, successes, a spent budget or an abort', () => {
    for (const outcome of [
      response(400, 'InvalidParameter'),
      response(404, 'InvalidAccessKeyId.NotFound'),
      response(400, 'SignatureDoesNotMatch'),
      response(403, 'Forbidden.RAM'),
      response(200, undefined),
      { kind: 'timeout' } as const,
      { kind: 'aborted' } as const,
    ]) {
      expect(planRetry(policy, 1, outcome, 10_000, half)).toEqual({ retry: false });
    }
  });

  it('stops after maxAttempts', () => {
    const throttled = response(400, 'Throttling.User');
    expect(planRetry(policy, 3, throttled, 10_000, half).retry).toBe(true);
    expect(planRetry(policy, 4, throttled, 10_000, half).retry).toBe(false);
  });

  it('honours x-acs-retry-after, capped at the maximum delay', () => {
    expect(planRetry(policy, 1, response(400, 'Throttling', 700), 10_000, half)).toEqual({
      retry: true,
      delayMs: 700,
    });
    expect(planRetry(policy, 1, response(400, 'Throttling', 60_000), 10_000, half)).toEqual({
      retry: true,
      delayMs: 1_000,
    });
  });

  it('gives up when the wait would not fit in what is left of the time budget', () => {
    expect(planRetry(policy, 1, response(400, 'Throttling', 700), 600, half)).toEqual({ retry: false });
    expect(planRetry(policy, 1, response(503, 'ServiceUnavailable'), 0, () => 0)).toEqual({ retry: false });
  });
});

describe('retryCost', () => {
  it('charges a hung call twice what another failure costs the retry budget', () => {
    expect(retryCost({ kind: 'attempt-timeout' })).toBe(2 * retryCost(response(503, 'ServiceUnavailable')));
    expect(retryCost({ kind: 'network-error' })).toBe(retryCost(response(400, 'Throttling.User')));
  });
});

describe('backoffDelayMs (full jitter)', () => {
  it('stays within [0, min(max, base·2^(n−1))) and grows with each retry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
          const delay = backoffDelayMs(policy, n, () => r);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.max(ceiling, 1));
        },
      ),
    );
    const almostOne = () => 0.999;
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(policy, n, almostOne))).toEqual([
      99, 199, 399, 799, 999,
    ]);
  });

  it('has defaults that keep a throttled request inside a 10 s budget', () => {
    const worst = [1, 2, 3].reduce((sum, n) => sum + backoffDelayMs(DEFAULT_RETRY_POLICY, n, () => 0.999), 0);
    expect(worst).toBeLessThan(2_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads whole numbers and ignores anything else', () => {
    expect(parseRetryAfter('1500')).toBe(1500);
    expect(parseRetryAfter(' 20 ')).toBe(20);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-1')).toBeUndefined();
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
  });
});
