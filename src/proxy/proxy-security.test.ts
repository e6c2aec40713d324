// The proxy's security properties, end to end over loopback HTTP: a recording stand-in for ECS
// behind it, static test credentials, and raw requests whose every header the test controls.

import { readFileSync } from 'node:fs';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { generateSignedCookie } from 'hono/cookie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maskAccessKeyId } from '../ecs/proxy-api';
import { CredentialsUnavailableError, staticCredentialProvider } from './credentials';
import { AUTH_COOKIE_MAX_AGE_S, authCookieSecret } from './security';
import { FAILED_ATTEMPTS_BURST } from './failed-attempts';
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
    credentialProvider: staticCredentialProvider(credentials, 'test credentials'),
    ...options,
  });
}

const IMAGES = '/api/ecs/DescribeImages?RegionId=cn-hangzhou';

/** A self-signed certificate for 127.0.0.1, for tests only. */
const TLS_FILES = {
  cert: fileURLToPath(new URL('./testing/tls-cert.pem', import.meta.url)),
  key: fileURLToPath(new URL('./testing/tls-key.pem', import.meta.url)),
};

/** The proxy's own error: marked, explained, and with no RequestId or troubleshooting link of Alibaba's. */
function expectProxyError(res: { status: number; json: () => unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.json()).toMatchObject({ Code: code, Source: 'proxy' });
  const body = res.json() as Record<string, unknown>;
  expect(String(body.Message).length).toBeGreaterThan(10);
  expect(body).not.toHaveProperty('RequestId');
  expect(body).not.toHaveProperty('Recommend');
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

  /** The cookie a browser gets from opening `?auth=<token>` on the proxy. */
  async function cookieFrom(p: TestProxy): Promise<string> {
    const res = await p.request(`/?auth=${AUTH_TOKEN}`);
    expect(res.status).toBe(303);
    return String(res.headers['set-cookie']).split(';')[0]!;
  }

  it('when set, is required on every /api call, and accepted as a bearer header or cookie', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN });
    const before = upstream.requests.length;
    expectProxyError(await p.request(IMAGES), 401, 'ProxyAuthRequired');
    expectProxyError(await p.request('/api/session'), 401, 'ProxyAuthRequired');
    expectProxyError(await p.request('/api/status'), 401, 'ProxyAuthRequired');
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
    const cookie = await cookieFrom(p);
    // Another port's cookie name is not this server's.
    expectProxyError(
      await p.request(IMAGES, { headers: { cookie: cookie.replace(`_${p.port}=`, '_1=') } }),
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
    expect((await p.request(IMAGES, { headers: { cookie: `other=1; ${cookie}` } })).status).toBe(200);
    // Health checks stay open for monitors.
    expect((await p.request('/healthz')).status).toBe(200);
  });

  it('turns ?auth=<token> on a page into an expiring HttpOnly SameSite=Strict cookie and a clean URL', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN });
    const res = await p.request(`/images?RegionId=cn-hangzhou&auth=${AUTH_TOKEN}&Tag.1.Value=a%20b`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/images?RegionId=cn-hangzhou&Tag.1.Value=a%20b');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(
      new RegExp(
        `^ecs_browser_auth_${p.port}=\\d+\\.[A-Za-z0-9%+/]+; Max-Age=${AUTH_COOKIE_MAX_AGE_S}; Path=/; HttpOnly; SameSite=Strict$`,
      ),
    );
    // The cookie carries the expiry signed with a key derived from the token, never the token itself.
    expect(cookie).not.toContain(AUTH_TOKEN);
    const [pair] = cookie.split(';');
    expect((await p.request(IMAGES, { headers: { cookie: pair! } })).status).toBe(200);

    const wrong = await p.request(`/?auth=not-the-token-0123456789`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.text).toMatch(/access token .* is wrong/);
  });

  it('refuses a cookie past its expiry, and one made for another port', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN });
    const other = await proxy({ authToken: AUTH_TOKEN });
    const name = `ecs_browser_auth_${p.port}`;
    const expired = await generateSignedCookie(
      name,
      String(Math.floor(Date.now() / 1000) - 1),
      authCookieSecret(AUTH_TOKEN, p.port),
    );
    expectProxyError(
      await p.request(IMAGES, { headers: { cookie: expired.split(';')[0]! } }),
      401,
      'ProxyAuthInvalid',
    );
    // The same token on another port gives another cookie value: it does not open this one.
    const fromOther = (await cookieFrom(other)).replace(`_${other.port}=`, `_${p.port}=`);
    expectProxyError(await p.request(IMAGES, { headers: { cookie: fromOther } }), 401, 'ProxyAuthInvalid');
    expect((await p.request(IMAGES, { headers: { cookie: await cookieFrom(p) } })).status).toBe(200);
  });

  it('slows down guessing: past a few wrong tokens an address waits, even with the right one', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN });
    const wrong = { authorization: 'Bearer wrong-token-0123456789' };
    for (let i = 0; i < FAILED_ATTEMPTS_BURST; i++)
      expectProxyError(await p.request(IMAGES, { headers: wrong }), 401, 'ProxyAuthInvalid');
    const limited = await p.request(IMAGES, { headers: { authorization: `Bearer ${AUTH_TOKEN}` } });
    expectProxyError(limited, 429, 'ProxyAuthRateLimited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await p.request(`/?auth=${AUTH_TOKEN}`)).status).toBe(429);
    // Requests without a token are not guesses, and are not slowed.
    expect((await p.request('/healthz')).status).toBe(200);
  });

  it('behind a TLS-terminating proxy (--trust-proxy) uses a __Host- Secure cookie and counts guesses per client', async () => {
    const p = await proxy({ authToken: AUTH_TOKEN, trustProxy: true });
    const res = await p.request(`/?auth=${AUTH_TOKEN}`);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(
      new RegExp(
        `^__Host-ecs_browser_auth_${p.port}=[^;]+; Max-Age=\\d+; Path=/; HttpOnly; Secure; SameSite=Strict$`,
      ),
    );
    expect((await p.request(IMAGES, { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(200);
    // The plain name does not count once the cookie is __Host-.
    const plain = cookie.split(';')[0]!.replace('__Host-', '');
    expectProxyError(await p.request(IMAGES, { headers: { cookie: plain } }), 401, 'ProxyAuthRequired');
    const from = (client: string) => ({
      authorization: 'Bearer wrong-token-0123456789',
      'x-forwarded-for': `203.0.113.9, ${client}`,
    });
    for (let i = 0; i < FAILED_ATTEMPTS_BURST; i++)
      await p.request(IMAGES, { headers: from('198.51.100.1') });
    expectProxyError(await p.request(IMAGES, { headers: from('198.51.100.1') }), 429, 'ProxyAuthRateLimited');
    expectProxyError(await p.request(IMAGES, { headers: from('198.51.100.2') }), 401, 'ProxyAuthInvalid');
  });

  it('serves HTTPS with --tls-cert/--tls-key, with a __Host- Secure cookie and HSTS', async () => {
    const p = await proxy({
      authToken: AUTH_TOKEN,
      tls: { certFile: TLS_FILES.cert, keyFile: TLS_FILES.key },
    });
    expect(p.url).toBe(`https://127.0.0.1:${p.port}`);
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        https
          .get(
            { host: '127.0.0.1', port: p.port, path, headers, ca: readFileSync(TLS_FILES.cert) },
            (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
            },
          )
          .on('error', reject);
      });
    const res = await get(`/?auth=${AUTH_TOKEN}`);
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(
      /^__Host-ecs_browser_auth_\d+=[^;]+;.*; Secure; SameSite=Strict$/,
    );
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    expect((await get(IMAGES, { cookie, origin: `https://127.0.0.1:${p.port}` })).status).toBe(200);
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

describe('nothing untrusted reaches a log line or the browser unsanitised', () => {
  async function proxyBefore(handler: Parameters<typeof startLoopbackServer>[0], extra = {}) {
    const stand = await startLoopbackServer(handler);
    const p = await harness.start({
      endpoint: { protocol: 'http:', host: stand.host },
      credentialProvider: staticCredentialProvider(credentials, 'test credentials'),
      ...extra,
    });
    return { p, stand };
  }

  it('escapes an error code from upstream in the log, so it cannot forge a line', async () => {
    const forged = 'Forbidden\nGET /api/session 200 1ms';
    const { p, stand } = await proxyBefore((_req, res) =>
      sendJson(res, 403, { Code: forged, Message: 'no', RequestId: 'R', HostId: 'h', Recommend: '' }),
    );
    expect((await p.request(IMAGES)).status).toBe(403);
    const line = p.logs.find((l) => l.startsWith('GET /api/ecs/DescribeImages'))!;
    expect(line).toContain('code=Forbidden\\u000aGET /api/session 200 1ms');
    expect(p.logs.some((l) => l.startsWith('GET /api/session'))).toBe(false);
    await stand.close();
  });

  it('masks the AccessKey ID and removes the security token in a message the service echoes', async () => {
    // A V2 gateway's SignatureDoesNotMatch quotes the string to sign, AccessKeyId and token included.
    const stringToSign = `POST&%2F&AccessKeyId%3D${credentials.accessKeyId}%26SecurityToken%3D${encodeURIComponent(encodeURIComponent(TOKEN_STS))}`;
    const { p, stand } = await proxyBefore((_req, res) =>
      sendJson(res, 400, {
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature does not match our calculation. server string to sign is:${stringToSign}`,
        RequestId: 'R',
        HostId: 'h',
        Recommend: '',
      }),
    );
    const res = await p.request(IMAGES);
    expect(res.status).toBe(400);
    const message = (res.json() as { Message: string }).Message;
    expect(message).toContain(`AccessKeyId%3D${maskAccessKeyId(credentials.accessKeyId)}`);
    expect(res.text).not.toContain(credentials.accessKeyId);
    expect(message).toContain('SecurityToken%3D***');
    await stand.close();
  });

  it('tells the browser why credentials failed without naming a file, and the log all of it', async () => {
    let lookups = 0;
    const p = await harness.start({
      endpoint: { protocol: 'http:', host: upstream.host },
      credentialProvider: {
        // Found at start-up, gone later (a profile file deleted, an STS session that cannot renew).
        get: async () => {
          if (lookups++ === 0) return { ...credentials, providerName: 'test' };
          throw new CredentialsUnavailableError('profile: ENOENT reading /home/alice/.aliyun/config.json');
        },
        describe: () => 'test credentials',
      },
    });
    const res = await p.request(IMAGES);
    expectProxyError(res, 503, 'ProxyCredentialsUnavailable');
    expect((res.json() as { Message: string }).Message).toBe(
      'The proxy could not load credentials: profile: ENOENT reading <file>',
    );
    expect(p.logs.join('\n')).toContain('/home/alice/.aliyun/config.json');
  });
});
