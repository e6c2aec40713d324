// The proxy's inbound checks (docs/ARCHITECTURE.md "Security model", docs/signing-and-credentials.md §10): which Host
// headers it answers to (DNS-rebinding defence), which origins are its own (the cross-site check
// itself is src/node/cross-site.ts), and what the access token's cookie is called and holds (Hono's
// cookie helpers and bearer-auth do the reading and the constant-time comparison). Pure.

import { createHmac } from 'node:crypto';

/** Ports of the Vite dev server, whose origin `--dev` lets through (vite.config.ts). */
export const VITE_DEV_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];

/** Addresses that bind every interface. */
export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** `host:port` as it appears in a Host header (IPv6 in brackets). */
export function hostHeaderFor(host: string, port: number): string {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return `${bare.includes(':') ? `[${bare}]` : bare}:${port}`.toLowerCase();
}

/**
 * The Host headers the proxy answers to: its loopback names, the bind address itself (people reach
 * it by that name, e.g. ::1 or a LAN address), and for a wildcard bind the names the machine is
 * reached by, passed in by the caller.
 */
export function allowedHostHeaders(
  port: number,
  bindHost: string,
  machineNames: readonly string[] = [],
): Set<string> {
  const names = ['127.0.0.1', 'localhost'];
  if (isWildcardHost(bindHost)) names.push(...machineNames);
  else names.push(bindHost);
  return new Set(names.map((n) => hostHeaderFor(n, port)));
}

export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
}

export function allowedOrigins(
  allowedHosts: ReadonlySet<string>,
  dev: boolean,
  scheme: 'http' | 'https' = 'http',
): Set<string> {
  const origins = [...allowedHosts].map((h) => `${scheme}://${h}`);
  return new Set(dev ? [...origins, ...VITE_DEV_ORIGINS] : origins);
}

/** Tokens people can paste into a URL and a cookie without escaping. */
export const AUTH_TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,256}$/;

/** How long the cookie set from `?auth=` lasts; then the link is needed again. */
export const AUTH_COOKIE_MAX_AGE_S = 12 * 60 * 60;

/**
 * Cookies carry no port, so the name does: two proxies on one machine keep their cookies apart.
 * Served over TLS (or behind a TLS-terminating proxy) it also gets the `__Host-` prefix, which
 * Hono's cookie helpers add (`prefix: 'host'`).
 */
export function authCookieName(port: number): string {
  return `ecs_browser_auth_${port}`;
}

/**
 * The key that signs the cookie (Hono's signed cookies, HMAC-SHA256): the token and the port, so
 * the cookie never holds the token, a stolen cookie does not reveal the link to share, and each
 * port's cookie differs. The signed value is the expiry time.
 */
export function authCookieSecret(token: string, port: number): string {
  return createHmac('sha256', token).update(`ecs-image-browser auth cookie ${port}`).digest('base64url');
}

/**
 * Takes `auth=<token>` out of a page URL. The rest of the query is kept byte for byte (it is the
 * dashboard's state), and the redirect target is always a path on this server.
 */
export function withoutAuthParam(
  pathname: string,
  rawQuery: string,
): { token: string | undefined; location: string } {
  let token: string | undefined;
  const kept: string[] = [];
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue;
    const [name = '', value = ''] = piece.split(/=(.*)/s);
    if (decodeQueryText(name) === 'auth') token = decodeQueryText(value);
    else kept.push(piece);
  }
  const path = `/${pathname.replace(/^[/\\]+/, '')}`;
  return { token, location: kept.length ? `${path}?${kept.join('&')}` : path };
}

function decodeQueryText(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
