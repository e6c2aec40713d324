// Case 2 — the proxy's cost: DescribeImages through `npm start`'s proxy (Node fetch → proxy →
// emulator) against the official SDK (@alicloud/ecs20140526, V3) calling the emulator directly,
// same machine, same run. The proxy's cache is bypassed so every call goes upstream.
import { createRequire } from 'node:module';
import { ratioRow, type BenchRow } from '../lib/report';
import { BENCH_KEY, startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { percentile } from '../lib/stats';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const core = require('@alicloud/openapi-core');

type Call = () => Promise<unknown>;

async function latencies(call: Call, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return times;
}

async function throughput(call: Call, workers: number, durationMs: number): Promise<number> {
  let done = 0;
  const end = performance.now() + durationMs;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end) {
        await call();
        done++;
      }
    }),
  );
  return (done * 1000) / durationMs;
}

export async function proxyOverhead(options: { quick: boolean }): Promise<BenchRow[]> {
  const emulator = await startEmulatorProcess({ imagesPerRegion: 300, latencyMs: 0 });
  const proxy = await startProxyProcess(emulator.url);
  try {
    const sdk = new Ecs.default(
      new core.$OpenApiUtil.Config({
        ...BENCH_KEY,
        endpoint: new URL(emulator.url).host,
        protocol: 'http',
        regionId: 'cn-hangzhou',
      }),
    );
    // The dashboard's call: one region, the API's default owners, a full page of 100.
    const viaSdk: Call = () =>
      sdk.describeImages(new Ecs.DescribeImagesRequest({ regionId: 'cn-hangzhou', pageSize: 100 }));
    const viaProxy: Call = async () => {
      const response = await fetch(`${proxy.url}/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=100`, {
        headers: { 'Cache-Control': 'no-cache' },
      });
      if (!response.ok) throw new Error(`proxy answered ${response.status}`);
      return response.json();
    };

    const count = options.quick ? 100 : 400;
    const duration = options.quick ? 2_000 : 5_000;
    await latencies(viaSdk, 30); // warm up both paths (JIT, keep-alive connections)
    await latencies(viaProxy, 30);
    // Interleave the two so drift on a shared machine hits both alike.
    const sdkTimes: number[] = [];
    const proxyTimes: number[] = [];
    for (let round = 0; round < 4; round++) {
      sdkTimes.push(...(await latencies(viaSdk, count / 4)));
      proxyTimes.push(...(await latencies(viaProxy, count / 4)));
    }
    const sdkRate = await throughput(viaSdk, 8, duration);
    const proxyRate = await throughput(viaProxy, 8, duration);

    const label = 'official SDK → emulator';
    const name = '2 proxy cost';
    return [
      ratioRow(
        {
          case: name,
          metric: 'latency p50',
          value: percentile(proxyTimes, 50),
          unit: 'ms',
          baseline: { label, value: percentile(sdkTimes, 50) },
        },
        { comparison: 'at-most', ratio: 1.15, text: 'p50 ≤ 1.15×' },
      ),
      ratioRow({
        case: name,
        metric: 'latency p99',
        value: percentile(proxyTimes, 99),
        unit: 'ms',
        baseline: { label, value: percentile(sdkTimes, 99) },
      }),
      ratioRow(
        {
          case: name,
          metric: 'throughput (8 in flight)',
          value: proxyRate,
          unit: 'req/s',
          baseline: { label, value: sdkRate },
        },
        { comparison: 'at-least', ratio: 0.8, text: '≥ 0.8×' },
      ),
    ];
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}
