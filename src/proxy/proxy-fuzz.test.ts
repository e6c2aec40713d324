// The running proxy under generated requests, over raw sockets so nothing is cleaned up on the way:
// random and unknown parameters, huge, control-character and badly encoded values, odd methods,
// paths and hosts, traversal attempts, junk credentials. Bad input never gets an answer of 500 or
// more, nothing crashes, and neither the AccessKey secret nor the access token shows up anywhere.
// Seeded and reproducible (FUZZ_SEED picks another seed).

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCALAR_PARAM_NAMES } from '../ecs/describe-images-params';
import { freeText } from '../ecs/testing/request-arbitrary';
import { createHarness, type TestProxy } from './testing/proxy-harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = 5_000;
const SECRET = 'fuzz-embedded-secret-7d3a91';
const TOKEN = 'fuzz-access-token-0123456789';

const harness = createHarness();
let open: TestProxy;
let guarded: TestProxy;
let dist: string;

beforeAll(async () => {
  // A built SPA of two files, so page routes answer as they do in production.
  dist = mkdtempSync(join(tmpdir(), 'proxy-fuzz-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>ECS Image Browser</title>');
  writeFileSync(join(dist, 'assets', 'index-abcdefgh.js'), 'console.log(1)');
  const common = {
    emulator: true,
    emulatorImagesPerRegion: 30,
    embeddedCredential: { accessKeyId: 'FUZZEMBEDDEDKEY01', accessKeySecret: SECRET },
    distDir: dist,
  };
  open = await harness.start(common);
  guarded = await harness.start({ ...common, authToken: TOKEN });
});

afterAll(async () => {
  await harness.closeAll();
  rmSync(dist, { recursive: true, force: true });
});

// ---- what a request is made of -------------------------------------------------------------

const PARAM_NAMES = [
  ...SCALAR_PARAM_NAMES,
  'Tag.1.Key',
  'Tag.1.Value',
  'Tag.20.Key',
  'Tag.21.Key',
  'tag.1.key',
];
const paramName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PARAM_NAMES) },
  fc.constantFrom(
    'Filter.1.Key',
    'Filter.1.Value',
    'Filter.99.Key',
    'Action',
    'Signature',
    'AccessKeyId',
    'auth',
  ),
  fc.string({ maxLength: 12 }),
);
const paramValue = fc.oneof(
  { weight: 4, arbitrary: freeText },
  fc.constantFrom(
    'cn-hangzhou',
    'ap-southeast-1',
    'self',
    'others',
    'ALL',
    'Available,Deprecated',
    'true',
    '100',
  ),
  fc.constantFrom('evil.com/', '..', '../../etc/passwd', 'cn-hangzhou.evil.com', '127.0.0.1', '%2e%2e%2f'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 100, max: 12_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(
    'a\u0000b',
    'line\nbreak',
    'tab\there',
    '\u202etxt',
    '\ud800',
    'Throttling\r\nSet-Cookie: x=1',
  ),
);
/** Percent-encodes the UTF-8 bytes of any text, lone surrogates included (as U+FFFD). */
const encode = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_.~-]/.test(c) ? c : `%${b.toString(16).padStart(2, '0')}`;
    })
    .join('');
const encodedPair = fc
  .tuple(paramName, paramValue, fc.boolean())
  .map(([name, value, raw]) => (raw ? `${name}=${value}` : `${encode(name)}=${encode(value)}`));
const query = fc.oneof(
  fc.array(encodedPair, { maxLength: 8 }).map((pairs) => pairs.join('&')),
  fc.constantFrom('', 'RegionId=cn-hangzhou', 'RegionId=cn-hangzhou&PageSize=5', '%zz=1&RegionId=%', '&&&=&'),
);
const path = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '/api/ecs/DescribeImages',
      '/api/ecs/DescribeRegions',
      '/api/session',
      '/api/status',
    ),
  },
  fc.constantFrom(
    '/healthz',
    '/',
    '/images/cn-hangzhou/m-1',
    '/assets/index-abcdefgh.js',
    '/assets/missing-abcdefgh.js',
  ),
  fc.constantFrom(
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2f..%2fetc%2fpasswd',
    '/api/ecs/..%2fsession',
    '/api/ecs/DescribeImages/../../session',
    '//evil.example/x',
    '/\\..\\..\\windows\\win.ini',
    '/api/ecs/DeleteImage',
    '/api/ecs/',
    '/api',
    'http://evil.example/api/session',
    '*',
  ),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
);
const method = fc.oneof(
  { weight: 8, arbitrary: fc.constant('GET') },
  fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'get', 'FOO'),
);
const header = fc.oneof(
  fc.constantFrom(
    ['origin', 'https://evil.example'],
    ['origin', 'null'],
    ['sec-fetch-site', 'cross-site'],
    ['sec-fetch-site', 'same-origin'],
    ['cache-control', 'no-cache'],
    ['authorization', 'Bearer wrong-token-0123456789'],
    ['authorization', `Bearer ${TOKEN}`],
    ['authorization', 'Basic Zm9vOmJhcg=='],
    ['cookie', 'ecs_browser_auth_1=1.abc; x=y'],
    ['x-forwarded-for', '10.0.0.1'],
  ),
  fc.tuple(fc.stringMatching(/^[a-z-]{1,12}$/), fc.string({ maxLength: 30 })),
);
const request = fc.record({
  method,
  path,
  query,
  host: fc.oneof(
    { weight: 9, arbitrary: fc.constant('own') },
    fc.constantFrom('evil.example', 'localhost:1', ''),
  ),
  headers: fc.array(header, { maxLength: 3 }),
  guarded: fc.boolean(),
});
type FuzzRequest = typeof request extends fc.Arbitrary<infer R> ? R : never;

// ---- sending it as it is ---------------------------------------------------------------------

interface RawAnswer {
  status: number;
  text: string;
}

/** One request over its own connection, bytes as generated (header values stripped of line breaks). */
function sendRaw(port: number, r: FuzzRequest): Promise<RawAnswer> {
  const target = r.query ? `${r.path}?${r.query}` : r.path;
  const host = r.host === 'own' ? `127.0.0.1:${port}` : r.host;
  const headers = [['host', host], ...r.headers, ['connection', 'close']]
    .map(([name, value]) => `${name}: ${String(value).replace(/[\r\n]/g, ' ')}`)
    .join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    // Not end(): a browser does not half-close, and Node's server drops a half-closed request.
    socket.write(`${r.method} ${target} HTTP/1.1\r\n${headers}\r\n\r\n`, 'latin1');
  });
}

describe('the running proxy under generated requests', () => {
  it(`answers ${REQUESTS} of them without a 5xx for bad input, a crash or a leak`, async () => {
    const samples = fc.sample(request, { numRuns: REQUESTS, seed: SEED });
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const leaks: string[] = [];
    const forms = (s: string) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)];
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < samples.length) {
        const r = samples[next++]!;
        const proxy = r.guarded ? guarded : open;
        const answer = await sendRaw(proxy.port, r);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500 || answer.status === 0)
          serverErrors.push(
            `${answer.status} for ${JSON.stringify(r).slice(0, 300)}: ${answer.text.slice(0, 300)}`,
          );
        if ([SECRET, TOKEN].some((s) => forms(s).some((f) => answer.text.includes(f))))
          leaks.push(JSON.stringify(r).slice(0, 300));
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const seconds = (performance.now() - started) / 1000;
    const logs = [...open.logs, ...guarded.logs];
    console.log(
      `[figure] fuzz (seed ${SEED}): ${samples.length} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ${serverErrors.length} answers ≥ 500; ${logs.length} log lines`,
    );
    expect(serverErrors).toEqual([]);
    expect(leaks).toEqual([]);
    // Both servers still answer, and nothing failed inside them.
    for (const proxy of [open, guarded]) {
      expect(
        (
          await sendRaw(proxy.port, {
            method: 'GET',
            path: '/healthz',
            query: '',
            host: 'own',
            headers: [],
            guarded: false,
          })
        ).status,
      ).toBe(200);
    }
    expect(logs.filter((line) => line.startsWith('error:'))).toEqual([]);
    for (const line of logs) {
      expect(line).not.toMatch(/[\r\n]/);
      for (const secret of [SECRET, TOKEN]) for (const f of forms(secret)) expect(line).not.toContain(f);
    }
    expect(seconds).toBeLessThan(60);
  });
});
