// Fault injection: latency, throttling, server errors, hangs and malformed answers, set at start-up
// and changed at run time. The settings, their checks, the per-request draw and the throttle are
// pure; the server applies them.

import { LRUCache } from 'lru-cache';
import { apiErrors, type ApiError } from '../ecs/api-errors';
import { failure, success, type Result } from '../ecs/result';

export interface FaultSettings {
  /** Added to every answer. */
  latencyMs: number;
  /** Uniform 0..jitterMs extra. */
  jitterMs: number;
  /** Above this many requests per second (per AccessKey) answer 400 Throttling.User; null = off. */
  throttleQps: number | null;
  /** 0..1 share of requests answered 500 InternalError or 503 ServiceUnavailable. */
  errorRate: number;
  /** 0..1 share of requests that hang for hangMs before answering. */
  hangRate: number;
  hangMs: number;
  /** 0..1 share answered 200 with a truncated, invalid JSON body. */
  malformedRate: number;
}

export const DEFAULT_FAULTS: Readonly<FaultSettings> = Object.freeze({
  latencyMs: 0,
  jitterMs: 0,
  throttleQps: null,
  errorRate: 0,
  hangRate: 0,
  hangMs: 30_000,
  malformedRate: 0,
});

export const MAX_FAULT_DELAY_MS = 600_000;

type Check = (value: unknown) => string | undefined;

const duration: Check = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_FAULT_DELAY_MS
    ? undefined
    : `must be a number of milliseconds from 0 to ${MAX_FAULT_DELAY_MS}`;
const rate: Check = (v) =>
  typeof v === 'number' && v >= 0 && v <= 1 ? undefined : 'must be a number from 0 to 1';
const qps: Check = (v) =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0)
    ? undefined
    : 'must be a number of requests per second above 0, or null for no throttling';

const CHECKS: Record<keyof FaultSettings, Check> = {
  latencyMs: duration,
  jitterMs: duration,
  throttleQps: qps,
  errorRate: rate,
  hangRate: rate,
  hangMs: duration,
  malformedRate: rate,
};

function isFaultSetting(key: string): key is keyof FaultSettings {
  return Object.hasOwn(CHECKS, key);
}

/** What is wrong with one setting's value (e.g. "must be a number from 0 to 1"), or undefined. */
export function faultSettingProblem(key: keyof FaultSettings, value: unknown): string | undefined {
  return CHECKS[key](value);
}

/** Checks a partial settings object (as the admin route receives it), naming what is wrong. */
export function checkFaultSettings(input: unknown): Result<Partial<FaultSettings>, string> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return failure('fault settings must be a JSON object');
  for (const [key, value] of Object.entries(input)) {
    if (!isFaultSetting(key))
      return failure(`unknown fault setting "${key}"; known: ${Object.keys(CHECKS).join(', ')}`);
    const problem = faultSettingProblem(key, value);
    if (problem) return failure(`fault setting "${key}" ${problem}`);
  }
  return success(input as Partial<FaultSettings>);
}

/** The current settings, shared by the server and whoever changes them. */
export class FaultController {
  private settings: FaultSettings;

  constructor(initial: Partial<FaultSettings> = {}) {
    this.settings = { ...DEFAULT_FAULTS };
    this.set(initial);
  }

  get(): FaultSettings {
    return { ...this.settings };
  }

  /** Changes the given settings and keeps the others; throws (naming the setting) on a bad value. */
  set(partial: Partial<FaultSettings>): FaultSettings {
    const checked = checkFaultSettings(partial);
    if (!checked.ok) throw new Error(checked.error);
    this.settings = { ...this.settings, ...checked.value };
    return this.get();
  }
}

/** What happens to one request. */
export interface FaultPlan {
  /** Latency plus jitter, and hangMs when the request hangs. */
  delayMs: number;
  hang: boolean;
  failure?: ApiError;
  malformed: boolean;
}

/**
 * Draws one request's faults. Always draws four numbers in the same order, so a seeded `random`
 * gives a reproducible sequence whatever the settings are.
 */
export function planFaults(settings: FaultSettings, random: () => number): FaultPlan {
  const jitter = random() * settings.jitterMs;
  const hang = random() < settings.hangRate;
  const failureDraw = random();
  const malformed = random() < settings.malformedRate;
  const failure =
    failureDraw < settings.errorRate
      ? failureDraw < settings.errorRate / 2
        ? apiErrors.internalError()
        : apiErrors.serviceUnavailable()
      : undefined;
  const delayMs = settings.latencyMs + jitter + (hang ? settings.hangMs : 0);
  return failure ? { delayMs, hang, failure, malformed } : { delayMs, hang, malformed };
}

/**
 * Per-AccessKey token buckets: up to max(1, qps) requests at once, refilled at qps per second.
 * Bounded: past `maxKeys` the least recently used key is forgotten (lru-cache).
 */
export class Throttle {
  private readonly buckets: LRUCache<string, { tokens: number; atMs: number }>;

  constructor(maxKeys = 10_000) {
    this.buckets = new LRUCache({ max: maxKeys });
  }

  /** Takes a token for the key; false means the request is throttled. */
  take(key: string, qps: number, nowMs: number): boolean {
    const capacity = Math.max(1, qps);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, atMs: nowMs };
      this.buckets.set(key, bucket);
    }
    const elapsed = Math.max(0, nowMs - bucket.atMs) / 1000;
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * qps);
    bucket.atMs = nowMs;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

/** A body cut off half-way: a prefix of a JSON object is never valid JSON. */
export function truncateBody(body: string): string {
  return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
}
