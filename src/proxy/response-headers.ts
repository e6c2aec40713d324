// Headers on everything the proxy serves: a strict Content-Security-Policy for the SPA (vite.config.ts
// builds it without inline scripts or styles), no referrer (URLs hold filters), no sniffing, and
// caching that fits content-hashed assets versus index.html. Pure.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

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
