// The browser ⇄ proxy contract (docs/ARCHITECTURE.md "Contracts"): paths, what /api/session and /api/status
// answer, and the status header on every API answer. Action answers (every action of api-actions.ts)
// are the ECS bodies themselves (image-types.ts); errors are the service's envelope
// (api-errors.ts), or the proxy's own, marked `"Source": "proxy"` (proxy-errors.ts).
//
// Retries live in the proxy only: it retries throttling, server errors, hung calls and network
// failures within the request's time budget and a retry budget, and paces calls per AccessKey and
// region. Any answer it gives is final for the browser, which retries only when it could not reach
// the proxy at all. While a request is pending, /api/status says what the proxy is doing about it.

export const PROXY_PATHS = {
  describeImages: '/api/ecs/DescribeImages',
  describeRegions: '/api/ecs/DescribeRegions',
  session: '/api/session',
  status: '/api/status',
  health: '/healthz',
  metrics: '/metrics',
} as const;

/** Where the proxy answers an ECS action: `/api/ecs/<Action>` (every action of api-actions.ts). */
export function proxyPathOf(action: string): string {
  return `/api/ecs/${action}`;
}

/** Which backend the proxy signs for. */
export type ProxyMode = 'emulator' | 'alibaba-cloud';

// ---- Several accounts (an accounts file, `--accounts FILE`) ---------------------------------

/**
 * The dashboard's own parameter that names the account a call is made as, on every /api/ecs call
 * when the proxy has an accounts file (and refused without one); in the page's URL, a comma list
 * that fans out like RegionId (docs/ARCHITECTURE.md "Contracts").
 */
export const ACCOUNT_PARAM = 'account';

/** An account's name in the accounts file, the URL and the picker: no commas, no spaces. */
export const ACCOUNT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isWellFormedAccountName(name: string): boolean {
  return ACCOUNT_NAME_PATTERN.test(name);
}

/** One account of the accounts file, as the session lists it: its name and ID, never a key. */
export interface SessionAccount {
  name: string;
  /** The account ID (digits); '' when the file's entry gives none that can be read. */
  id: string;
}

export interface SessionInfo {
  mode: ProxyMode;
  /** Where the credentials came from: "embedded emulator", "environment", "profile default", … */
  credentialsFrom: string;
  /** Masked, e.g. `LTAI****************wXyZ`; never the secret. */
  accessKeyId: string;
  defaultRegion: string;
  signatureVersion: 'v2' | 'v3';
  /** Set when every region goes to one endpoint (`--endpoint`). */
  endpointOverride: string | null;
  /**
   * The accounts of the accounts file, in its order; the first is the default one (a view that
   * names none shows it). Empty without an accounts file: calls then name no account.
   */
  accounts: SessionAccount[];
  /** Who is signed in, named by the team's SSO proxy (`--trust-forwarded-identity`); null otherwise. */
  user: SignedInUser | null;
}

/** A user of a team's deployment, and what the access rules let them see. */
export interface SignedInUser {
  email: string;
  groups: string[];
  /** The regions they may see; null: every region. */
  regions: string[] | null;
  /** The accounts they may see (by name); null: every account. */
  accounts: string[] | null;
}

/** Shows the first four and last four characters of an AccessKey ID and stars in between. */
export function maskAccessKeyId(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

// ---- How the proxy paces one AccessKey in one region ----------------------------------------

/**
 * `steady`: no limit below the configured one. `slowed`: the service answered Throttling, so the
 * proxy sends fewer calls at once and at a measured rate, growing back as calls succeed.
 */
export type PacingState = 'steady' | 'slowed';

// ---- X-Ecs-Proxy-Status: what one answer cost ----------------------------------------------

/** On every /api/ecs answer (errors included): how the proxy came by it. */
export const PROXY_STATUS_HEADER = 'x-ecs-proxy-status';

export interface AnswerStatus {
  /** Calls made to the service for this answer: 0 for a cached answer or one the proxy refused. */
  attempts: number;
  /** Time spent waiting for a place to call (pacing), over all attempts, in ms. */
  queuedMs: number;
  /** The answer came from an identical call another request had in flight (made once for both). */
  shared: boolean;
  /** The pacing of this AccessKey, region and action when the answer left. */
  pacing: PacingState;
}

/** `attempts=2, queued-ms=350, pacing=slowed, shared` (an RFC 8941 dictionary). */
export function formatAnswerStatus(status: AnswerStatus): string {
  const parts = [
    `attempts=${status.attempts}`,
    `queued-ms=${Math.round(status.queuedMs)}`,
    `pacing=${status.pacing}`,
  ];
  if (status.shared) parts.push('shared');
  return parts.join(', ');
}

/** Reads the header back; undefined when it is absent or not what the proxy writes. */
export function parseAnswerStatus(header: string | null | undefined): AnswerStatus | undefined {
  if (!header) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.split(',')) {
    const [name = '', value = '?1'] = part.trim().split('=');
    fields.set(name, value);
  }
  const attempts = Number(fields.get('attempts'));
  const queuedMs = Number(fields.get('queued-ms'));
  const pacing = fields.get('pacing');
  if (!Number.isInteger(attempts) || attempts < 0 || !Number.isFinite(queuedMs) || queuedMs < 0)
    return undefined;
  if (pacing !== 'steady' && pacing !== 'slowed') return undefined;
  return { attempts, queuedMs, shared: fields.get('shared') === '?1', pacing };
}

// ---- GET /api/status: what the proxy is doing right now ------------------------------------

/** One AccessKey (or account of the accounts file) × region × action the proxy has called. */
export interface RegionPacing {
  regionId: string;
  action: string;
  /** Masked; '' when the calls are paced per account (their temporary keys change). */
  accessKeyId: string;
  /** The account of the accounts file the calls are made as, when there is one. */
  account?: string;
  state: PacingState;
  /** Calls in flight now, and how many may be (adapts: halves on throttling, grows on success). */
  inFlight: number;
  inFlightLimit: number;
  /** Calls per second the proxy allows itself after throttling; null while it has not been throttled. */
  ratePerSecond: number | null;
  /** Requests waiting for a place. */
  queued: number;
  /** Retries left before failures are answered as they are (refills a little with each success). */
  retryBudget: { available: number; capacity: number };
  /** When the service last answered Throttling, ISO 8601; null if never. */
  lastThrottledAt: string | null;
  /** Since the proxy started: calls made, and how many were answered Throttling. */
  calls: number;
  throttledCalls: number;
}

/** One upstream call being made for one or more browser requests. */
export interface PendingCall {
  /**
   * `DescribeImages?` + canonicalRequestKey(request) (describe-images-wire.ts), or
   * `DescribeRegions?RegionId=…`: the browser computes the same key for the request it sent.
   */
  key: string;
  regionId: string;
  /** The account of the accounts file the call is made as, when it names one. */
  account?: string;
  /** `queued`: waiting for a place; `sending`: an attempt is out; `backing-off`: waiting to retry. */
  phase: 'queued' | 'sending' | 'backing-off';
  /** The attempt under way or next, from 1. */
  attempt: number;
  maxAttempts: number;
  /** Why the last attempt failed (a service code, or a Proxy… code), while retrying. */
  lastFailure: string | null;
  /** Browser requests waiting for this call. */
  waiters: number;
}

export interface ProxyStatus {
  regions: RegionPacing[];
  pending: PendingCall[];
}

// ---- GET /healthz ----------------------------------------------------------------------------

/**
 * Where the state replicas share lives (`--redis`): in Redis while it is reachable, else in this
 * replica's memory (it keeps serving, alone). Without `--redis` there is nothing to share.
 */
export type SharedStateHealth =
  | { store: 'memory'; redis: 'not configured' }
  | { store: 'redis'; redis: 'connected' }
  | { store: 'memory'; redis: 'unreachable'; since: string; error?: string };

/** `status` is `degraded` while a configured Redis is unreachable; the replica answers all the same. */
export interface HealthInfo {
  status: 'ok' | 'degraded';
  sharedState: SharedStateHealth;
}
