import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignedRequest } from './signer';
import { sendJson, startLoopbackServer, type LoopbackServer, WAIT } from './testing/loopback-server';
import { PACING } from './pacing';
import {
  attemptTimeoutMs,
  MIN_ATTEMPT_TIMEOUT_MS,
  UpstreamClient,
  type UpstreamCallSpec,
  type UpstreamClientOptions,
  type UpstreamResult,
} from './upstream-client';

const servers: LoopbackServer[] = [];
const clients: UpstreamClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(handler: Parameters<typeof startLoopbackServer>[0]) {
  const s = await startLoopbackServer(handler);
  servers.push(s);
  return s;
}

/** A client whose retry waits are recorded and skipped. */
function client(options: Partial<UpstreamClientOptions> = {}) {
  const waits: number[] = [];
  const c = new UpstreamClient({
    timeoutMs: 5_000,
    concurrency: 8,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  clients.push(c);
  return { client: c, waits };
}

/** Signs "afresh" for every attempt: each call gets its own nonce header. */
function signer(url: string) {
  let n = 0;
  const sign = (): SignedRequest => ({
    method: 'POST',
    url: `${url}/?RegionId=cn-hangzhou`,
    headers: { host: new URL(url).host, 'x-acs-signature-nonce': `nonce-${++n}`, 'content-length': '0' },
  });
  return { sign, count: () => n };
}

const ok = { RequestId: 'R', Images: { Image: [] }, TotalCount: 0 };

/** The call the client is asked to make, all under one AccessKey in one region. */
function spec(host: string, sign: () => SignedRequest): UpstreamCallSpec {
  return {
    sign,
    host,
    accessKeyId: 'LTAItestkey0001',
    regionId: 'cn-hangzhou',
    action: 'DescribeImages',
    statusKey: 'DescribeImages?x',
  };
}
const never = new AbortController().signal;

function expectFailed(result: UpstreamResult, status: number, code: string) {
  expect(result.kind).toBe('failed');
  if (result.kind === 'failed') expect(result.error).toMatchObject({ status, code });
}

describe('UpstreamClient', () => {
  it('passes the answer through and reuses one keep-alive connection', async () => {
    const s = await server((_req, res) => sendJson(res, 200, ok));
    const { client: c } = client();
    const { sign } = signer(s.url);
    for (let i = 0; i < 3; i++) {
      const result = await c.send(spec(s.host, sign), never);
      expect(result).toMatchObject({ kind: 'answer', status: 200, attempts: 1, code: undefined });
      if (result.kind === 'answer') expect(JSON.parse(result.body.toString())).toEqual(ok);
    }
    expect(s.connections()).toBe(1);
    expect(s.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
  });

  it('retries a server error and then answers, signing every attempt afresh', async () => {
    const s = await server((_req, res, i) =>
      i === 0
        ? sendJson(res, 503, { Code: 'ServiceUnavailable', Message: 'm', RequestId: 'R' })
        : sendJson(res, 200, ok),
    );
    const { client: c, waits } = client({ random: () => 0.5 });
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expect(result).toMatchObject({ kind: 'answer', status: 200, attempts: 2 });
    expect(waits).toEqual([100]);
    expect(new Set(s.requests.map((r) => r.headers['x-acs-signature-nonce'])).size).toBe(2);
  });

  it('retries throttling (HTTP 400) after the x-acs-retry-after the service asks for', async () => {
    const s = await server((_req, res, i) =>
      i < 2
        ? sendJson(
            res,
            400,
            { Code: 'Throttling.User', Message: 'm', RequestId: 'R' },
            { 'x-acs-retry-after': '250' },
          )
        : sendJson(res, 200, ok),
    );
    const { client: c, waits } = client();
    expect(await c.send(spec(s.host, signer(s.url).sign), never)).toMatchObject({
      kind: 'answer',
      status: 200,
      attempts: 3,
    });
    expect(waits).toEqual([250, 250]);
  });

  it('does not retry other client errors, and passes them through as sent', async () => {
    const error = {
      Code: 'InvalidAccessKeyId.NotFound',
      Message: 'Specified access key is not found.',
      RequestId: 'R',
      HostId: 'h',
    };
    const s = await server((_req, res) => sendJson(res, 404, error));
    const { client: c, waits } = client();
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expect(result).toMatchObject({
      kind: 'answer',
      status: 404,
      attempts: 1,
      code: 'InvalidAccessKeyId.NotFound',
    });
    if (result.kind === 'answer') expect(JSON.parse(result.body.toString())).toEqual(error);
    expect(waits).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('gives up after the last attempt and passes the last server error through', async () => {
    const s = await server((_req, res) =>
      sendJson(res, 500, { Code: 'InternalError', Message: 'm', RequestId: 'R' }),
    );
    const { client: c, waits } = client({ retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 } });
    expect(await c.send(spec(s.host, signer(s.url).sign), never)).toMatchObject({
      kind: 'answer',
      status: 500,
      attempts: 3,
    });
    expect(waits).toHaveLength(2);
  });

  it('retries a connection that breaks, then answers', async () => {
    const s = await server((req, res, i) => (i === 0 ? req.socket.destroy() : sendJson(res, 200, ok)));
    const { client: c } = client();
    expect(await c.send(spec(s.host, signer(s.url).sign), never)).toMatchObject({
      kind: 'answer',
      status: 200,
      attempts: 2,
    });
  });

  it('reports an endpoint nobody listens on as unreachable (502)', async () => {
    const s = await server(() => {});
    const { host, url } = s;
    await s.close();
    servers.length = 0;
    const { client: c, waits } = client();
    const result = await c.send(spec(host, signer(url).sign), never);
    expectFailed(result, 502, 'ProxyUpstreamUnreachable');
    if (result.kind === 'failed')
      expect(result.error.message).toBe(`The proxy could not reach ${host}: ECONNREFUSED.`);
    expect(result.attempts).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('ends a hanging call at the time budget with 504 and closes the connection', async () => {
    const s = await server(() => {});
    const { client: c } = client({ timeoutMs: 200 });
    const started = Date.now();
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expectFailed(result, 504, 'ProxyUpstreamTimeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    await vi.waitFor(() => expect(s.abandoned(), 'the upstream request to be closed').toBe(1), WAIT);
  });

  it('cancels the upstream call when the browser goes away, without retrying', async () => {
    const s = await server(() => {});
    const { client: c, waits } = client();
    const browser = new AbortController();
    const pending = c.send(spec(s.host, signer(s.url).sign), browser.signal);
    await vi.waitFor(() => expect(s.inFlight(), 'the request to arrive').toBe(1), WAIT);
    browser.abort();
    expect(await pending).toMatchObject({ kind: 'aborted', attempts: 1 });
    await vi.waitFor(() => expect(s.abandoned(), 'the upstream request to be closed').toBe(1), WAIT);
    expect(waits).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('refuses answers over the size cap, declared or streamed', async () => {
    const big = Buffer.alloc(2048, 'x');
    const declared = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(big.length) });
      res.end(big);
    });
    const streamed = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(big.subarray(0, 1000));
      res.end(big.subarray(1000));
    });
    const { client: c } = client({ maxResponseBytes: 1024 });
    for (const s of [declared, streamed]) {
      const result = await c.send(spec(s.host, signer(s.url).sign), never);
      expectFailed(result, 502, 'ProxyUpstreamResponseTooLarge');
      expect(result.attempts).toBe(1);
    }
  });

  it('never follows a redirect', async () => {
    const target = await server((_req, res) => sendJson(res, 200, ok));
    const s = await server((_req, res) => {
      res.writeHead(302, { location: `${target.url}/` });
      res.end();
    });
    const { client: c } = client();
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expectFailed(result, 502, 'ProxyUpstreamBadResponse');
    if (result.kind === 'failed') expect(result.error.message).toMatch(/redirect \(HTTP 302\)/);
    expect(target.requests).toHaveLength(0);
  });

  it('refuses an answer that is not JSON, after trying again', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>login</html>');
    });
    const { client: c } = client();
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expectFailed(result, 502, 'ProxyUpstreamBadResponse');
    expect(result.attempts).toBe(3);
  });

  it('treats a body with trailing garbage or cut short as a bad answer and tries again', async () => {
    const page = JSON.stringify({ RequestId: 'R', Images: { Image: [{ ImageId: 'm-1' }] } });
    const bodies = [`${page}}`, page.slice(0, -3), `  ${page}\n`];
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(bodies.shift());
    });
    const { client: c } = client();
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expect(result).toMatchObject({ kind: 'answer', status: 200, attempts: 3 });
    if (result.kind === 'answer') expect(result.body.toString()).toBe(`  ${page}\n`);
  });

  it('keeps at most `concurrency` requests in flight and queues the rest', async () => {
    const held: Array<() => void> = [];
    const s = await server((_req, res) => held.push(() => sendJson(res, 200, ok)));
    const { client: c } = client({ concurrency: 3 });
    const { sign } = signer(s.url);
    const all = Promise.all(Array.from({ length: 10 }, () => c.send(spec(s.host, sign), never)));
    for (let answered = 0; answered < 10; answered++) {
      // The limit fills up (and no further) before one request is released.
      const full = Math.min(3, 10 - answered);
      await vi.waitFor(() => expect(held.length, 'requests held by the server').toBe(full), WAIT);
      expect(s.inFlight()).toBeLessThanOrEqual(3);
      held.shift()!();
    }
    const results = await all;
    expect(results.every((r) => r.kind === 'answer')).toBe(true);
    expect(s.peakInFlight()).toBe(3);
  });
});

describe('UpstreamClient as the one retry layer', () => {
  it('abandons a hung attempt at its own timeout and retries while the budget lasts', async () => {
    const s = await server((_req, res, i) => (i === 0 ? undefined : sendJson(res, 200, ok)));
    const { client: c } = client({ timeoutMs: 2 * MIN_ATTEMPT_TIMEOUT_MS + 1_000 });
    const started = Date.now();
    const result = await c.send(spec(s.host, signer(s.url).sign), never);
    expect(result).toMatchObject({ kind: 'answer', status: 200, attempts: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(MIN_ATTEMPT_TIMEOUT_MS - 50);
    await vi.waitFor(() => expect(s.abandoned(), 'the hung attempt to be closed').toBe(1), WAIT);
  });

  it('pays every retry from the retry budget; once it is spent, a failure is answered as it is', async () => {
    const s = await server((_req, res) => sendJson(res, 503, { Code: 'ServiceUnavailable', Message: 'm' }));
    const { client: c } = client();
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await c.send(spec(s.host, signer(s.url).sign), never));
    expect(results.every((r) => r.kind === 'answer' && r.status === 503)).toBe(true);
    // 20 requests, and the retries a full budget pays for (5 tokens each), not 3 attempts each.
    const budgetRetries = PACING.retryCapacity / 5;
    expect(s.requests.length).toBeLessThanOrEqual(20 + budgetRetries);
    expect(results.at(-1)!.attempts).toBe(1);
  });

  it('looks in the cache again once it has its place, and then calls nobody', async () => {
    const s = await server((_req, res) => sendJson(res, 200, ok));
    const { client: c } = client();
    const cached = Buffer.from('{"RequestId":"cached"}');
    const result = await c.send({ ...spec(s.host, signer(s.url).sign), recheck: async () => cached }, never);
    expect(result).toMatchObject({ kind: 'cached', attempts: 0 });
    expect(s.requests).toHaveLength(0);
  });

  it('says what it is doing: the calls under way, and the pacing of each AccessKey × region', async () => {
    const held: Array<() => void> = [];
    let throttle = true;
    const s = await server((_req, res) =>
      throttle
        ? sendJson(res, 400, {
            Code: 'Throttling.User',
            Message: 'Request was denied due to user flow control.',
          })
        : held.push(() => sendJson(res, 200, ok)),
    );
    const { client: c } = client({ retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    expect(await c.send(spec(s.host, signer(s.url).sign), never)).toMatchObject({ status: 400 });
    throttle = false;
    const pending = c.send(spec(s.host, signer(s.url).sign), never);
    await vi.waitFor(() => expect(held.length, 'the call to arrive').toBe(1), WAIT);
    const status = await c.status();
    expect(status.pending).toEqual([
      {
        key: 'DescribeImages?x',
        regionId: 'cn-hangzhou',
        phase: 'sending',
        attempt: 1,
        maxAttempts: 1,
        lastFailure: null,
        waiters: 1,
      },
    ]);
    expect(status.regions).toEqual([
      expect.objectContaining({
        regionId: 'cn-hangzhou',
        accessKeyId: 'LTAI*******0001',
        state: 'slowed',
        inFlight: 1,
        calls: 2,
        throttledCalls: 1,
        lastThrottledAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
    held[0]!();
    await pending;
    expect((await c.status()).pending).toEqual([]);
  });
});

describe('attemptTimeoutMs', () => {
  it('is a few times the typical answer time, doubles with each attempt, and leaves room for a retry', () => {
    expect(attemptTimeoutMs(10_000, 100, 1)).toBe(MIN_ATTEMPT_TIMEOUT_MS);
    expect(attemptTimeoutMs(10_000, 100, 2)).toBe(2 * MIN_ATTEMPT_TIMEOUT_MS);
    expect(attemptTimeoutMs(10_000, 800, 1)).toBe(4_000);
    expect(attemptTimeoutMs(10_000, 100, 3)).toBe(5_000);
    expect(attemptTimeoutMs(300, 100, 1)).toBe(150);
  });
});
