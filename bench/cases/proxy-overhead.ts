// Case 2 — the proxy's cost: DescribeImages through `npm start`'s proxy (client → proxy →
// emulator) against the official SDK (@alicloud/ecs20140526, V3) calling the emulator directly,
// same machine, same run. The proxy runs without its cache, so every call goes upstream.
//
// Both sides use Node's http client with a keep-alive agent (the SDK's transport, httpx, is built on
// it), so the ratio is the proxy's hop and nothing else. The throughput workers each ask for another
// region: identical calls in flight at once would be made once by the proxy (single-flight), which
// is not the cost being measured. Node's fetch would add about 0.7 ms per
// 120 KB answer of its own (undici's web streams), a cost neither the SDK nor a browser pays.
import http from 'node:http';
import { createRequire } from 'node:module';
import { KNOWN_REGIONS } from '../../src/ecs/regions';
import { ratioRow, type BenchRow } from '../lib/report';
import { BENCH_KEY, startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { percentile } from '../lib/stats';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const core = require('@alicloud/openapi-core');

/** One DescribeImages call for the given region. */
type Call = (regionId: string) => Promise<unknown>;

async function timed(call: Call): Promise<number> {
  const start = performance.now();
  await call('cn-hangzhou');
  return performance.now() - start;
}

/** GET through Node's http client; resolves with the parsed JSON body. */
function getJson(url: string, agent: http.Agent): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`proxy answered ${response.statusCode}`));
          else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      })
      .on('error', reject);
  });
}

async function throughput(call: Call, regions: readonly string[], durationMs: number): Promise<number> {
  let done = 0;
  const end = performance.now() + durationMs;
  await Promise.all(
    regions.map(async (regionId) => {
      while (performance.now() < end) {
        await call(regionId);
        done++;
      }
    }),
  );
  return (done * 1000) / durationMs;
}

export async function proxyOverhead(options: { quick: boolean }): Promise<BenchRow[]> {
  const emulator = await startEmulatorProcess({ imagesPerRegion: 300, latencyMs: 0 });
  const proxy = await startProxyProcess(emulator.url);
  const agent = new http.Agent({ keepAlive: true });
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
    const viaSdk: Call = (regionId) =>
      sdk.describeImages(new Ecs.DescribeImagesRequest({ regionId, pageSize: 100 }));
    const viaProxy: Call = (regionId) =>
      getJson(`${proxy.url}/api/ecs/DescribeImages?RegionId=${regionId}&PageSize=100`, agent);
    const regions = KNOWN_REGIONS.slice(0, 8).map((r) => r.id);

    const count = options.quick ? 200 : 1_000;
    const duration = options.quick ? 2_000 : 5_000;
    const warmUp = 100; // JIT in all three processes, keep-alive connections
    // Alternate call by call, so drift on a shared machine hits both alike.
    const sdkTimes: number[] = [];
    const proxyTimes: number[] = [];
    for (let i = 0; i < warmUp + count; i++) {
      const sdkTime = await timed(viaSdk);
      const proxyTime = await timed(viaProxy);
      if (i < warmUp) continue;
      sdkTimes.push(sdkTime);
      proxyTimes.push(proxyTime);
    }
    const sdkRate = await throughput(viaSdk, regions, duration);
    const proxyRate = await throughput(viaProxy, regions, duration);

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
    agent.destroy();
    await proxy.stop();
    await emulator.stop();
  }
}
