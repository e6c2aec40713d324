// The emulator's HTTP surface as a Hono app: `GET /healthz`, the RPC endpoint at `/` (GET and
// POST; the ECS actions and STS AssumeRole), and the loopback-only `/__admin/faults`. It only wires the pure pieces together: request
// parsing, the gateway checks and actions (handle-rpc.ts), and fault injection (faults.ts).

import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { apiErrors } from '../ecs/api-errors';
import { maskAccessKeyId } from '../ecs/proxy-api';
import { Catalog, DEFAULT_CATALOG_SEED, DEFAULT_IMAGES_PER_REGION } from './catalog';
import {
  checkFaultSettings,
  FaultController,
  planFaults,
  Throttle,
  truncateBody,
  type FaultSettings,
} from './faults';
import { answerRpc, errorAnswer, JSON_CONTENT_TYPE, type RpcAnswer } from './handle-rpc';
import { escapeLogText } from '../node/log-text';
import { crossSiteProblem } from '../node/cross-site';
import { isLoopbackAddress, isLoopbackHost } from '../node/loopback';
import { NonceCache } from './nonce-cache';
import { hashString, Rng } from './prng';
import { parseRpcRequest } from './rpc-request';
import { Identities } from './identities';
import type { EmulatorCredential } from './verify-signature';
import type { RoleSpec } from './world-accounts';

export interface EmulatorAppOptions {
  credentials: readonly EmulatorCredential[];
  /** RAM roles besides the world's own (world-accounts.ts WORLD_ROLES), for STS AssumeRole. */
  roles?: readonly RoleSpec[];
  seed?: number;
  imagesPerRegion?: number;
  instancesPerRegion?: number;
  faults?: Partial<FaultSettings>;
  /** Shared fault settings (startEmulator passes its own so setFaults reaches the app). */
  faultController?: FaultController;
  /** Counts calls to the ECS endpoint (startEmulator passes its own so stats() reads it). */
  stats?: EmulatorStats;
  strictSignatures?: boolean;
  log?: (line: string) => void;
  /** The clock for timestamps, nonces and throttling (ms since the epoch); frozen in tests. */
  now?: () => number;
  /** Draws for fault injection, in [0, 1); seeded from `seed` by default. */
  random?: () => number;
  /** The peer address of a request; from the Node socket by default, unknown (refused) in-process. */
  remoteAddress?: (c: Context) => string | undefined;
  /** Aborting it cuts injected delays and hangs short (on close). */
  signal?: AbortSignal;
}

export const ADMIN_FAULTS_PATH = '/__admin/faults';
export const ADMIN_STATS_PATH = '/__admin/stats';

/** Calls to the ECS endpoint: received since start, and being answered now. */
export interface EmulatorStats {
  received: number;
  inFlight: number;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not served by @hono/node-server (app.request in tests)
  }
}

/** The endpoint host the caller used, as the envelope's HostId. */
const hostOf = (c: Context) => c.req.header('host') ?? new URL(c.req.url).host;

/**
 * Why a request to the admin route may come from a web page on another site, or undefined. The
 * connection is from this machine, but a browser on it may be running someone's page: the Host
 * must name a loopback address (no DNS rebinding), the request must not be cross-site, and a
 * change must be JSON, which a page on another site cannot send without a preflight.
 */
function adminRequestProblem(c: Context): string | undefined {
  const host = hostOf(c);
  const hostname = host.replace(/:\d+$/, '');
  if (!isLoopbackHost(hostname)) return `the Host header "${host}" is not a loopback address`;
  const problem = crossSiteProblem(
    c.req.header('origin'),
    c.req.header('sec-fetch-site'),
    new Set([`http://${host.toLowerCase()}`]),
  );
  return problem && `cross-site requests are refused (${problem})`;
}

async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return;
  try {
    await delay(ms, undefined, signal ? { signal } : {});
  } catch {
    // Aborted: the server is closing.
  }
}

function respond(
  c: Context,
  answer: Pick<RpcAnswer, 'status' | 'contentType' | 'body'>,
  requestId: string,
): Response {
  return c.body(answer.body, answer.status as 200, {
    'content-type': answer.contentType,
    'x-acs-request-id': requestId,
  });
}

export function createEmulatorApp(options: EmulatorAppOptions): Hono {
  const strictSignatures = options.strictSignatures ?? true;
  const identities = new Identities(options.credentials, {
    strict: strictSignatures,
    ...(options.roles ? { roles: options.roles } : {}),
  });
  const seed = options.seed ?? DEFAULT_CATALOG_SEED;
  const catalog = new Catalog({
    seed,
    imagesPerRegion: options.imagesPerRegion ?? DEFAULT_IMAGES_PER_REGION,
    ...(options.instancesPerRegion !== undefined ? { instancesPerRegion: options.instancesPerRegion } : {}),
  });
  const faults = options.faultController ?? new FaultController(options.faults);
  const stats = options.stats ?? { received: 0, inFlight: 0 };
  if (options.faultController && options.faults) faults.set(options.faults);
  const now = options.now ?? Date.now;
  const random =
    options.random ??
    (
      (rng) => () =>
        rng.next()
    )(new Rng(hashString('faults', seed)));
  const remoteAddress = options.remoteAddress ?? socketAddress;
  const log = options.log ?? (() => {});
  const nonces = new NonceCache();
  const throttle = new Throttle();

  const app = new Hono();

  app.get('/healthz', (c) => c.text('ok'));

  app.all(ADMIN_FAULTS_PATH, async (c) => {
    if (!isLoopbackAddress(remoteAddress(c)))
      return c.json({ error: 'the fault admin route answers loopback connections only' }, 403);
    const problem = adminRequestProblem(c);
    if (problem) return c.json({ error: problem }, 403);
    if (c.req.method === 'GET') return c.json(faults.get());
    if (c.req.method !== 'POST')
      return c.json({ error: 'use GET to read or POST to change the fault settings' }, 405);
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return c.json({ error: 'send the fault settings as Content-Type: application/json' }, 415);
    let input: unknown;
    try {
      input = await c.req.json();
    } catch {
      return c.json({ error: 'the body must be a JSON object of fault settings' }, 400);
    }
    const checked = checkFaultSettings(input);
    if (!checked.ok) return c.json({ error: checked.error }, 400);
    const current = faults.set(checked.value);
    log(`admin: faults set to ${JSON.stringify(current)}`);
    return c.json(current);
  });

  app.get(ADMIN_STATS_PATH, (c) => {
    if (!isLoopbackAddress(remoteAddress(c)))
      return c.json({ error: 'the admin routes answer loopback connections only' }, 403);
    const problem = adminRequestProblem(c);
    return problem ? c.json({ error: problem }, 403) : c.json(stats);
  });

  const answerEndpoint = async (c: Context) => {
    // Faults apply to the ECS endpoint only, never to /healthz or the admin routes.
    const started = performance.now();
    const requestId = randomUUID().toUpperCase();
    const settings = faults.get();
    const plan = planFaults(settings, random);
    await pause(plan.delayMs, options.signal);

    let answer: RpcAnswer;
    if (c.req.method !== 'GET' && c.req.method !== 'POST') {
      answer = errorAnswer(apiErrors.actionNotFound(), requestId, hostOf(c));
    } else if (plan.failure) {
      answer = errorAnswer(plan.failure, requestId, hostOf(c));
    } else {
      const request = parseRpcRequest({
        method: c.req.method,
        url: c.req.url,
        headers: c.req.raw.headers,
        body: new Uint8Array(await c.req.arrayBuffer()),
      });
      answer = answerRpc(
        request,
        {
          catalog,
          identities,
          strictSignatures,
          nonces,
          // No x-acs-retry-after header: openapi-core reads one, but nothing shows that ECS sends it
          // (docs/ecs-api-notes.md §3.1, §4), and a client must cope without it.
          throttle: (accessKeyId) => {
            const qps = faults.get().throttleQps;
            return qps === null || throttle.take(accessKeyId, qps, now())
              ? undefined
              : apiErrors.throttlingUser();
          },
        },
        { requestId, nowMs: now() },
      );
    }
    if (plan.malformed)
      answer = { ...answer, status: 200, contentType: JSON_CONTENT_TYPE, body: truncateBody(answer.body) };

    const fault = [plan.hang && 'hang', plan.failure && 'injected-error', plan.malformed && 'malformed']
      .filter(Boolean)
      .join(',');
    log(
      [
        c.req.method,
        answer.action === undefined ? '-' : escapeLogText(answer.action),
        answer.status,
        answer.code ?? 'OK',
        `${Math.round(performance.now() - started)}ms`,
        `ak=${answer.accessKeyId ? escapeLogText(maskAccessKeyId(answer.accessKeyId)) : '-'}`,
        `id=${requestId}`,
        ...(fault ? [`fault=${fault}`] : []),
      ].join(' '),
    );
    return respond(c, answer, requestId);
  };

  app.all('/', async (c) => {
    stats.received++;
    stats.inFlight++;
    try {
      return await answerEndpoint(c);
    } finally {
      stats.inFlight--;
    }
  });

  app.notFound((c) => {
    const requestId = randomUUID().toUpperCase();
    return respond(c, errorAnswer(apiErrors.actionNotFound(), requestId, hostOf(c)), requestId);
  });

  return app;
}
