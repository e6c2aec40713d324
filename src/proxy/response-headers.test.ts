import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cacheControlForStatic, isSpaRoute, securityHeaders } from './response-headers';

describe('response headers', () => {
  it('allow scripts, styles and connections from the own origin only, and no framing', async () => {
    const app = new Hono();
    app.use('*', securityHeaders());
    app.get('/', (c) => c.text('page'));
    const res = await app.request('/');
    const policy = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('caches content-hashed assets for good and revalidates everything else', () => {
    expect(cacheControlForStatic('/assets/index-BQ3x9k_a.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlForStatic('/assets/index-Cd81aA2f.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlForStatic('/index.html')).toBe('no-cache');
    expect(cacheControlForStatic('/favicon.svg')).toBe('no-cache');
    expect(cacheControlForStatic('/assets/logo.svg')).toBe('no-cache');
  });

  it('falls back to the SPA for page paths, not for missing files', () => {
    expect(isSpaRoute('/')).toBe(true);
    expect(isSpaRoute('/images/cn-hangzhou/m-123')).toBe(true);
    expect(isSpaRoute('/assets/missing-abcdefgh.js')).toBe(false);
    expect(isSpaRoute('/favicon.ico')).toBe(false);
  });
});
