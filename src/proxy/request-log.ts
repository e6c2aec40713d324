// One log line per request, and the redaction every log line goes through: the AccessKey secret, STS
// tokens, the access token and signatures never reach the log (docs/signing-and-credentials.md §10.8).
// Query values are left out entirely; the names are enough to see what was asked. The error code
// may come from upstream, so it is escaped (no forged lines). Pure.

import { escapeLogText } from '../node/log-text';

export type CacheStatus = 'hit' | 'miss' | 'bypass';

export interface RequestLogEntry {
  method: string;
  pathname: string;
  /** The raw query string, without `?`. */
  query: string;
  status: number;
  totalMs: number;
  upstreamMs?: number;
  attempts?: number;
  /** Time spent waiting for a place to call (pacing). */
  queuedMs?: number;
  /** The answer came from an identical call already in flight. */
  shared?: boolean;
  cache?: CacheStatus;
  /** The error code, for answers that carry one. */
  code?: string;
}

const MAX_LOGGED_NAMES = 12;

/** The path with the query's parameter names only: `/api/ecs/DescribeImages?RegionId,PageSize`. */
export function describeTarget(pathname: string, query: string): string {
  const names: string[] = [];
  for (const piece of query.split('&')) {
    const name = piece.split('=')[0] ?? '';
    if (name === '') continue;
    names.push(/^[A-Za-z0-9._-]{1,40}$/.test(name) ? name : '?');
  }
  const shown = names.slice(0, MAX_LOGGED_NAMES);
  if (names.length > shown.length) shown.push(`…+${names.length - shown.length}`);
  const safePath = pathname.length > 200 ? `${pathname.slice(0, 200)}…` : pathname;
  return shown.length ? `${safePath}?${shown.join(',')}` : safePath;
}

export function formatRequestLog(e: RequestLogEntry): string {
  const parts = [
    e.method,
    describeTarget(e.pathname, e.query),
    String(e.status),
    `${Math.round(e.totalMs)}ms`,
  ];
  if (e.upstreamMs !== undefined) parts.push(`upstream=${Math.round(e.upstreamMs)}ms`);
  if (e.attempts !== undefined && e.attempts > 1) parts.push(`attempts=${e.attempts}`);
  if (e.queuedMs !== undefined && e.queuedMs >= 1) parts.push(`queued=${Math.round(e.queuedMs)}ms`);
  if (e.shared) parts.push('shared');
  if (e.cache) parts.push(`cache=${e.cache}`);
  if (e.code) parts.push(`code=${escapeLogText(e.code)}`);
  return parts.join(' ');
}

const REDACTED = '[REDACTED]';

// Values of these names are secret wherever they show up: query parameters, headers, JSON.
const SECRET_FIELDS =
  /((?:Signature|SecurityToken|AccessKeySecret|access_key_secret|sts_token|x-acs-security-token|authorization|auth)["']?\s*[=:]\s*["']?)[^&\s"',;]+/gi;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Redactor {
  private readonly secrets = new Set<string>();
  /** Every registered form in one alternation, longest first, so a secret containing another goes whole. */
  private pattern: RegExp | undefined;

  /** Registers a value that must never be logged (a secret, a token); its encodings are covered too. */
  add(secret: string | undefined): void {
    if (!secret || this.secrets.has(secret)) return;
    for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])
      this.secrets.add(form);
    const forms = [...this.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = new RegExp(forms.join('|'), 'g');
  }

  redact(text: string): string {
    const out = this.pattern ? text.replace(this.pattern, REDACTED) : text;
    return out.replace(SECRET_FIELDS, `$1${REDACTED}`);
  }
}
