// Case 2, continued — the proxy against a faulty service: `npm start`'s proxy signing for an emulator
// process whose faults are set through its admin route, both fresh for this case so the pacing
// state of the latency measurements does not carry over. Counts the calls that reach the emulator
// (its /__admin/stats) and times the answers the browser would get.
import http from 'node:http';
import { valueRow, type BenchRow } from '../lib/report';
import { startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { percentile } from '../lib/stats';

/** The proxy's default time budget per request (src/proxy/cli-options.ts DEFAULT_TIMEOUT_MS). */
const BUDGET_MS = 10_000;

function timedGet(url: string, agent: http.Agent): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
        );
      })
      .on('error', reject);
  });
}

export async function proxyUnderFaults(options: { quick: boolean }): Promise<BenchRow[]> {
  const emulator = await startEmulatorProcess({ imagesPerRegion: 300, latencyMs: 0 });
  const proxy = await startProxyProcess(emulator.url);
  const agent = new http.Agent({ keepAlive: true });
  const name = '2 proxy under faults';
  const page = (n: number) =>
    `${proxy.url}/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=10&PageNumber=${n}`;
  try {
    // The dashboard loading a large view from a throttled account: many distinct pages at once.
    await emulator.setFaults({ throttleQps: 10 });
    const pages = options.quick ? 30 : 60;
    const before = (await emulator.stats()).received;
    const throttled = await Promise.all(
      Array.from({ length: pages }, (_, i) => timedGet(page(i + 1), agent)),
    );
    const calls = (await emulator.stats()).received - before;
    const failed = throttled.filter((r) => r.status !== 200).length;

    // Every call fails: the answer comes back once the retry budget allows no more.
    await emulator.setFaults({ throttleQps: null, errorRate: 1 });
    const errors = await Promise.all(Array.from({ length: 10 }, (_, i) => timedGet(page(1000 + i), agent)));

    // Every call hangs: the answer comes back within the budget.
    await emulator.setFaults({ errorRate: 0, hangRate: 1, hangMs: 60_000 });
    const hangs = await Promise.all(Array.from({ length: 4 }, (_, i) => timedGet(page(2000 + i), agent)));
    await emulator.setFaults({ hangRate: 0 });

    const withinBudget = { comparison: 'at-most', value: BUDGET_MS + 1_000, text: '≤ budget + 1 s' } as const;
    return [
      valueRow(
        {
          case: name,
          metric: `upstream calls per page, 10 qps throttle (${pages} pages at once)`,
          value: calls / pages,
          unit: 'calls',
          note: `${failed} of ${pages} pages failed; slowest ${Math.round(Math.max(...throttled.map((r) => r.ms)))} ms`,
        },
        { comparison: 'at-most', value: 1.2, text: '≤ 1.2' },
      ),
      valueRow(
        {
          case: name,
          metric: 'time to the answer, every call a 5xx (p50)',
          value: percentile(
            errors.map((r) => r.ms),
            50,
          ),
          unit: 'ms',
        },
        withinBudget,
      ),
      valueRow(
        {
          case: name,
          metric: 'time to the answer, every call hanging (slowest of 4)',
          value: Math.max(...hangs.map((r) => r.ms)),
          unit: 'ms',
        },
        withinBudget,
      ),
    ];
  } finally {
    agent.destroy();
    await proxy.stop();
    await emulator.stop();
  }
}
