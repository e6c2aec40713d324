// Errors the signing proxy raises itself (never the service). They travel in their own envelope,
// `{ Code, Message, HostId, Source: "proxy" }`: no RequestId (Alibaba never issued one) and no
// `Recommend` link (Alibaba's troubleshooter cannot know them). The browser tells them apart with
// isProxyErrorBody before it reads a body as the service's (api-errors.ts EcsErrorBody). Codes
// start with `Proxy` so they never collide with a service code.

import type { ApiError } from './api-errors';

/** The body of an error the proxy raised. */
export interface ProxyErrorBody {
  Code: string;
  Message: string;
  /** The endpoint the call was for, or this server when there was none. */
  HostId: string;
  Source: 'proxy';
}

export function proxyErrorBody(error: ApiError, hostId: string): ProxyErrorBody {
  return { Code: error.code, Message: error.message, HostId: hostId, Source: 'proxy' };
}

/** Whether an error body was raised by the proxy rather than by the service. */
export function isProxyErrorBody(body: unknown): body is ProxyErrorBody {
  return typeof body === 'object' && body !== null && (body as { Source?: unknown }).Source === 'proxy';
}

const error = (status: number, code: string, message: string, parameter?: string): ApiError =>
  parameter === undefined ? { status, code, message } : { status, code, message, parameter };

const list = (items: readonly string[]) => items.join(', ');

const seconds = (ms: number) => `${Math.max(1, Math.ceil(ms / 1000))} s`;

export const proxyErrors = {
  unknownParameter: (name: string, action: string) =>
    error(
      400,
      'ProxyUnknownParameter',
      `The parameter "${name}" is not a ${action} parameter; the proxy forwards only known parameters.`,
      name,
    ),
  duplicateParameter: (name: string) =>
    error(400, 'ProxyDuplicateParameter', `The parameter "${name}" is given more than once.`, name),
  oneValuePerCall: (name: string) =>
    error(
      400,
      'ProxyOneValuePerCall',
      `The parameter "${name}" takes one value per call; send one request per value.`,
      name,
    ),
  queryTooLong: (length: number, limit: number) =>
    error(
      414,
      'ProxyQueryTooLong',
      `The query string has ${length} bytes; the proxy accepts at most ${limit}.`,
    ),
  actionNotAllowed: (action: string, allowed: readonly string[]) =>
    error(
      404,
      'ProxyActionNotAllowed',
      `The action "${action}" is not available through this proxy; it allows ${list(allowed)}.`,
    ),
  pathNotFound: (path: string, paths: readonly string[]) =>
    error(404, 'ProxyPathNotFound', `There is no API at "${path}"; this proxy serves ${list(paths)}.`),
  methodNotAllowed: (method: string, allowed: string) =>
    error(405, 'ProxyMethodNotAllowed', `The method ${method} is not allowed here; use ${allowed}.`),
  hostNotAllowed: (host: string, expected: string) =>
    error(
      403,
      'ProxyHostNotAllowed',
      `The Host header "${host}" is not one this proxy answers to (DNS-rebinding defence); open ${expected} instead.`,
    ),
  crossSiteRequest: (what: string) =>
    error(403, 'ProxyCrossSiteRequest', `Cross-site requests are refused (${what}).`),
  authRequired: () =>
    error(
      401,
      'ProxyAuthRequired',
      'This proxy requires its access token: open the dashboard with ?auth=<token>, or send "Authorization: Bearer <token>".',
    ),
  authInvalid: () => error(401, 'ProxyAuthInvalid', 'The access token is wrong or has expired.'),
  identityRequired: () =>
    error(
      401,
      'ProxyIdentityRequired',
      "This dashboard is for its team: open it through the team's sign-in (SSO) address.",
    ),
  identityMissing: () =>
    error(
      401,
      'ProxyIdentityMissing',
      'The sign-in proxy in front of this dashboard named no user (X-Forwarded-Email); it must pass the user headers (oauth2-proxy: --pass-user-headers).',
    ),
  accessDenied: (user: string, what: string) =>
    error(
      403,
      'ProxyAccessDenied',
      `${user} may not see ${what}: no access rule for their groups allows it. Ask whoever runs this dashboard.`,
    ),
  authRateLimited: (retryAfterMs: number) =>
    error(
      429,
      'ProxyAuthRateLimited',
      `Too many wrong access tokens from this address; try again in ${seconds(retryAfterMs)}.`,
    ),
  accountsNotConfigured: () =>
    error(
      400,
      'ProxyUnknownAccount',
      'This proxy serves one account (it was started without --accounts); leave out the "account" parameter.',
      'account',
    ),
  accountRequired: (known: readonly string[]) =>
    error(
      400,
      'ProxyAccountRequired',
      `This proxy serves several accounts; name one with "account" (${list(known)}).`,
      'account',
    ),
  unknownAccount: (name: string, known: readonly string[]) =>
    error(
      404,
      'ProxyUnknownAccount',
      `The account "${name}" is not in this proxy's accounts file; it serves ${list(known)}.`,
      'account',
    ),
  accountUnavailable: (name: string, reason: string) =>
    error(503, 'ProxyAccountUnavailable', `The account "${name}" cannot be used: ${reason}`),
  credentialsUnavailable: (reason: string) =>
    error(503, 'ProxyCredentialsUnavailable', `The proxy could not load credentials: ${reason}`),
  overloaded: (host: string, waitMs: number) =>
    error(
      503,
      'ProxyOverloaded',
      `Calls to ${host} are being paced (the service throttles this AccessKey in this region, or answers slowly); this request would wait about ${seconds(waitMs)}, longer than its time budget. Try again later.`,
    ),
  upstreamTimeout: (host: string, timeoutMs: number) =>
    error(504, 'ProxyUpstreamTimeout', `${host} did not answer within ${timeoutMs} ms.`),
  upstreamUnreachable: (host: string, reason: string) =>
    error(502, 'ProxyUpstreamUnreachable', `The proxy could not reach ${host}: ${reason}.`),
  upstreamTooLarge: (host: string, limitBytes: number) =>
    error(
      502,
      'ProxyUpstreamResponseTooLarge',
      `The answer from ${host} is larger than the proxy's limit of ${limitBytes} bytes.`,
    ),
  upstreamBadResponse: (host: string, what: string) =>
    error(502, 'ProxyUpstreamBadResponse', `The answer from ${host} was not usable: ${what}.`),
  internal: () => error(500, 'ProxyInternalError', 'The proxy failed unexpectedly; see its log.'),
} as const;
