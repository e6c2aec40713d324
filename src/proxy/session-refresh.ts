// When the proxy asks STS again for an account's temporary credentials (AssumeRole). Pure: the
// state and the clock come in, a decision comes out; assumed-role-provider.ts acts on it.
//
// A session is refreshed once 80% of its lifetime has passed (and at least a minute before it
// ends), while the old one still serves requests; only a session about to end makes requests wait
// for the new one. A refusal is remembered for a while, so a refused role costs one STS call per
// FAILURE_HOLD_MS however many requests want the account.

export interface SessionTimes {
  issuedAtMs: number;
  expiresAtMs: number;
}

/** A session this close to its end is not used: a request signed now must still arrive in time. */
export const END_MARGIN_MS = 30_000;
/** How long a failed AssumeRole is the answer before STS is asked again. */
export const FAILURE_HOLD_MS = 30_000;

/** When a session should be replaced. */
export function refreshAtMs(session: SessionTimes): number {
  const lifetime = session.expiresAtMs - session.issuedAtMs;
  return Math.min(session.issuedAtMs + lifetime * 0.8, session.expiresAtMs - 60_000);
}

export type RefreshDecision =
  /** The session is good. */
  | 'use'
  /** The session is good, but ask STS for the next one now (without waiting for it). */
  | 'use-and-refresh'
  /** No session that can be used: wait for STS. */
  | 'wait-for-new'
  /** No usable session, and STS refused lately: give that refusal again. */
  | 'refused';

export function decideRefresh(
  nowMs: number,
  session: SessionTimes | undefined,
  lastFailureAtMs: number | undefined,
): RefreshDecision {
  const failedLately = lastFailureAtMs !== undefined && nowMs - lastFailureAtMs < FAILURE_HOLD_MS;
  if (!session || nowMs >= session.expiresAtMs - END_MARGIN_MS)
    return failedLately ? 'refused' : 'wait-for-new';
  if (nowMs >= refreshAtMs(session) && !failedLately) return 'use-and-refresh';
  return 'use';
}
