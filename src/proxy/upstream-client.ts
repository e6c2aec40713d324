// Sends signed requests to the ECS endpoint, the proxy's one retry layer: keep-alive connections,
// one time budget per call (retries included) and a shorter timeout per attempt, so a hung call is
// abandoned and retried while time remains; retries per retry-policy.ts, each paid from the key's
// retry budget; a place per attempt from the paced queue (pacing.ts, paced-queue.ts); a cap on the
// answer's size; a strict JSON check of every body (json-check.ts); redirects never followed. The
// browser's abort cancels the call. Each attempt is signed afresh (a new nonce and time), because
// the service refuses a reused nonce. What the client is doing is visible through status().

import http from 'node:http';
import https from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import { isThrottlingCode, type ApiError } from '../ecs/api-errors';
import { proxyErrors } from '../ecs/proxy-errors';
import { maskAccessKeyId, type PendingCall, type ProxyStatus, type RegionPacing } from '../ecs/proxy-api';
import { isStrictJson } from './json-check';
import type { AttemptLabel, UpstreamObserver } from './metrics';
import { PacedQueue } from './paced-queue';
import { MemoryPacingStore, type CallOutcome, type PacingStore } from './pacing';
import {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  planRetry,
  retryCost,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy';
import type { SignedRequest } from './signer';

export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/** The first attempt may take this long at least; each further one twice as long as the one before. */
export const MIN_ATTEMPT_TIMEOUT_MS = 2_000;
/** …and otherwise this many times the key's typical answer time. */
const ATTEMPT_TIMEOUT_FACTOR = 5;

/**
 * How long attempt number `attempt` (from 1) may take before it is abandoned: a few times the
 * service's typical answer time, at most half the budget (so a retry fits). It doubles with each
 * attempt, so an endpoint slower than the first guess still gets through on a later one.
 */
export function attemptTimeoutMs(budgetMs: number, typicalLatencyMs: number, attempt: number): number {
  const floor = MIN_ATTEMPT_TIMEOUT_MS * 2 ** (attempt - 1);
  return Math.min(budgetMs / 2, Math.max(floor, ATTEMPT_TIMEOUT_FACTOR * typicalLatencyMs));
}

/** Whose limits a call counts against: an AccessKey, or an account of the accounts file. */
export interface PacedIdentity {
  accessKeyId: string;
  /**
   * The account of the accounts file the call is made as. Its calls are paced together whatever
   * key signs them: temporary keys change with every AssumeRole, and the service's limits are the
   * account's.
   */
  account?: string | undefined;
}

const ACCOUNT_PREFIX = 'account:';

/** The pacing key of an identity in a region for an action: whose quota a call counts against. */
function pacingKey(who: PacedIdentity, regionId: string, action: string): string {
  return JSON.stringify([
    who.account !== undefined ? ACCOUNT_PREFIX + who.account : who.accessKeyId,
    regionId,
    action,
  ]);
}

function parsePacingKey(key: string): {
  accessKeyId: string;
  account?: string;
  regionId: string;
  action: string;
} {
  const [who = '', regionId = '', action = ''] = JSON.parse(key) as string[];
  return who.startsWith(ACCOUNT_PREFIX)
    ? { accessKeyId: '', account: who.slice(ACCOUNT_PREFIX.length), regionId, action }
    : { accessKeyId: who, regionId, action };
}

export interface UpstreamClientOptions {
  /** The time budget of one call, retries included. */
  timeoutMs: number;
  /** The most calls in flight per AccessKey and region. */
  concurrency: number;
  maxResponseBytes?: number;
  retry?: RetryPolicy;
  random?: () => number;
  /** Waits between attempts; tests replace it to hold a retry until they have changed something. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Where the pacing state lives; one proxy process keeps it in memory. */
  pacing?: PacingStore;
  /** Told of every attempt, retry and call in flight (metrics.ts). */
  observer?: UpstreamObserver;
  now?: () => number;
}

/** One call to make, with everything the client needs to know about it. */
export interface UpstreamCallSpec extends PacedIdentity {
  /** Signs one attempt. */
  sign: () => SignedRequest;
  /** The endpoint, named in error messages. */
  host: string;
  regionId: string;
  action: string;
  /** What the status endpoint calls it (proxy-api.ts PendingCall.key). */
  statusKey: string;
  /** Looks in the answer cache again once a place is granted; absent when the request bypasses it. */
  recheck?: () => Promise<Buffer | undefined>;
  /** Browser requests waiting for this call. */
  waiters?: () => number;
}

export interface Timing {
  attempts: number;
  /** Time spent waiting for the endpoint, summed over attempts. */
  upstreamMs: number;
  /** Time spent waiting for a place to call. */
  queuedMs: number;
}

export type UpstreamResult =
  | ({ kind: 'answer'; status: number; body: Buffer; code: string | undefined } & Timing)
  /** The cache had it by the time a place was granted. */
  | ({ kind: 'cached'; body: Buffer } & Timing)
  | ({ kind: 'failed'; error: ApiError; retryAfterMs?: number } & Timing)
  | ({ kind: 'aborted' } & Timing);

type Attempt =
  | { kind: 'response'; status: number; body: Buffer; retryAfter: string | undefined }
  | { kind: 'network-error'; reason: string }
  | { kind: 'too-large' }
  | { kind: 'redirect'; status: number }
  /** Ended by the budget, the browser, or the attempt's own timeout (told apart by the caller). */
  | { kind: 'stopped' };

const defaultSleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal });

export class UpstreamClient {
  private readonly agents: Record<'http:' | 'https:', http.Agent>;
  private readonly store: PacingStore;
  private readonly queue: PacedQueue;
  private readonly maxBytes: number;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly pendingCalls = new Set<{ call: PendingCall; waiters: () => number }>();

  constructor(private readonly options: UpstreamClientOptions) {
    const agentOptions = { keepAlive: true };
    this.agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
    this.now = options.now ?? Date.now;
    this.store =
      options.pacing ?? new MemoryPacingStore({ maxInFlight: options.concurrency, maxRatePerSecond: null });
    this.queue = new PacedQueue(this.store, this.now);
    this.maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? defaultSleep;
  }

  async send(spec: UpstreamCallSpec, clientSignal: AbortSignal): Promise<UpstreamResult> {
    const started = this.now();
    // One controller for the browser's abort and the time budget: AbortSignal.any and .timeout
    // cost a noticeable share of the proxy's own time per call (bench case 2).
    const budget = new AbortController();
    const onClientAbort = () => budget.abort(clientSignal.reason);
    if (clientSignal.aborted) onClientAbort();
    clientSignal.addEventListener('abort', onClientAbort, { once: true });
    const timer = setTimeout(() => budget.abort(), this.options.timeoutMs);
    const call: PendingCall = {
      key: spec.statusKey,
      regionId: spec.regionId,
      ...(spec.account !== undefined ? { account: spec.account } : {}),
      phase: 'queued',
      attempt: 1,
      maxAttempts: this.retry.maxAttempts,
      lastFailure: null,
      waiters: 1,
    };
    const entry = { call, waiters: spec.waiters ?? (() => 1) };
    this.pendingCalls.add(entry);
    try {
      return await this.attempts(spec, call, clientSignal, budget.signal, started);
    } finally {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
      this.pendingCalls.delete(entry);
    }
  }

  /** The attempts of one call; `signal` ends them when the browser goes away or the budget is spent. */
  private async attempts(
    spec: UpstreamCallSpec,
    call: PendingCall,
    clientSignal: AbortSignal,
    signal: AbortSignal,
    started: number,
  ): Promise<UpstreamResult> {
    const key = pacingKey(spec, spec.regionId, spec.action);
    const labels = {
      action: spec.action,
      accessKeyId: spec.accessKeyId,
      ...(spec.account !== undefined ? { account: spec.account } : {}),
      regionId: spec.regionId,
    };
    const observer = this.options.observer;
    const deadline = started + this.options.timeoutMs;
    const timing: Timing = { attempts: 0, upstreamMs: 0, queuedMs: 0 };
    /** The answer to give if the next attempt cannot be made. */
    let last: UpstreamResult | undefined;
    const stopped = (): UpstreamResult =>
      clientSignal.aborted
        ? { kind: 'aborted', ...timing }
        : last
          ? { ...last, ...timing }
          : {
              kind: 'failed',
              error: proxyErrors.upstreamTimeout(spec.host, this.options.timeoutMs),
              ...timing,
            };

    for (let attempt = 1; ; attempt++) {
      call.phase = 'queued';
      call.attempt = attempt;
      const admitted = await this.queue.acquire(key, { arrivedAtMs: started, deadlineMs: deadline, signal });
      if (!admitted.ok) {
        const refusal = admitted.error;
        if (refusal.reason === 'aborted') return stopped();
        if (last) return { ...last, ...timing };
        return {
          kind: 'failed',
          error: proxyErrors.overloaded(spec.host, refusal.waitMs),
          retryAfterMs: refusal.waitMs,
          ...timing,
        };
      }
      const place = admitted.value;
      timing.queuedMs += place.queuedMs;
      const cached = await spec.recheck?.();
      if (cached) {
        place.release('unused');
        return { kind: 'cached', body: cached, ...timing };
      }

      call.phase = 'sending';
      const { latencyMs } = await this.store.snapshot(key, this.now());
      const attemptMs = Math.min(
        deadline - this.now(),
        attemptTimeoutMs(this.options.timeoutMs, latencyMs, attempt),
      );
      timing.attempts++;
      const sentAt = this.now();
      observer?.inFlight(labels, 1);
      const result = await this.attempt(spec.sign(), signal, attemptMs);
      observer?.inFlight(labels, -1);
      const tookMs = this.now() - sentAt;
      timing.upstreamMs += tookMs;

      const judged = this.judge(result, spec.host, signal, attemptMs, timing);
      observer?.attempt(labels, clientSignal.aborted ? 'aborted' : judged.label, tookMs / 1000);
      place.release(clientSignal.aborted ? 'unused' : judged.pacing);
      if (judged.final || signal.aborted) return signal.aborted ? stopped() : judged.result;
      last = judged.result;

      const plan = planRetry(
        this.retry,
        attempt,
        judged.outcome,
        deadline - this.now() - latencyMs,
        this.random,
      );
      if (!plan.retry || !(await this.store.takeRetry(key, retryCost(judged.outcome)))) return judged.result;
      observer?.retry(labels, judged.label);
      call.phase = 'backing-off';
      call.lastFailure = judged.result.kind === 'failed' ? judged.result.error.code : (judged.code ?? null);
      try {
        await this.sleep(plan.delayMs, signal);
      } catch {
        return stopped();
      }
    }
  }

  /**
   * What one attempt means: for pacing, for the retry decision, and as the answer to give if there
   * is no retry. `final`: an answer nothing will improve (a success, or an error that is the caller's).
   */
  private judge(
    attempt: Attempt,
    host: string,
    signal: AbortSignal,
    attemptMs: number,
    timing: Timing,
  ): {
    pacing: CallOutcome;
    outcome: AttemptOutcome;
    /** For metrics. */
    label: AttemptLabel;
    result: UpstreamResult;
    final: boolean;
    code?: string | undefined;
  } {
    const failed = (error: ApiError): UpstreamResult => ({ kind: 'failed', error, ...timing });
    switch (attempt.kind) {
      case 'stopped':
        // Not the budget, not the browser: the attempt's own timeout.
        return {
          pacing: 'timed-out',
          outcome: signal.aborted ? { kind: 'timeout' } : { kind: 'attempt-timeout' },
          label: 'timeout',
          result: failed(proxyErrors.upstreamTimeout(host, Math.round(attemptMs))),
          final: false,
        };
      case 'network-error':
        return {
          pacing: 'failed',
          outcome: { kind: 'network-error' },
          label: 'network-error',
          result: failed(proxyErrors.upstreamUnreachable(host, attempt.reason)),
          final: false,
        };
      case 'too-large':
        return {
          pacing: 'answered',
          outcome: { kind: 'network-error' },
          label: 'bad-answer',
          result: failed(proxyErrors.upstreamTooLarge(host, this.maxBytes)),
          final: true,
        };
      case 'redirect':
        return {
          pacing: 'answered',
          outcome: { kind: 'network-error' },
          label: 'bad-answer',
          result: failed(
            proxyErrors.upstreamBadResponse(
              host,
              `a redirect (HTTP ${attempt.status}), which the proxy does not follow`,
            ),
          ),
          final: true,
        };
      case 'response': {
        const { status, body } = attempt;
        if (status === 200) {
          // A whole, strict JSON text, or a bad answer worth another try.
          if (isStrictJson(body))
            return {
              pacing: 'answered',
              outcome: { kind: 'response', status, code: undefined, retryAfterMs: undefined },
              label: 'ok',
              result: { kind: 'answer', status, body, code: undefined, ...timing },
              final: true,
            };
          return {
            pacing: 'failed',
            outcome: { kind: 'network-error' },
            label: 'bad-answer',
            result: failed(
              proxyErrors.upstreamBadResponse(host, 'the body of an HTTP 200 answer is not JSON'),
            ),
            final: false,
          };
        }
        const json = parseJson(body);
        const code = codeOf(json);
        const outcome: AttemptOutcome = {
          kind: 'response',
          status,
          code,
          retryAfterMs: parseRetryAfter(attempt.retryAfter),
        };
        const throttled = code !== undefined && isThrottlingCode(code);
        const result: UpstreamResult =
          json === undefined
            ? failed(
                proxyErrors.upstreamBadResponse(host, `the body of an HTTP ${status} answer is not JSON`),
              )
            : { kind: 'answer', status, body, code, ...timing };
        return {
          pacing: throttled ? 'throttled' : status >= 500 ? 'failed' : 'answered',
          outcome,
          label:
            json === undefined
              ? 'bad-answer'
              : throttled
                ? 'throttled'
                : status >= 500
                  ? 'server-error'
                  : 'client-error',
          result,
          final: !throttled && status < 500,
          code,
        };
      }
    }
  }

  /** What the client is doing: every AccessKey × region it paces, and every call under way. */
  async status(): Promise<ProxyStatus> {
    const now = this.now();
    const regions: RegionPacing[] = [];
    for (const key of await this.store.keys()) {
      const s = await this.store.snapshot(key, now);
      const { accessKeyId, account, regionId, action } = parsePacingKey(key);
      regions.push({
        regionId,
        action,
        accessKeyId: maskAccessKeyId(accessKeyId),
        ...(account !== undefined ? { account } : {}),
        state: s.state,
        inFlight: s.inFlight,
        inFlightLimit: s.inFlightLimit,
        ratePerSecond: s.ratePerSecond === null ? null : Math.round(s.ratePerSecond * 100) / 100,
        queued: this.queue.queued(key),
        retryBudget: { available: s.retryTokens, capacity: s.retryCapacity },
        lastThrottledAt: s.lastThrottledAtMs === null ? null : new Date(s.lastThrottledAtMs).toISOString(),
        calls: s.calls,
        throttledCalls: s.throttledCalls,
      });
    }
    const pending = [...this.pendingCalls].map(({ call, waiters }) => ({ ...call, waiters: waiters() }));
    return { regions, pending };
  }

  /** The pacing state of one identity in one region for an action, for the answer's status header. */
  async pacingState(who: PacedIdentity, regionId: string, action: string) {
    return (await this.store.snapshot(pacingKey(who, regionId, action), this.now())).state;
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  /** One attempt; ended early by `signal` (the budget, the browser) or after `timeoutMs`. */
  private attempt(signed: SignedRequest, signal: AbortSignal, timeoutMs: number): Promise<Attempt> {
    return new Promise<Attempt>((resolveAttempt) => {
      const url = new URL(signed.url);
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: signed.method,
        headers: signed.headers,
        agent: this.agents[url.protocol === 'https:' ? 'https:' : 'http:'],
        signal,
      });
      // A timer, not another AbortController: a listener on the budget's signal per attempt costs
      // a noticeable share of the proxy's own time per call (bench case 2).
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        request.destroy();
      }, timeoutMs);
      const resolve = (attempt: Attempt) => {
        clearTimeout(timer);
        resolveAttempt(attempt);
      };
      const fail = (e: unknown) =>
        resolve(
          signal.aborted || timedOut ? { kind: 'stopped' } : { kind: 'network-error', reason: reasonOf(e) },
        );
      request.on('error', fail);
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          response.resume();
          resolve({ kind: 'redirect', status });
          return;
        }
        if (Number(response.headers['content-length']) > this.maxBytes) {
          resolve({ kind: 'too-large' });
          request.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= this.maxBytes) chunks.push(chunk);
          else {
            resolve({ kind: 'too-large' });
            request.destroy();
          }
        });
        response.on('error', fail);
        response.on('close', () => {
          if (!response.complete) fail(new Error('the connection closed in the middle of the answer'));
        });
        response.on('end', () => {
          const retryAfter = response.headers['x-acs-retry-after'];
          resolve({
            kind: 'response',
            status,
            body: Buffer.concat(chunks),
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          });
        });
      });
      request.end();
    });
  }
}

/** Error bodies are small; they are parsed for their Code. */
function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function codeOf(json: unknown): string | undefined {
  const code = typeof json === 'object' && json !== null ? (json as { Code?: unknown }).Code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** A short reason without the URL (a V2 URL carries the signature). */
function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.message.split('\n')[0]!.slice(0, 120) : 'network error';
}
