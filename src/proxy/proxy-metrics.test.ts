// GET /metrics through the real proxy on the emulator: the counters agree with what the emulator
// received, and the endpoint is guarded like the API.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maskAccessKeyId } from '../ecs/proxy-api';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { staticCredentialProvider } from './credentials';
import type { SigningCredentials } from './signer';
import { createHarness, type TestProxy } from './testing/proxy-harness';

const KEYS: SigningCredentials[] = Array.from({ length: 4 }, (_, i) => ({
  accessKeyId: `LTAImetricsuite000${i}`,
  accessKeySecret: `metrics-secret-${i}-77aa`,
}));
let nextKey = 0;
const TOKEN = 'metrics-token-0123456789abcdef';

const harness = createHarness();
let emulator: RunningEmulator;
let received = 0;

beforeAll(async () => {
  emulator = await startEmulator({ credentials: KEYS, imagesPerRegion: 50, log: () => received++ });
});
afterEach(async () => {
  await harness.closeAll();
  emulator.setFaults({ latencyMs: 0, throttleQps: null });
});
afterAll(async () => {
  harness.expectNowhere([...KEYS.map((k) => k.accessKeySecret), TOKEN]);
  await emulator.close();
});

function proxy(options: Parameters<typeof harness.start>[0] = {}): Promise<TestProxy & { key: string }> {
  const key = KEYS[nextKey++]!;
  return harness
    .start({
      endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
      credentialProvider: staticCredentialProvider(key, 'metrics suite'),
      timeoutMs: 10_000,
      ...options,
    })
    .then((p) => ({ ...p, key: key.accessKeyId }));
}

/** The value of one series of the Prometheus text, 0 when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const present = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (present) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

const page = (n: number) => `/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=5&PageNumber=${n}`;

describe('GET /metrics', () => {
  it('counts upstream calls by action, account, region and outcome, throttles, retries, cache hits, shared calls and latency', async () => {
    const p = await proxy({ cacheTtlMs: 60_000 });
    const account = maskAccessKeyId(p.key);
    const before = received;
    emulator.setFaults({ throttleQps: 2 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => p.request(page(i + 1))));
    emulator.setFaults({ throttleQps: null, latencyMs: 200 });
    await Promise.all([p.request(page(20)), p.request(page(20))]);
    await p.request(page(20));
    const calls = received - before;

    const res = await p.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    const series = { action: 'DescribeImages', account, region: 'cn-hangzhou' };
    const ok = sample(text, 'ecs_proxy_upstream_calls_total', { ...series, outcome: 'ok' });
    const throttled = sample(text, 'ecs_proxy_upstream_calls_total', { ...series, outcome: 'throttled' });
    expect(ok).toBe(9);
    expect(throttled).toBeGreaterThan(0);
    expect(ok + throttled).toBe(calls);
    expect(sample(text, 'ecs_proxy_upstream_retries_total', { ...series, after: 'throttled' })).toBe(
      throttled,
    );
    expect(sample(text, 'ecs_proxy_cache_lookups_total', { result: 'hit' })).toBe(1);
    expect(sample(text, 'ecs_proxy_shared_answers_total', { from: 'replica' })).toBe(1);
    expect(sample(text, 'ecs_proxy_upstream_in_flight', { account, region: 'cn-hangzhou' })).toBe(0);
    expect(
      sample(text, 'ecs_proxy_upstream_duration_seconds_count', { action: 'DescribeImages', outcome: 'ok' }),
    ).toBe(9);
    expect(
      sample(text, 'ecs_proxy_answer_duration_seconds_count', { action: 'DescribeImages', status: '200' }),
    ).toBe(11);
    expect(sample(text, 'ecs_proxy_shared_state_up')).toBe(0);
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).not.toContain(p.key);
  });

  it('is guarded like the API: the access token, no cross-site requests', async () => {
    const p = await proxy({ authToken: TOKEN });
    expect((await p.request('/metrics')).status).toBe(401);
    expect(
      (await p.request('/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    const scraped = await p.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('ecs_proxy_upstream_calls_total');
    const crossSite = await p.request('/metrics', {
      headers: { authorization: `Bearer ${TOKEN}`, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
  });
});
