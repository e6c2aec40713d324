// The proxy's security properties, end to end over loopback HTTP: a recording stand-in for ECS
// behind it, static test credentials, and raw requests whose every header the test controls.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { staticCredentialSource } from './credentials';
import { authCookieValue } from './security';
import { startProxy } from './server';
import { StartupError } from './startup-error';
import { sendJson, startLoopbackServer, type LoopbackServer } from './testing/loopback-server';
import { createHarness, DEFAULT_TEST_OPTIONS, send, type TestProxy } from './testing/proxy-harness';

const SECRET = 'proxy-security-secret-3f9a0c';
const TOKEN_STS = 'sts-token/with+chars=';
const AUTH_TOKEN = 'auth_token-0123456789abcdef';
const credentials = { accessKeyId: 'LTAIsecuritytest', accessKeySecret: SECRET, securityToken: TOKEN_STS };

const harness = createHarness();
let upstream: LoopbackServer;

beforeAll(async () => {
  upstream = await startLoopbackServer((req, res) =>
    sendJson(res, 200, {
      RequestId: 'UP-1',
      RegionId: 'cn-hangzhou',
      TotalCount: 0,
      PageNumber: 1,
      PageSize: 10,
      Images: { Image: [] },
      EchoedHeaders: Object.keys(req.headers),
    }),
  );
});

afterEach(() => harness.closeAll());

afterAll(async () => {
  // Signatures that went upstream must not come back to the browser or the log either.
  const signatures = upstream.requests.flatMap((r) => [
    /Signature=([0-9a-f]+)/.exec(String(r.headers.authorization))?.[1] ?? '',
  ]);
  harness.expectNowhere([SECRET, TOKEN_STS, AUTH_TOKEN, ...signatures]);
  expect(harness.transcript.join('\n')).not.toMatch(/access-control-/i);
  await upstream.close();
});

function proxy(options: Parameters<typeof harness.start>[0] = {}): Promise<TestProxy> {
  return harness.start({
    endpoint: { protocol: 'http:', host: upstream.host },
    credentialSource: staticCredentialSource(credentials, 'test credentials'),
    ...options,
  });
}

const IMAGES = '/api/ecs/DescribeImages?RegionId=cn-hangzhou';

function expectProxyError(res: { status: number; json: () => unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.json()).toMatchObject({ Code: code, Source: 'proxy' });
  const body = res.json() as { Message: string; RequestId: string; Recommend: string };
  expect(body.Message.length).toBeGreaterThan(10);
  expect(body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
}

describe('Host header allowlist (DNS rebinding)', () => {
  it('refuses a Host that is not this server, on every path', async () => {
    const p = await proxy();
    const before = upstream.requests.length;
    for (const path of [IMAGES, '/api/session', '/healthz', '/']) {
      for (const host of [
        'evil.example',
        `evil.example:${p.port}`,
        `127.0.0.1:${p.port + 1}`,
        `localhost.evil.example:${p.port}`,
      ]) {
        const res = await p.request(path, { headers: { host } });
        expectProxyError(res, 403, 'ProxyHostNotAllowed');
        expect((res.json() as { Message: string }).Message).toContain(`"${host}"`);
      }
    }
    expect(upstream.requests.length).toBe(before);
  });

  it('refuses an absolute-form request target naming another host', async () => {
    const p = await proxy();
    const res = await p.request(`http://evil.example${IMAGES}`);
    expectProxyError(res, 403, 'ProxyHostNotAllowed');
  });

  it('answers to 127.0.0.1 and localhost with its port', async () => {
    const p = await proxy();
    expect((await p.request('/healthz', { headers: { host: `localhost:${p.port}` } })).status).toBe(200);
    expect((await p.request('/healthz')).status).toBe(200);
  });
});

describe('cross-site requests', () => {
  it('refuses a foreign Origin and cross-site or same-site fetches, before anything is signed', async () => {
    const p = await proxy();
    const before = upstream.requests.length;
    for (const headers of [
      { origin: 'https://evil.example' } as Record<string, string>,
      { origin: 'null' },
      { origin: `http://localhost:${p.port + 1}` },
      { origin: 'http://127.0.0.1:5173' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      expectProxyError(await p.request(IMAGES, { headers }), 403, 'ProxyCrossSiteRequest');
    }
    expect(upstream.requests.length).toBe(before);
  });

  it('accepts its own origin, and the Vite dev origin only in --dev mode', async () => {
    const p = await proxy();
    const own = await p.request(IMAGES, {
      headers: { origin: `http://127.0.0.1:${p.port}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    const dev = await proxy({ dev: true });
    expect((await dev.request(IMAGES, { headers: { origin: 'http://localhost:5173' } })).status).toBe(200);
    expectProxyError(
      await dev.request(IMAGES, { headers: { origin: 'http://localhost:5174' } }),
      403,
      'ProxyCrossSiteRequest',
    );
  });

  it('never sends CORS headers, not even to a preflight', async () => {
    const p = await proxy();
    const preflight = await p.request(IMAGES, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const same = await p.request(IMAGES);
    for (const res of [preflight, same])
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('what may be asked', () => {
  it('refuses actions off the allowlist and any other /api path', async () => {
    const p = await proxy();
    const before = upstream.requests.length;
    for (const action of ['DeleteImage', 'RunInstances', 'describeimages', 'ModifyImageSharePermission']) {
      const res = await p.request(`/api/ecs/${action}?RegionId=cn-hangzhou`);
      expectProxyError(res, 404, 'ProxyActionNotAllowed');
      expect((res.json() as { Message: string }).Message).toContain(`"${action}"`);
    }
    for (const path of ['/api', '/api/', '/api/ecs', '/api/ecs/DescribeImages/x', '/api/sessions']) {
      const res = await p.request(path);
      expect(res.status, path).toBe(404);
      expect(res.json()).toMatchObject({ Source: 'proxy' });
    }
    expectProxyError(await p.request(IMAGES, { method: 'POST' }), 405, 'ProxyMethodNotAllowed');
    expectProxyError(await p.request(IMAGES, { method: 'DELETE' }), 405, 'ProxyMethodNotAllowed');
    expect(upstream.requests.length).toBe(before);
  });

  it('refuses a RegionId that tries to smuggle a host, and signs nothing', async () => {
    const p = await proxy();
    const before = upstream.requests.length;
    for (const region of [
      'evil.com/',
      'a.b',
      '..',
      'evil.com',
      'cn-hangzhou.evil.com',
      'cn-hangzhou@evil.com',
      '127.0.0.1',
      'cn-hangzhou%2F..',
    ]) {
      const res = await p.request(`/api/ecs/DescribeImages?RegionId=${encodeURIComponent(region)}`);
      expectProxyError(res, 404, 'InvalidRegionId.NotFound');
    }
    expectProxyError(
      await p.request('/api/ecs/DescribeRegions?RegionId=a.b'),
      404,
      'InvalidRegionId.NotFound',
    );
    expect(upstream.requests.length).toBe(before);
  });

  it('refuses unknown, duplicated and signing parameters with a message naming them', async () => {
    const p = await proxy();
    const before = upstream.requests.length;
    for (const [query, code, name] of [
      ['Foo=1', 'ProxyUnknownParameter', 'Foo'],
      ['AccessKeyId=x', 'ProxyUnknownParameter', 'AccessKeyId'],
      ['Signature=x', 'ProxyUnknownParameter', 'Signature'],
      ['Action=DeleteImage', 'ProxyUnknownParameter', 'Action'],
      ['Endpoint=evil.example', 'ProxyUnknownParameter', 'Endpoint'],
      ['PageSize=1&PageSize=2', 'ProxyDuplicateParameter', 'PageSize'],
    ] as const) {
      const res = await p.request(`${IMAGES}&${query}`);
      expectProxyError(res, 400, code);
      expect((res.json() as { Message: string }).Message).toContain(`"${name}"`);
    }
    expect(upstream.requests.length).toBe(before);
  });

  it('refuses oversized query strings', async () => {
    const p = await proxy();
    const before = upstream.requests.length;
    expectProxyError(await p.request(`${IMAGES}&ImageName=${'a'.repeat(9000)}`), 414, 'ProxyQueryTooLong');
    expect(upstream.requests.length).toBe(before);
  });

  it('forwards no client header upstream: the request is built from scratch', async () => {
    const p = await proxy();
    const res = await p.request(IMAGES, {
      headers: {
        cookie: 'session=abc',
        authorization: 'Bearer something',
        'x-forwarded-host': 'evil.example',
        'x-acs-action': 'DeleteImage',
        'x-acs-security-token': 'client-token',
        'user-agent': 'curious-browser',
        accept: 'text/html',
      },
    });
    expect(res.status).toBe(200);
    const sent = upstream.requests.at(-1)!;
    expect(Object.keys(sent.headers).sort()).toEqual(
      [
        'accept',
        'authorization',
        'connection',
        'content-length',
        'host',
        'x-acs-action',
        'x-acs-content-sha256',
        'x-acs-date',
        'x-acs-security-token',
        'x-acs-signature-nonce',
        'x-acs-version',
      ].sort(),
    );
    expect(sent.headers['x-acs-action']).toBe('DescribeImages');
    expect(sent.headers['x-acs-security-token']).toBe(TOKEN_STS);
    expect(sent.headers.accept).toBe('application/json');
    expect(sent.headers.host).toBe(upstream.host);
  });
});

describe('access token', () => {
  it('refuses to start on a non-loopback address without one', async () => {
    await expect(startProxy({ ...DEFAULT_TEST_OPTIONS, host: '0.0.0.0', emulator: true })).rejects.toThrow(
      StartupError,
    );
    await expect(startProxy({ ...DEFAULT_TEST_OPTIONS, host: '0.0.0.0', emulator: true })).rejects.toThrow(
      /--auth-token/,
    );
  });

  it('when set, is required on every /api call, and accepted as a bearer header or cookie', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN });
    const before = upstream.requests.length;
    expectProxyError(await p.request(IMAGES), 401, 'ProxyAuthRequired');
    expectProxyError(await p.request('/api/session'), 401, 'ProxyAuthRequired');
    expectProxyError(
      await p.request(IMAGES, { headers: { authorization: 'Bearer wrong-token-0123456789' } }),
      401,
      'ProxyAuthInvalid',
    );
    expectProxyError(
      await p.request(IMAGES, { headers: { cookie: `ecs_browser_auth_${p.port}=${AUTH_TOKEN}` } }),
      401,
      'ProxyAuthInvalid',
    );
    // Another port's cookie is not this server's.
    expectProxyError(
      await p.request(IMAGES, { headers: { cookie: `ecs_browser_auth_1=${authCookieValue(AUTH_TOKEN)}` } }),
      401,
      'ProxyAuthRequired',
    );
    expect(upstream.requests.length).toBe(before);

    expect((await p.request(IMAGES, { headers: { authorization: `Bearer ${AUTH_TOKEN}` } })).status).toBe(
      200,
    );
    expect((await p.request(IMAGES, { headers: { authorization: `bearer  ${AUTH_TOKEN}` } })).status).toBe(
      200,
    );
    expectProxyError(
      await p.request(IMAGES, { headers: { authorization: `Basic ${AUTH_TOKEN}` } }),
      401,
      'ProxyAuthInvalid',
    );
    const cookie = `other=1; ecs_browser_auth_${p.port}=${authCookieValue(AUTH_TOKEN)}`;
    expect((await p.request(IMAGES, { headers: { cookie } })).status).toBe(200);
    // Health checks stay open for monitors.
    expect((await p.request('/healthz')).status).toBe(200);
  });

  it('turns ?auth=<token> on a page into an HttpOnly SameSite=Strict cookie and a clean URL', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN });
    const res = await p.request(`/images?RegionId=cn-hangzhou&auth=${AUTH_TOKEN}&Tag.1.Value=a%20b`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/images?RegionId=cn-hangzhou&Tag.1.Value=a%20b');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(
      new RegExp(`^ecs_browser_auth_${p.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`),
    );
    // The cookie carries a value derived from the token, never the token itself.
    expect(cookie).not.toContain(AUTH_TOKEN);
    const [pair] = cookie.split(';');
    expect((await p.request(IMAGES, { headers: { cookie: pair! } })).status).toBe(200);

    const wrong = await p.request(`/?auth=not-the-token-0123456789`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.text).toMatch(/access token .* is wrong/);
  });

  it('a wildcard bind with a token answers to the loopback names and still checks Host', async () => {
    const p = await proxy({ host: '0.0.0.0', authToken: AUTH_TOKEN });
    expect(p.url).toBe(`http://127.0.0.1:${p.port}`);
    const bearer = { authorization: `Bearer ${AUTH_TOKEN}` };
    expect((await send(p.port, IMAGES, { headers: bearer })).status).toBe(200);
    expectProxyError(
      await p.request(IMAGES, { headers: { ...bearer, host: `rebound.example:${p.port}` } }),
      403,
      'ProxyHostNotAllowed',
    );
  });
});

describe('headers on every answer', () => {
  it('carry nosniff, no-referrer and the CSP; API answers are not cached by the browser', async () => {
    const p = await proxy();
    for (const path of [IMAGES, '/api/session', '/healthz', '/api/nothing', '/']) {
      const res = await p.request(path);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
      expect(res.headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(res.headers['x-frame-options'], path).toBe('DENY');
    }
    expect((await p.request(IMAGES)).headers['cache-control']).toBe('no-store');
    expect((await p.request('/api/session')).headers['cache-control']).toBe('no-store');
  });
});

describe('the log', () => {
  it('has one line per request with method, path, parameter names, status, upstream time and cache', async () => {
    const p = await proxy();
    await p.request(`${IMAGES}&ImageName=private-filter-value`);
    await p.request(`${IMAGES}&ImageName=private-filter-value`);
    await p.request('/api/ecs/DeleteImage');
    const lines = p.logs.filter((l) => l.startsWith('GET /api'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^GET \/api\/ecs\/DescribeImages\?RegionId,ImageName 200 \d+ms upstream=\d+ms cache=miss$/,
    );
    expect(lines[1]).toMatch(/^GET \/api\/ecs\/DescribeImages\?RegionId,ImageName 200 \d+ms cache=hit$/);
    expect(lines[2]).toMatch(/^GET \/api\/ecs\/DeleteImage 404 \d+ms$/);
    expect(p.logs.join('\n')).not.toContain('private-filter-value');
  });
});
