// Sends signed requests to the ECS endpoint: keep-alive connections, one time budget per browser
// request (retries included), retries per retry-policy.ts, a global limit on requests in flight,
// a cap on the answer's size, and redirects never followed. The browser's abort cancels the call.
// Each attempt is signed afresh (a new nonce and time), because the service refuses a reused nonce.

import http from 'node:http';
import https from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import type { ApiError } from '../ecs/api-errors';
import { proxyErrors } from '../ecs/proxy-errors';
import { ConcurrencyLimiter } from '../ecs/concurrency-limiter';
import {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  planRetry,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy';
import type { SignedRequest } from './signer';

export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

export interface UpstreamClientOptions {
  timeoutMs: number;
  concurrency: number;
  maxResponseBytes?: number;
  retry?: RetryPolicy;
  random?: () => number;
  /** Waits between attempts; tests replace it to hold a retry until they have changed something. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

interface Timing {
  attempts: number;
  /** Time spent waiting for the endpoint, summed over attempts. */
  upstreamMs: number;
}

export type UpstreamResult =
  | ({ kind: 'answer'; status: number; body: Buffer; code: string | undefined } & Timing)
  | ({ kind: 'failed'; error: ApiError } & Timing)
  | ({ kind: 'aborted' } & Timing);

type Attempt =
  | { kind: 'response'; status: number; body: Buffer; json: unknown; retryAfter: string | undefined }
  | { kind: 'network-error'; reason: string }
  | { kind: 'too-large' }
  | { kind: 'redirect'; status: number }
  | { kind: 'stopped' };

const defaultSleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal });

export class UpstreamClient {
  private readonly agents: Record<'http:' | 'https:', http.Agent>;
  private readonly limiter: ConcurrencyLimiter;
  private readonly maxBytes: number;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(private readonly options: UpstreamClientOptions) {
    const agentOptions = { keepAlive: true, maxSockets: options.concurrency };
    this.agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
    this.limiter = new ConcurrencyLimiter(options.concurrency);
    this.maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** `host` names the endpoint in error messages. */
  async send(sign: () => SignedRequest, host: string, clientSignal: AbortSignal): Promise<UpstreamResult> {
    const started = performance.now();
    // One controller for the browser's abort and the time budget: AbortSignal.any and .timeout
    // cost a noticeable share of the proxy's own time per call (bench case 2).
    const budget = new AbortController();
    const onClientAbort = () => budget.abort(clientSignal.reason);
    if (clientSignal.aborted) onClientAbort();
    clientSignal.addEventListener('abort', onClientAbort, { once: true });
    const timer = setTimeout(
      () => budget.abort(new DOMException('time budget spent', 'TimeoutError')),
      this.options.timeoutMs,
    );
    try {
      return await this.sendWithin(sign, host, clientSignal, budget.signal, started);
    } finally {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
    }
  }

  /** The attempts of one call; `signal` ends them when the browser goes away or the budget is spent. */
  private async sendWithin(
    sign: () => SignedRequest,
    host: string,
    clientSignal: AbortSignal,
    signal: AbortSignal,
    started: number,
  ): Promise<UpstreamResult> {
    const timing: Timing = { attempts: 0, upstreamMs: 0 };
    const stopped = (): UpstreamResult =>
      clientSignal.aborted
        ? { kind: 'aborted', ...timing }
        : { kind: 'failed', error: proxyErrors.upstreamTimeout(host, this.options.timeoutMs), ...timing };

    for (;;) {
      let attempt: Attempt;
      try {
        attempt = await this.limiter.run(async () => {
          const request = sign();
          timing.attempts++;
          const sent = performance.now();
          const result = await this.attempt(request, signal);
          timing.upstreamMs += performance.now() - sent;
          return result;
        }, signal);
      } catch (e) {
        if (signal.aborted) return stopped();
        throw e;
      }
      if (attempt.kind === 'stopped') return stopped();
      if (attempt.kind === 'too-large')
        return { kind: 'failed', error: proxyErrors.upstreamTooLarge(host, this.maxBytes), ...timing };
      if (attempt.kind === 'redirect')
        return {
          kind: 'failed',
          error: proxyErrors.upstreamBadResponse(
            host,
            `a redirect (HTTP ${attempt.status}), which the proxy does not follow`,
          ),
          ...timing,
        };

      const outcome: AttemptOutcome =
        attempt.kind === 'network-error'
          ? { kind: 'network-error' }
          : {
              kind: 'response',
              status: attempt.status,
              code: codeOf(attempt.json),
              retryAfterMs: parseRetryAfter(attempt.retryAfter),
            };
      const remaining = this.options.timeoutMs - (performance.now() - started);
      const decision = planRetry(this.retry, timing.attempts, outcome, remaining, this.random);
      if (decision.retry) {
        try {
          await this.sleep(decision.delayMs, signal);
          continue;
        } catch {
          return stopped();
        }
      }
      if (attempt.kind === 'network-error')
        return { kind: 'failed', error: proxyErrors.upstreamUnreachable(host, attempt.reason), ...timing };
      if (attempt.json === undefined)
        return {
          kind: 'failed',
          error: proxyErrors.upstreamBadResponse(
            host,
            `the body of an HTTP ${attempt.status} answer is not JSON`,
          ),
          ...timing,
        };
      return {
        kind: 'answer',
        status: attempt.status,
        body: attempt.body,
        code: codeOf(attempt.json),
        ...timing,
      };
    }
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  private attempt(signed: SignedRequest, signal: AbortSignal): Promise<Attempt> {
    return new Promise<Attempt>((resolve) => {
      const url = new URL(signed.url);
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: signed.method,
        headers: signed.headers,
        agent: this.agents[url.protocol === 'https:' ? 'https:' : 'http:'],
        signal,
      });
      const fail = (e: unknown) =>
        resolve(signal.aborted ? { kind: 'stopped' } : { kind: 'network-error', reason: reasonOf(e) });
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
          const body = Buffer.concat(chunks);
          const retryAfter = response.headers['x-acs-retry-after'];
          resolve({
            kind: 'response',
            status,
            body,
            json: status === 200 ? successBody(body) : parseJson(body),
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          });
        });
      });
      request.end();
    });
  }
}

const SUCCESS = Object.freeze({});
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * A 200 answer is passed on without decoding: turning a 120 KB page into a string and parsing it
 * cost more than the rest of the proxy's work together (bench case 2). A cut-off connection is
 * already caught by HTTP framing (`response.complete`); what is left to catch is a body that is not
 * a JSON object at all, which its first and last characters show. The browser parses it anyway.
 */
function successBody(body: Buffer): unknown {
  let start = 0;
  let end = body.length - 1;
  while (start < end && isSpace(body[start]!)) start++;
  while (end > start && isSpace(body[end]!)) end--;
  return body[start] === 0x7b && body[end] === 0x7d ? SUCCESS : undefined;
}

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
