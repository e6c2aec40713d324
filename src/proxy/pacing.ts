// Adaptive pacing per AccessKey × region × action (ECS throttles each account per region and API,
// docs/ecs-api-notes.md §4):
// AIMD on the number of calls in flight and, once the service has throttled, on the call rate —
// additive increase on success, multiplicative decrease on Throttling* — plus the retry budget of
// that key. Hung calls do not lower the limits (a fault is not a quota; their attempt timeout bounds
// them). A configured rate limit (`--rate-limit`, the account's quota) caps the rate from the first
// call on. The state sits behind PacingStore, whose operations a shared store implements atomically
// (redis-pacing-store.ts, for replicas that share one quota); this file's MemoryPacingStore keeps it
// in the process. The AIMD arithmetic is pure and takes the clock as a parameter.

import { LRUCache } from 'lru-cache';
import type { PacingState } from '../ecs/proxy-api';

/** How a call ended, as far as pacing is concerned. */
export type CallOutcome =
  /** The service answered (success, or an error that says nothing about load). */
  | 'answered'
  /** Throttling*: slow down. */
  | 'throttled'
  /** 5xx, a broken connection or an unusable answer. */
  | 'failed'
  /** Abandoned at its attempt timeout. */
  | 'timed-out'
  /** The place was given back unused (the browser left, or the cache had the answer meanwhile). */
  | 'unused';

export type StartDecision =
  | { started: true }
  /** `retryInMs`: when the rate allows the next call; null: when a call in flight ends. */
  | { started: false; retryInMs: number | null };

export interface PacingSnapshot {
  state: PacingState;
  inFlight: number;
  inFlightLimit: number;
  ratePerSecond: number | null;
  /** Tokens that would be missing for a call right now, in ms of refill (0 when one may go). */
  rateWaitMs: number;
  retryTokens: number;
  retryCapacity: number;
  lastThrottledAtMs: number | null;
  calls: number;
  throttledCalls: number;
  /** Typical time the service takes to answer, ms; EWMA of answered calls. */
  latencyMs: number;
}

/** A store's decision: a granted place comes with the ticket that gives it back. */
export type PlaceDecision = { started: true; ticket: string } | Extract<StartDecision, { started: false }>;

export interface PacingStore {
  /** Takes a place for one call when the key's limits allow one now. */
  tryStart(key: string, nowMs: number): Promise<PlaceDecision>;
  /** Gives the place back and adapts the key's limits to how the call ended. */
  finish(
    key: string,
    ticket: string,
    outcome: CallOutcome,
    startedAtMs: number,
    nowMs: number,
  ): Promise<void>;
  /** Takes `cost` tokens from the key's retry budget; false (and nothing taken) when too few are left. */
  takeRetry(key: string, cost: number): Promise<boolean>;
  snapshot(key: string, nowMs: number): Promise<PacingSnapshot>;
  /** Keys with state, for the status endpoint. */
  keys(): Promise<string[]>;
}

export interface PacingSettings {
  /** The most calls in flight per key (`--concurrency`). */
  maxInFlight: number;
  /** The most calls per second per key (`--rate-limit`, the account's quota); null: only what throttling teaches. */
  maxRatePerSecond: number | null;
}

export const PACING = {
  /** Calls in flight at first, before the key has shown what it bears (at most maxInFlight). */
  initialInFlight: 4,
  /** Multiplicative decreases. */
  inFlightDecrease: 0.5,
  rateDecrease: 0.7,
  /** The lowest rate: Alibaba advises probing at about 1 call per second after throttling. */
  minRatePerSecond: 0.5,
  /**
   * Additive increase: per second of success the rate grows by this share of the rate at which the
   * service last throttled (at least minRateIncrease calls/s), so it takes some 6 s to climb back
   * from the cut and probes beyond it slowly: a few % of calls throttled at 2 to 100 qps.
   */
  rateIncrease: 0.05,
  minRateIncrease: 0.02,
  /** A minute without throttling and the key is no longer rate-limited. */
  rateMemoryMs: 60_000,
  /** The retry budget: capacity, and what each success refunds (retryCost in retry-policy.ts). */
  retryCapacity: 50,
  successRefund: 1,
  /** Assumed before anything has been measured (5× this is the first attempt timeout, 2 s). */
  initialLatencyMs: 400,
} as const;

export interface KeyState {
  inFlight: number;
  /** Fractional; floor() of it is the limit. */
  inFlightLimit: number;
  ratePerSecond: number | null;
  /** The rate that was being sent when the service last throttled. */
  rateAtDecrease: number;
  rateTokens: number;
  rateRefilledAtMs: number;
  /** Calls that started before this moment do not decrease the limits again. */
  lastDecreaseAtMs: number;
  lastThrottledAtMs: number | null;
  retryTokens: number;
  /** Calls started in the current whole second and in the one before, to measure the rate sent. */
  secondStarted: number;
  startsThisSecond: number;
  startsLastSecond: number;
  calls: number;
  throttledCalls: number;
  latencyMs: number;
}

export function newKeyState(settings: PacingSettings): KeyState {
  return {
    inFlight: 0,
    inFlightLimit: Math.min(PACING.initialInFlight, settings.maxInFlight),
    ratePerSecond: settings.maxRatePerSecond,
    rateAtDecrease: 0,
    rateTokens: 1,
    rateRefilledAtMs: 0,
    lastDecreaseAtMs: -Infinity,
    lastThrottledAtMs: null,
    retryTokens: PACING.retryCapacity,
    secondStarted: 0,
    startsThisSecond: 0,
    startsLastSecond: 0,
    calls: 0,
    throttledCalls: 0,
    latencyMs: PACING.initialLatencyMs,
  };
}

const ewma = (previous: number, sample: number) => previous * 0.8 + sample * 0.2;

function refill(state: KeyState, settings: PacingSettings, nowMs: number): void {
  if (
    state.ratePerSecond !== null &&
    state.lastThrottledAtMs !== null &&
    nowMs - state.lastThrottledAtMs > PACING.rateMemoryMs
  )
    state.ratePerSecond = settings.maxRatePerSecond;
  if (state.ratePerSecond === null) {
    state.rateTokens = 1;
  } else {
    const elapsed = Math.max(0, nowMs - state.rateRefilledAtMs) / 1000;
    // One token at most: calls are spread evenly, never sent in a burst.
    state.rateTokens = Math.min(1, state.rateTokens + elapsed * state.ratePerSecond);
  }
  state.rateRefilledAtMs = nowMs;
}

export function tryStartCall(state: KeyState, settings: PacingSettings, nowMs: number): StartDecision {
  refill(state, settings, nowMs);
  if (state.inFlight >= Math.floor(state.inFlightLimit)) return { started: false, retryInMs: null };
  if (state.rateTokens < 1)
    return { started: false, retryInMs: ((1 - state.rateTokens) / state.ratePerSecond!) * 1000 };
  if (state.ratePerSecond !== null) state.rateTokens -= 1;
  state.inFlight++;
  state.calls++;
  countStart(state, nowMs);
  state.startsThisSecond++;
  return { started: true };
}

/** Moves the two one-second counters along to the second `nowMs` is in. */
function countStart(state: KeyState, nowMs: number): void {
  const second = Math.floor(nowMs / 1000);
  if (second === state.secondStarted) return;
  state.startsLastSecond = second === state.secondStarted + 1 ? state.startsThisSecond : 0;
  state.startsThisSecond = 0;
  state.secondStarted = second;
}

/** Calls started in the last second: this second's, and the share of the one before still inside it. */
function sentRate(state: KeyState, nowMs: number): number {
  countStart(state, nowMs);
  const intoSecond = (nowMs % 1000) / 1000;
  return state.startsThisSecond + state.startsLastSecond * (1 - intoSecond);
}

export function finishCall(
  state: KeyState,
  settings: PacingSettings,
  outcome: CallOutcome,
  startedAtMs: number,
  nowMs: number,
): void {
  state.inFlight = Math.max(0, state.inFlight - 1);
  switch (outcome) {
    case 'answered':
      state.latencyMs = ewma(state.latencyMs, nowMs - startedAtMs);
      state.inFlightLimit = Math.min(settings.maxInFlight, state.inFlightLimit + 1 / state.inFlightLimit);
      if (state.ratePerSecond !== null)
        state.ratePerSecond = Math.min(
          settings.maxRatePerSecond ?? Infinity,
          state.ratePerSecond +
            Math.max(PACING.minRateIncrease, PACING.rateIncrease * state.rateAtDecrease) /
              state.ratePerSecond,
        );
      state.retryTokens = Math.min(PACING.retryCapacity, state.retryTokens + PACING.successRefund);
      return;
    case 'throttled': {
      state.throttledCalls++;
      state.lastThrottledAtMs = nowMs;
      // Calls in flight when the limits last went down do not push them down again.
      if (startedAtMs < state.lastDecreaseAtMs) return;
      state.rateAtDecrease = Math.min(state.ratePerSecond ?? Infinity, sentRate(state, nowMs));
      state.ratePerSecond = Math.max(PACING.minRatePerSecond, state.rateAtDecrease * PACING.rateDecrease);
      state.rateTokens = Math.min(state.rateTokens, 0);
      state.inFlightLimit = Math.max(1, state.inFlightLimit * PACING.inFlightDecrease);
      state.lastDecreaseAtMs = nowMs;
      return;
    }
    case 'timed-out':
    case 'failed':
    case 'unused':
      return;
  }
}

export function snapshotOf(state: KeyState, settings: PacingSettings, nowMs: number): PacingSnapshot {
  refill(state, settings, nowMs);
  return describeState(state, settings);
}

/** The snapshot of a state already brought up to the moment (refilled). */
export function describeState(state: KeyState, settings: PacingSettings): PacingSnapshot {
  const slowed =
    (state.ratePerSecond !== null && state.ratePerSecond < (settings.maxRatePerSecond ?? Infinity)) ||
    Math.floor(state.inFlightLimit) < Math.min(PACING.initialInFlight, settings.maxInFlight);
  return {
    state: slowed ? 'slowed' : 'steady',
    inFlight: state.inFlight,
    inFlightLimit: Math.floor(state.inFlightLimit),
    ratePerSecond: state.ratePerSecond,
    rateWaitMs:
      state.ratePerSecond === null ? 0 : (Math.max(0, 1 - state.rateTokens) / state.ratePerSecond) * 1000,
    retryTokens: state.retryTokens,
    retryCapacity: PACING.retryCapacity,
    lastThrottledAtMs: state.lastThrottledAtMs,
    calls: state.calls,
    throttledCalls: state.throttledCalls,
    latencyMs: state.latencyMs,
  };
}

/** The store of one proxy process. */
export class MemoryPacingStore implements PacingStore {
  private readonly states: LRUCache<string, KeyState>;

  constructor(private readonly settings: PacingSettings) {
    // Bounded like every map keyed by input; a key is an AccessKey × region × action actually called.
    this.states = new LRUCache({ max: 10_000 });
  }

  private state(key: string): KeyState {
    let state = this.states.get(key);
    if (!state) {
      state = newKeyState(this.settings);
      this.states.set(key, state);
    }
    return state;
  }

  async tryStart(key: string, nowMs: number): Promise<PlaceDecision> {
    const decision = tryStartCall(this.state(key), this.settings, nowMs);
    // Places of one process are counted, not named.
    return decision.started ? { started: true, ticket: '' } : decision;
  }

  async finish(
    key: string,
    _ticket: string,
    outcome: CallOutcome,
    startedAtMs: number,
    nowMs: number,
  ): Promise<void> {
    finishCall(this.state(key), this.settings, outcome, startedAtMs, nowMs);
  }

  async takeRetry(key: string, cost: number): Promise<boolean> {
    const state = this.state(key);
    if (state.retryTokens < cost) return false;
    state.retryTokens -= cost;
    return true;
  }

  async snapshot(key: string, nowMs: number): Promise<PacingSnapshot> {
    return snapshotOf(this.state(key), this.settings, nowMs);
  }

  async keys(): Promise<string[]> {
    return [...this.states.keys()];
  }
}
