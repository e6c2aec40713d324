// Three proxy replicas sharing one Redis, in front of one emulator, all signing as the same team
// account: together they must behave like one careful client of its quota. Each test prints its
// figures. Redis is Debian's redis-server on a free loopback port, started here and stopped after.

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HealthInfo } from '../ecs/proxy-api';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { staticCredentialProvider } from './credentials';
import type { SigningCredentials } from './signer';
import { createHarness, type HarnessResponse, type TestProxy } from './testing/proxy-harness';
import { startTestRedis, type TestRedis } from './testing/redis-server';

const TEAM_KEY: SigningCredentials = {
  accessKeyId: 'LTAIreplicasuite0001',
  accessKeySecret: 'replicas-secret-5b1e-team',
};
// Each test signs with its own key, so the emulator's per-key throttle starts afresh.
const KEYS: SigningCredentials[] = Array.from({ length: 8 }, (_, i) => ({
  accessKeyId: `${TEAM_KEY.accessKeyId}${i}`,
  accessKeySecret: `${TEAM_KEY.accessKeySecret}-${i}`,
}));
let nextKey = 0;

const harness = createHarness();
let emulator: RunningEmulator;
let redis: TestRedis;
/** Every call the emulator received: when (ms) and whether it was throttled. */
const upstream: { atMs: number; throttled: boolean }[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  emulator = await startEmulator({
    credentials: KEYS,
    imagesPerRegion: 120,
    log: (line) => upstream.push({ atMs: performance.now(), throttled: line.includes('Throttling') }),
  });
});
afterEach(async () => {
  await harness.closeAll();
  emulator.setFaults({ latencyMs: 0, throttleQps: null });
});
afterAll(async () => {
  harness.expectNowhere(KEYS.map((k) => k.accessKeySecret));
  await emulator.close();
  await redis.stop();
});

/** `n` replicas of one deployment: the same account, the same Redis (unless told otherwise). */
async function replicas(n: number, options: Parameters<typeof harness.start>[0] = {}): Promise<TestProxy[]> {
  const credential = KEYS[nextKey++]!;
  return Promise.all(
    Array.from({ length: n }, () =>
      harness.start({
        endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
        credentialProvider: staticCredentialProvider(credential, 'replica suite'),
        redisUrl: redis.url,
        timeoutMs: 10_000,
        ...options,
      }),
    ),
  );
}

/** Calls the emulator receives from now on. */
function watchUpstream() {
  const from = upstream.length;
  return () => upstream.slice(from);
}

/** The most calls that arrived within any one second. */
function busiestSecond(calls: readonly { atMs: number }[]): number {
  let most = 0;
  for (let i = 0, j = 0; j < calls.length; j++) {
    while (calls[j]!.atMs - calls[i]!.atMs >= 1_000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

const page = (n: number, extra = '') =>
  `/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=1&PageNumber=${n}${extra}`;

/** Sends the paths over the replicas in turn, at most `inFlight` at a time; each answer timed. */
async function spread(
  proxies: readonly TestProxy[],
  paths: readonly string[],
  inFlight: number,
): Promise<(HarnessResponse & { ms: number })[]> {
  const answers: (HarnessResponse & { ms: number })[] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const started = performance.now();
      const res = await proxies[i % proxies.length]!.request(paths[i]!);
      answers[i] = { ...res, ms: performance.now() - started };
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return answers;
}

function figure(text: string) {
  console.log(`[figure] ${text}`);
}

async function health(proxy: TestProxy): Promise<HealthInfo> {
  return (await proxy.request('/healthz')).json() as HealthInfo;
}

describe('replicas sharing Redis', () => {
  it('share the answer cache: an answer fetched through replica 1 costs no call when asked on replica 2', async () => {
    const [one, two] = await replicas(2);
    const calls = watchUpstream();
    const first = await one!.request(page(1));
    expect(first.headers['x-ecs-proxy-cache']).toBe('miss');
    const again = await two!.request(page(1));
    expect(again.status).toBe(200);
    expect(again.headers['x-ecs-proxy-cache']).toBe('hit');
    expect(again.text).toBe(first.text);
    expect(calls()).toHaveLength(1);
    figure('an answer fetched through replica 1, asked on replica 2: 0 upstream calls');
  });

  it('make 30 identical concurrent requests over three replicas in one upstream call', async () => {
    const proxies = await replicas(3);
    emulator.setFaults({ latencyMs: 300 });
    const calls = watchUpstream();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => proxies[i % 3]!.request(page(7, '&ImageName=ubuntu*'))),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(calls()).toHaveLength(1);
    // Every replica had requests of its own waiting for the one call.
    const sharedOn = new Set(
      answers.flatMap((a, i) => (String(a.headers['x-ecs-proxy-status']).includes('shared') ? [i % 3] : [])),
    );
    expect(sharedOn.size).toBe(3);
    // Two replicas waited for the third's call, and say so in their metrics.
    const fromRedis = await Promise.all(
      proxies.map(
        async (p) =>
          /ecs_proxy_shared_answers_total\{from="redis"\} (\d+)/.exec(
            (await p.request('/metrics')).text,
          )?.[1],
      ),
    );
    expect(fromRedis.filter(Boolean)).toHaveLength(2);
    figure('30 identical concurrent requests over 3 replicas: 1 upstream call');
  });

  it('stay under the account’s quota together: 300 distinct pages at 10 qps, none throttled, each within its budget', async () => {
    const proxies = await replicas(3, { rateLimit: 10 });
    emulator.setFaults({ throttleQps: 10 });
    const calls = watchUpstream();
    const started = performance.now();
    // Three people's dashboards: eight pages in flight on each replica.
    const answers = await spread(
      proxies,
      Array.from({ length: 300 }, (_, i) => page(i + 1)),
      24,
    );
    const seconds = (performance.now() - started) / 1000;
    const made = calls();
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const slowest = Math.max(...answers.map((a) => a.ms));
    expect(slowest).toBeLessThan(10_000);
    // The service's own count: its 10 qps bucket never refused a call.
    expect(made.filter((c) => c.throttled)).toHaveLength(0);
    expect(made).toHaveLength(300);
    const rate = (made.length - 1) / ((made.at(-1)!.atMs - made[0]!.atMs) / 1000);
    expect(rate).toBeLessThanOrEqual(10.05);
    figure(
      `3 replicas + Redis, --rate-limit 10, emulator throttling at 10 qps: 300 distinct pages in ${seconds.toFixed(1)} s, ` +
        `${made.length} upstream calls (${(made.length / 300).toFixed(2)} per page), ${rate.toFixed(2)} calls/s combined, 0 throttled; ` +
        `busiest second as the emulator received them ${busiestSecond(made)} calls (calls sent 100 ms apart arrive bunched when this one test process stalls); ` +
        `slowest answer ${(slowest / 1000).toFixed(1)} s of a 10 s budget`,
    );
  }, 90_000);

  it('keep serving when Redis is killed mid-run, say so in /healthz, and share again once it is back', async () => {
    const proxies = await replicas(3);
    emulator.setFaults({ latencyMs: 20 });
    let n = 1_000;
    const batch = (size: number) =>
      spread(
        proxies,
        Array.from({ length: size }, () => page(n++)),
        6,
      );
    const before = await batch(30);
    expect((await health(proxies[0]!)).sharedState).toEqual({ store: 'redis', redis: 'connected' });

    // Kill Redis while requests are under way.
    const during = batch(60);
    await vi.waitFor(() => expect(upstream.length).toBeGreaterThan(0));
    await redis.kill();
    const answered = [...before, ...(await during), ...(await batch(30))];
    expect(answered.filter((a) => a.status !== 200)).toEqual([]);
    for (const proxy of proxies) {
      await vi.waitFor(async () => expect((await health(proxy)).status).toBe('degraded'));
      expect((await health(proxy)).sharedState).toMatchObject({ store: 'memory', redis: 'unreachable' });
      expect(proxy.logs.some((l) => l.includes('redis: unreachable'))).toBe(true);
    }

    await redis.restart();
    for (const proxy of proxies)
      await vi.waitFor(async () => expect((await health(proxy)).status).toBe('ok'), {
        timeout: 10_000,
        interval: 100,
      });
    // Sharing again: an answer fetched on one replica is a hit on another.
    const calls = watchUpstream();
    await proxies[0]!.request(page(1, '&OSType=linux'));
    expect((await proxies[2]!.request(page(1, '&OSType=linux'))).headers['x-ecs-proxy-cache']).toBe('hit');
    expect(calls()).toHaveLength(1);
    figure(
      `Redis killed mid-run: ${answered.length} requests over 3 replicas, 0 failed; /healthz degraded while it was down, ok and sharing again after it came back`,
    );
  }, 60_000);
});
