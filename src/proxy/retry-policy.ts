// When the proxy calls ECS again, and after how long: only for throttling, server errors, calls
// that hung past their attempt timeout, unusable answers and network failures (docs/ecs-api-notes.md §4,
// api-errors.ts isRetryableError), with exponential backoff and full jitter, honouring the service's
// `x-acs-retry-after`, never beyond the request's time budget. Every retry also costs tokens from a
// retry budget (pacing.ts), in the spirit of the AWS SDKs' retry quota: when it is spent, the first
// failure is answered as it is. The proxy is the only layer that retries. Pure.

import { isRetryableError } from '../ecs/api-errors';

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 };

export type AttemptOutcome =
  | { kind: 'response'; status: number; code: string | undefined; retryAfterMs: number | undefined }
  /** The connection failed or broke before a whole answer arrived, or the answer was not usable. */
  | { kind: 'network-error' }
  /** This attempt took longer than its own timeout and was abandoned; the budget may allow another. */
  | { kind: 'attempt-timeout' }
  /** The time budget ran out; nothing is left for another attempt. */
  | { kind: 'timeout' }
  /** The browser went away; there is nobody to answer. */
  | { kind: 'aborted' };

export function isRetryableOutcome(outcome: AttemptOutcome): boolean {
  switch (outcome.kind) {
    case 'response':
      return isRetryableError(outcome.status, outcome.code ?? '');
    case 'network-error':
    case 'attempt-timeout':
      return true;
    case 'timeout':
    case 'aborted':
      return false;
  }
}

/** Retry-budget tokens a retry after this outcome costs: a hung call twice as much (as in the AWS SDKs). */
export function retryCost(outcome: AttemptOutcome): number {
  return outcome.kind === 'attempt-timeout' ? 10 : 5;
}

/**
 * `x-acs-retry-after` as milliseconds. @alicloud/openapi-core reads it with parseInt and
 * @darabonba/typescript's retry uses it directly as a delay in ms (getBackoffDelay); the service's
 * unit is not documented, so we follow the SDK.
 */
export function parseRetryAfter(header: string | undefined): number | undefined {
  if (header === undefined || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header);
}

/** Full jitter: uniform in [0, min(max, base · 2^(retry−1))). `retry` counts from 1. */
export function backoffDelayMs(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Whether attempt number `attempt` (from 1) is followed by another, and after what delay.
 * `remainingMs` is what is left of the budget once the next attempt has had the time it needs.
 */
export function planRetry(
  policy: RetryPolicy,
  attempt: number,
  outcome: AttemptOutcome,
  remainingMs: number,
  random: () => number,
): RetryDecision {
  if (attempt >= policy.maxAttempts || !isRetryableOutcome(outcome)) return { retry: false };
  const hinted = outcome.kind === 'response' ? outcome.retryAfterMs : undefined;
  const delayMs =
    hinted !== undefined ? Math.min(hinted, policy.maxDelayMs) : backoffDelayMs(policy, attempt, random);
  // A retry that cannot finish inside the budget only turns a real answer into a timeout.
  return delayMs < remainingMs ? { retry: true, delayMs } : { retry: false };
}
