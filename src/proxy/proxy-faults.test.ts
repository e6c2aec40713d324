// The proxy against the emulator's faults, as a careful client of a shared, rate-limited API must
// behave: throttled, failing, hanging and crowded. Each test prints its figure. The emulator counts
// calls by its log; each test signs with its own AccessKey, so the emulator's per-key throttle
// starts afresh.

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { parseAnswerStatus, PROXY_STATUS_HEADER } from '../ecs/proxy-api';
import { staticCredentialProvider } from './credentials';
import { PACING } from './pacing';
import type { SigningCredentials } from './signer';
import { WAIT } from './testing/loopback-server';
import { createHarness, type HarnessResponse, type TestProxy } from './testing/proxy-harness';

const KEYS: SigningCredentials[] = Array.from({ length: 6 }, (_, i) => ({
  accessKeyId: `LTAIfaultsuite${String(i).padStart(4, '0')}`,
  accessKeySecret: `faults-secret-${i}-8c1d`,
}));
let nextKey = 0;

const harness = createHarness();
let emulator: RunningEmulator;
const emulatorLog: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    credentials: KEYS,
    imagesPerRegion: 120,
    log: (line) => emulatorLog.push(line),
  });
});
afterEach(async () => {
  await harness.closeAll();
  emulator.setFaults({ latencyMs: 0, throttleQps: null, errorRate: 0, hangRate: 0, malformedRate: 0 });
});
afterAll(async () => {
  harness.expectNowhere(KEYS.map((k) => k.accessKeySecret));
  await emulator.close();
});

/** A proxy signing with a key of its own, without the answer cache: every request may go upstream. */
function proxy(options: Parameters<typeof harness.start>[0] = {}): Promise<TestProxy> {
  return harness.start({
    endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
    credentialProvider: staticCredentialProvider(KEYS[nextKey++]!, 'fault suite'),
    cacheTtlMs: 0,
    timeoutMs: 10_000,
    ...options,
  });
}

/** Calls the emulator received from now on. */
function countCalls() {
  const before = emulatorLog.length;
  return () => emulatorLog.length - before;
}

async function timed(pending: Promise<HarnessResponse>): Promise<HarnessResponse & { ms: number }> {
  const started = performance.now();
  const res = await pending;
  return { ...res, ms: performance.now() - started };
}

const page = (n: number) => `/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=1&PageNumber=${n}`;

function figure(text: string) {
  console.log(`[figure] ${text}`);
}

describe('the proxy under the emulator’s faults', () => {
  it('under a 10 qps throttle, 60 concurrent distinct pages all succeed within their budget, at most 1.2 calls each', async () => {
    const p = await proxy();
    emulator.setFaults({ throttleQps: 10 });
    const calls = countCalls();
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => timed(p.request(page(i + 1)))));
    const perPage = calls() / answers.length;
    const slowest = Math.max(...answers.map((a) => a.ms));
    figure(
      `10 qps throttle: 60 pages, ${calls()} upstream calls (${perPage.toFixed(2)} per page), all answered in ${(slowest / 1000).toFixed(1)} s`,
    );
    expect(answers.map((a) => a.status)).toEqual(Array(60).fill(200));
    expect(slowest).toBeLessThan(10_000);
    expect(perPage).toBeLessThanOrEqual(1.2);
    const status = (await p.request('/api/status')).json() as { regions: Array<{ state: string }> };
    expect(status.regions[0]!.state).toBe('slowed');
  });

  it('under 100 % server errors, makes no more calls than the requests plus what the retry budget pays for', async () => {
    const p = await proxy();
    emulator.setFaults({ errorRate: 1 });
    const calls = countCalls();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => p.request(page(i + 1))));
    const retries = PACING.retryCapacity / 5;
    figure(`100 % 5xx: 30 requests, ${calls()} upstream calls (retry budget: ${retries} retries)`);
    expect(answers.every((a) => a.status >= 500)).toBe(true);
    // Answered as the service answered, not as the proxy's own error.
    expect(answers.every((a) => !(a.json() as { Source?: string }).Source)).toBe(true);
    expect(calls()).toBeLessThanOrEqual(30 + retries);
  });

  it('answers at once, with ProxyOverloaded and Retry-After, a request that could not get its turn in time', async () => {
    const budgetMs = 3_000;
    const p = await proxy({ timeoutMs: budgetMs });
    emulator.setFaults({ throttleQps: 1 });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => timed(p.request(page(i + 1)))));
    const overloaded = answers.filter((a) => a.status === 503);
    const quickest = Math.min(...overloaded.map((a) => a.ms));
    figure(
      `1 qps throttle, ${budgetMs / 1000} s budget, 20 pages at once: ${answers.filter((a) => a.status === 200).length} answered, ${overloaded.length} refused as overloaded (the first after ${Math.round(quickest)} ms), slowest answer ${(Math.max(...answers.map((a) => a.ms)) / 1000).toFixed(1)} s`,
    );
    expect(overloaded.length).toBeGreaterThan(0);
    for (const a of overloaded) {
      expect(a.json()).toMatchObject({ Code: 'ProxyOverloaded', Source: 'proxy' });
      expect(Number(a.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    // Refused as soon as the wait is known to be too long, not at the end of the budget.
    expect(quickest).toBeLessThan(budgetMs / 2);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(budgetMs + 1_000);
  });

  it('makes 30 identical concurrent requests one upstream call', async () => {
    const p = await proxy();
    emulator.setFaults({ latencyMs: 300 });
    const calls = countCalls();
    const answers = await Promise.all(Array.from({ length: 30 }, () => p.request(page(1))));
    figure(`30 identical concurrent requests: ${calls()} upstream call(s)`);
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(
      answers.filter((a) => parseAnswerStatus(String(a.headers[PROXY_STATUS_HEADER]))?.shared),
    ).toHaveLength(29);
    expect(calls()).toBe(1);
  });

  it('with every call hanging answers within the budget + 1 s, and once the hang ends a new request succeeds within 3 s', async () => {
    const budgetMs = 6_000;
    const p = await proxy({ timeoutMs: budgetMs });
    emulator.setFaults({ hangRate: 1, hangMs: 60_000 });
    const hung = await Promise.all(Array.from({ length: 8 }, (_, i) => timed(p.request(page(i + 1)))));
    const slowest = Math.max(...hung.map((a) => a.ms));
    figure(
      `every call hanging, ${budgetMs / 1000} s budget: 8 requests answered in ${(slowest / 1000).toFixed(1)} s at most (${[...new Set(hung.map((a) => a.status))].join(', ')})`,
    );
    expect(hung.every((a) => a.status === 504 || a.status === 503)).toBe(true);
    expect(slowest).toBeLessThan(budgetMs + 1_000);

    // Requests arrive during the hang: some hang upstream, the others wait for a place behind them.
    // Then the hang ends; a new request comes after all of them.
    // (Abandoned calls of the first eight hang on at the emulator too.)
    const hangingBefore = emulator.stats().inFlight;
    const during = Array.from({ length: 8 }, (_, i) => p.request(page(i + 20)));
    await vi.waitFor(async () => {
      expect(emulator.stats().inFlight - hangingBefore, 'calls hanging at the emulator').toBe(4);
      const status = (await p.request('/api/status')).json() as { pending: Array<{ phase: string }> };
      expect(status.pending.map((c) => c.phase).sort()).toEqual([
        ...Array(4).fill('queued'),
        ...Array(4).fill('sending'),
      ]);
    }, WAIT);
    emulator.setFaults({ hangRate: 0 });
    const fresh = await timed(p.request(page(40)));
    figure(
      `after the hang ended: a new request answered ${fresh.status} in ${(fresh.ms / 1000).toFixed(1)} s`,
    );
    expect(fresh.status).toBe(200);
    expect(fresh.ms).toBeLessThan(3_000);
    await Promise.all(during);
  });
});
