// Headers on everything the proxy serves: a strict Content-Security-Policy for the SPA (vite.config.ts
// builds it without inline scripts or styles), no referrer (URLs hold filters), no sniffing, and
// caching that fits content-hashed assets versus index.html.

import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Hono's secure-headers with the SPA's policy; on every answer, whatever produced it. */
export function securityHeaders(options: { hsts: boolean } = { hsts: false }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // Headers for browsers long gone (Internet Explorer, Flash); each one is work on every answer.
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    // Only when this server ends TLS itself; over plain http it would mean nothing.
    strictTransportSecurity: options.hsts ? 'max-age=15552000' : false,
  });
}

/** Vite writes content-hashed files under /assets/; they never change, everything else may. */
export function cacheControlForStatic(path: string): string {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/** API answers are per user and per moment; the proxy caches them itself. */
export const API_CACHE_CONTROL = 'no-store';

/** Whether a path that matched no file is a page of the SPA (history fallback) or a missing file. */
export function isSpaRoute(path: string): boolean {
  return !path.startsWith('/assets/') && !/\.[A-Za-z0-9]{1,8}$/.test(path);
}
