import fc from 'fast-check';
import { timingSafeEqual } from 'hono/utils/buffer';
import { describe, expect, it } from 'vitest';
import { crossSiteProblem } from '../node/cross-site';
import {
  allowedHostHeaders,
  allowedOrigins,
  authCookieName,
  authCookieSecret,
  isAllowedHost,
  withoutAuthParam,
} from './security';

describe('Host allowlist (DNS-rebinding defence)', () => {
  const allowed = allowedHostHeaders(8080, '127.0.0.1');

  it('accepts the loopback names with the right port only', () => {
    for (const ok of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST:8080'])
      expect(isAllowedHost(ok, allowed)).toBe(true);
    for (const bad of [
      undefined,
      '',
      '127.0.0.1',
      'localhost',
      '127.0.0.1:8081',
      'evil.example:8080',
      'attacker.example',
      '127.0.0.1.nip.io:8080',
      'localhost.evil.example:8080',
      '[::1]:8080',
    ])
      expect(isAllowedHost(bad, allowed)).toBe(false);
  });

  it('adds a non-loopback bind address, or the machine names for a wildcard bind', () => {
    expect([...allowedHostHeaders(80, '192.168.1.5')].sort()).toEqual([
      '127.0.0.1:80',
      '192.168.1.5:80',
      'localhost:80',
    ]);
    expect([...allowedHostHeaders(80, '0.0.0.0', ['10.0.0.2', 'fe80::1', 'Box'])].sort()).toEqual([
      '10.0.0.2:80',
      '127.0.0.1:80',
      '[fe80::1]:80',
      'box:80',
      'localhost:80',
    ]);
    // Machine names only count for a wildcard bind; another loopback address is reached by its own name.
    expect([...allowedHostHeaders(80, '127.0.0.2', ['box'])].sort()).toEqual([
      '127.0.0.1:80',
      '127.0.0.2:80',
      'localhost:80',
    ]);
    expect([...allowedHostHeaders(80, '::1')].sort()).toEqual(['127.0.0.1:80', '[::1]:80', 'localhost:80']);
  });
});

describe('cross-site requests', () => {
  const origins = allowedOrigins(allowedHostHeaders(8080, '127.0.0.1'), false);

  it('lets same-origin and non-browser requests through', () => {
    expect(crossSiteProblem(undefined, undefined, origins)).toBeUndefined();
    expect(crossSiteProblem(undefined, 'same-origin', origins)).toBeUndefined();
    expect(crossSiteProblem(undefined, 'none', origins)).toBeUndefined();
    expect(crossSiteProblem('http://127.0.0.1:8080', 'same-origin', origins)).toBeUndefined();
    expect(crossSiteProblem('http://localhost:8080', undefined, origins)).toBeUndefined();
  });

  it('refuses other origins and cross-site or same-site fetches, saying which', () => {
    expect(crossSiteProblem('https://evil.example', undefined, origins)).toBe(
      'Origin "https://evil.example" is not this server',
    );
    expect(crossSiteProblem('null', undefined, origins)).toMatch(/Origin "null"/);
    expect(crossSiteProblem('http://127.0.0.1:8081', undefined, origins)).toMatch(/Origin/);
    expect(crossSiteProblem(undefined, 'cross-site', origins)).toBe('Sec-Fetch-Site is "cross-site"');
    expect(crossSiteProblem(undefined, 'same-site', origins)).toMatch(/same-site/);
  });

  it('accepts the Vite dev origin only in dev mode', () => {
    expect(crossSiteProblem('http://127.0.0.1:5173', undefined, origins)).toBeDefined();
    const dev = allowedOrigins(allowedHostHeaders(8787, '127.0.0.1'), true);
    expect(crossSiteProblem('http://127.0.0.1:5173', 'same-origin', dev)).toBeUndefined();
    expect(crossSiteProblem('http://localhost:5173', undefined, dev)).toBeUndefined();
    expect(crossSiteProblem('http://localhost:5174', undefined, dev)).toBeDefined();
  });
});

describe('access token', () => {
  it('compares tokens exactly (Hono’s constant-time comparison, as the proxy uses it)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (a, b) => {
        expect(await timingSafeEqual(a, b)).toBe(a === b);
        expect(await timingSafeEqual(a, a)).toBe(true);
      }),
    );
  });

  it('names the cookie per port and signs it with a key derived from the token and the port', () => {
    expect(authCookieName(4180)).toBe('ecs_browser_auth_4180');
    expect(authCookieName(4181)).not.toBe(authCookieName(4180));
    const secret = authCookieSecret('tok_0123456789abcdef', 4180);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secret).not.toContain('tok_0123456789abcdef');
    expect(authCookieSecret('tok_0123456789abcdef', 4181)).not.toBe(secret);
    expect(authCookieSecret('tok_0123456789abcdeF', 4180)).not.toBe(secret);
  });

  it('takes ?auth= out of a page URL and keeps the rest of the query byte for byte', () => {
    expect(withoutAuthParam('/', 'auth=s3cret-token-0123456')).toEqual({
      token: 's3cret-token-0123456',
      location: '/',
    });
    expect(withoutAuthParam('/images', 'RegionId=cn-hangzhou&auth=t%2Bk&Tag.1.Value=a%20b+c&q=')).toEqual({
      token: 't+k',
      location: '/images?RegionId=cn-hangzhou&Tag.1.Value=a%20b+c&q=',
    });
    expect(withoutAuthParam('/', 'RegionId=x').token).toBeUndefined();
  });

  it('always redirects to a path on this server', () => {
    expect(withoutAuthParam('//evil.example/x', 'auth=t').location).toBe('/evil.example/x');
    expect(withoutAuthParam('/\\evil.example', 'auth=t').location).toBe('/evil.example');
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, query) => {
        const { location } = withoutAuthParam(path, query);
        expect(location.startsWith('/')).toBe(true);
        expect(location.startsWith('//') || location.startsWith('/\\')).toBe(false);
      }),
    );
  });
});
