// The proxy's upstream behaviour seen from the browser's side, against a loopback stand-in for ECS
// that counts what reaches it: the concurrency limit, the browser's abort, the cache and its bypass.

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseAnswerStatus, PROXY_STATUS_HEADER, type ProxyStatus } from '../ecs/proxy-api';
import { staticCredentialProvider } from './credentials';
import { sendJson, startLoopbackServer, type LoopbackServer, WAIT } from './testing/loopback-server';
import { createHarness, type TestProxy } from './testing/proxy-harness';

const SECRET = 'proxy-upstream-secret-77aa';
const harness = createHarness();
const servers: LoopbackServer[] = [];

afterEach(async () => {
  await harness.closeAll();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => harness.expectNowhere([SECRET]));

const answer = (req: { url?: string }) => ({
  RequestId: 'UP',
  RegionId: 'cn-hangzhou',
  TotalCount: 1,
  PageNumber: 1,
  PageSize: 10,
  Images: {
    Image: [{ ImageId: new URL(req.url ?? '/', 'http://x').searchParams.get('ImageName') ?? 'none' }],
  },
});

async function setup(
  handler: Parameters<typeof startLoopbackServer>[0],
  options: Parameters<typeof harness.start>[0] = {},
) {
  const upstream = await startLoopbackServer(handler);
  servers.push(upstream);
  const proxy: TestProxy = await harness.start({
    endpoint: { protocol: 'http:', host: upstream.host },
    credentialProvider: staticCredentialProvider(
      { accessKeyId: 'LTAIupstreamtest', accessKeySecret: SECRET },
      'test',
    ),
    ...options,
  });
  return { upstream, proxy };
}

const images = (name: string) => `/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageName=${name}`;

describe('through the proxy', () => {
  it('no more than --concurrency requests reach ECS at once; the rest wait their turn', async () => {
    const held: Array<() => void> = [];
    const { upstream, proxy } = await setup((req, res) => held.push(() => sendJson(res, 200, answer(req))), {
      concurrency: 2,
    });
    const browser = Array.from({ length: 7 }, (_, i) => proxy.request(images(`img-${i}`)));
    for (let released = 0; released < 7; released++) {
      await vi.waitFor(() => expect(held.length, 'a request upstream').toBeGreaterThan(0), WAIT);
      await new Promise((resolve) => setImmediate(resolve));
      expect(upstream.inFlight()).toBeLessThanOrEqual(2);
      held.shift()!();
    }
    const responses = await Promise.all(browser);
    expect(responses.map((r) => r.status)).toEqual(Array(7).fill(200));
    // Each browser request got its own answer back.
    expect(responses.map((r) => (r.json() as ReturnType<typeof answer>).Images.Image[0]!.ImageId)).toEqual(
      Array.from({ length: 7 }, (_, i) => `img-${i}`),
    );
    expect(upstream.peakInFlight()).toBe(2);
  });

  it("the browser's abort cancels the upstream call, which is not retried", async () => {
    const { upstream, proxy } = await setup(() => {});
    const browser = new AbortController();
    const pending = proxy.request(images('slow'), { signal: browser.signal }).catch((e: Error) => e);
    await vi.waitFor(() => expect(upstream.inFlight(), 'the upstream call').toBe(1), WAIT);
    browser.abort();
    expect(await pending).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(upstream.abandoned(), 'the upstream call to be cancelled').toBe(1), WAIT);
    await vi.waitFor(
      () =>
        expect(
          proxy.logs.some((l) => l.includes(' 499 ')),
          'the log line',
        ).toBe(true),
      WAIT,
    );
    expect(upstream.requests).toHaveLength(1);
  });

  it('answers a repeated request from the cache, and Cache-Control: no-cache goes to ECS again', async () => {
    const { upstream, proxy } = await setup((req, res) => sendJson(res, 200, answer(req)));
    const first = await proxy.request(images('a'));
    expect(first.headers['x-ecs-proxy-cache']).toBe('miss');
    expect(first.headers['server-timing']).toMatch(/upstream;dur=\d+(\.\d+)?.*total;dur=/);
    // The same request in another parameter order is the same request.
    const second = await proxy.request('/api/ecs/DescribeImages?ImageName=a&RegionId=cn-hangzhou');
    expect(second.headers['x-ecs-proxy-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(upstream.requests).toHaveLength(1);

    const bypass = await proxy.request(images('a'), { headers: { 'cache-control': 'no-cache' } });
    expect(bypass.headers['x-ecs-proxy-cache']).toBe('bypass');
    expect(upstream.requests).toHaveLength(2);
    expect((await proxy.request(images('b'))).headers['x-ecs-proxy-cache']).toBe('miss');
    expect(upstream.requests).toHaveLength(3);
  });

  it('never caches errors', async () => {
    const { upstream, proxy } = await setup((_req, res) =>
      sendJson(res, 400, { Code: 'InvalidParameter', Message: 'm', RequestId: 'R', HostId: 'h' }),
    );
    expect((await proxy.request(images('x'))).status).toBe(400);
    expect((await proxy.request(images('x'))).status).toBe(400);
    expect(upstream.requests).toHaveLength(2);
  });

  it('keeps answers for different AccessKeys apart', async () => {
    const upstream = await startLoopbackServer((req, res) =>
      sendJson(res, 200, { ...answer(req), Who: req.headers.authorization }),
    );
    servers.push(upstream);
    const keys = { accessKeyId: 'LTAIfirstkey0001', accessKeySecret: SECRET };
    const proxy = await harness.start({
      endpoint: { protocol: 'http:', host: upstream.host },
      credentialProvider: { get: async () => ({ ...keys, providerName: 'test' }), describe: () => 'test' },
    });
    expect((await proxy.request(images('a'))).headers['x-ecs-proxy-cache']).toBe('miss');
    keys.accessKeyId = 'LTAIsecondkey002';
    expect((await proxy.request(images('a'))).headers['x-ecs-proxy-cache']).toBe('miss');
    expect(
      upstream.requests.map((r) => /Credential=(\w+)/.exec(String(r.headers.authorization))?.[1]),
    ).toEqual(['LTAIfirstkey0001', 'LTAIsecondkey002']);
  });

  it('passes an ECS error through as sent, and marks its own errors with Source: proxy', async () => {
    const ecsError = {
      RequestId: 'R1',
      HostId: 'ecs.cn-hangzhou.aliyuncs.com',
      Code: 'Forbidden.RAM',
      Message: 'no',
      Recommend: 'x',
    };
    const { proxy } = await setup((_req, res) => sendJson(res, 403, ecsError), { timeoutMs: 2_000 });
    const res = await proxy.request(images('x'));
    expect(res.status).toBe(403);
    expect(res.text).toBe(JSON.stringify(ecsError));
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('reports an unreachable endpoint as 502 from the proxy, naming the host', async () => {
    const upstream = await startLoopbackServer(() => {});
    await upstream.close();
    const proxy = await harness.start({
      endpoint: { protocol: 'http:', host: upstream.host },
      credentialProvider: staticCredentialProvider({ accessKeyId: 'id', accessKeySecret: SECRET }, 'test'),
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const res = await proxy.request(images('x'));
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({
      Code: 'ProxyUpstreamUnreachable',
      Source: 'proxy',
      HostId: upstream.host,
    });
  });
});

describe('the proxy API contract', () => {
  it('HEAD never reaches the service: 405 for the ECS actions, fine for the rest', async () => {
    const { upstream, proxy } = await setup((req, res) => sendJson(res, 200, answer(req)));
    const head = await proxy.request(images('a'), { method: 'HEAD' });
    expect(head.status).toBe(405);
    expect(head.headers.allow).toBe('GET');
    expect((await proxy.request('/api/ecs/DescribeRegions', { method: 'HEAD' })).status).toBe(405);
    expect((await proxy.request('/api/session', { method: 'HEAD' })).status).toBe(200);
    expect((await proxy.request('/healthz', { method: 'HEAD' })).status).toBe(200);
    expect(upstream.requests).toHaveLength(0);
  });

  it('says on every answer what it cost: attempts, time queued, shared or not, pacing', async () => {
    const { proxy } = await setup((req, res) => sendJson(res, 200, answer(req)));
    const first = await proxy.request(images('a'));
    expect(parseAnswerStatus(String(first.headers[PROXY_STATUS_HEADER]))).toEqual({
      attempts: 1,
      queuedMs: expect.any(Number),
      shared: false,
      pacing: 'steady',
    });
    const cached = await proxy.request(images('a'));
    expect(parseAnswerStatus(String(cached.headers[PROXY_STATUS_HEADER]))).toMatchObject({ attempts: 0 });
  });

  it('makes identical requests in flight at once one call, with or without the cache', async () => {
    for (const cacheTtlMs of [60_000, 0]) {
      const held: Array<() => void> = [];
      const { upstream, proxy } = await setup(
        (req, res) => held.push(() => sendJson(res, 200, answer(req))),
        {
          cacheTtlMs,
        },
      );
      const browsers = Array.from({ length: 5 }, () => proxy.request(images('same')));
      await vi.waitFor(() => expect(held.length, 'the call upstream').toBe(1), WAIT);
      // The other four join it; the status endpoint shows one call with five waiting for it.
      await vi.waitFor(async () => {
        const status = (await proxy.request('/api/status')).json() as ProxyStatus;
        expect(status.pending).toEqual([expect.objectContaining({ phase: 'sending', waiters: 5 })]);
      }, WAIT);
      held[0]!();
      const answers = await Promise.all(browsers);
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
      expect(
        answers.filter((a) => parseAnswerStatus(String(a.headers[PROXY_STATUS_HEADER]))?.shared),
      ).toHaveLength(4);
      expect(upstream.requests).toHaveLength(1);
    }
  });

  it('GET /api/status lists each AccessKey × region it paces and each call under way', async () => {
    const { proxy } = await setup((req, res) => sendJson(res, 200, answer(req)));
    await proxy.request(images('a'));
    const res = await proxy.request('/api/status');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      regions: [
        expect.objectContaining({
          regionId: 'cn-hangzhou',
          accessKeyId: 'LTAI********test',
          state: 'steady',
          inFlight: 0,
          ratePerSecond: null,
          queued: 0,
          calls: 1,
          throttledCalls: 0,
          lastThrottledAt: null,
        }),
      ],
      pending: [],
    });
  });
});
