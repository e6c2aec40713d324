// The proxy's inbound checks (docs/ARCHITECTURE.md "Security model", docs/signing-and-credentials.md §10): which Host
// headers it answers to (DNS-rebinding defence), which requests count as cross-site (Hono's csrf
// middleware does not look at GET), and what the access token's cookie is called and holds (Hono's
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

export function allowedOrigins(allowedHosts: ReadonlySet<string>, dev: boolean): Set<string> {
  const origins = [...allowedHosts].map((h) => `http://${h}`);
  return new Set(dev ? [...origins, ...VITE_DEV_ORIGINS] : origins);
}

/**
 * Why a request to /api counts as cross-site, or undefined when it does not. Browsers send
 * `Sec-Fetch-Site` on every request and `Origin` on cross-origin ones; tools like curl send neither
 * and are judged by Host and token alone.
 */
export function crossSiteProblem(
  origin: string | undefined,
  secFetchSite: string | undefined,
  origins: ReadonlySet<string>,
): string | undefined {
  if (secFetchSite !== undefined && secFetchSite !== 'same-origin' && secFetchSite !== 'none')
    return `Sec-Fetch-Site is "${secFetchSite}"`;
  if (origin !== undefined && !origins.has(origin.toLowerCase()))
    return `Origin "${origin}" is not this dashboard`;
  return undefined;
}

/** Tokens people can paste into a URL and a cookie without escaping. */
export const AUTH_TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,256}$/;

/** Cookies carry no port, so the name does: two proxies on one machine keep their cookies apart. */
export function authCookieName(port: number): string {
  return `ecs_browser_auth_${port}`;
}

/**
 * What the cookie holds: derived from the token, so the token itself is never sent back to a
 * browser (and a stolen cookie does not reveal the link to share).
 */
export function authCookieValue(token: string): string {
  return createHmac('sha256', token).update('ecs-image-browser auth cookie').digest('base64url');
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
