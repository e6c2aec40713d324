// Case 2, a team's deployment — replicas of `npm start`'s proxy in front of one throttled emulator,
// all signing as the same account: upstream calls per page for 1 and 3 replicas, each on its own
// memory or sharing Redis (and with --rate-limit set to the quota), and what 30 identical requests
// spread over the replicas cost. Each configuration gets a fresh emulator (its throttle starts full)
// and, with Redis, a fresh redis-server.
import http from 'node:http';
import { startTestRedis, type TestRedis } from '../../src/proxy/testing/redis-server';
import { valueRow, type BenchRow } from '../lib/report';
import { startEmulatorProcess, startProxyProcess, type BenchServer } from '../lib/servers';

const QUOTA_QPS = 10;

function get(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

interface Setup {
  label: string;
  replicas: number;
  redis: boolean;
  rateLimit: boolean;
}

const SETUPS: Setup[] = [
  { label: '1 replica', replicas: 1, redis: false, rateLimit: false },
  { label: '3 replicas, each on its own', replicas: 3, redis: false, rateLimit: false },
  { label: '1 replica + Redis', replicas: 1, redis: true, rateLimit: false },
  { label: '3 replicas + Redis', replicas: 3, redis: true, rateLimit: false },
  { label: `3 replicas + Redis, --rate-limit ${QUOTA_QPS}`, replicas: 3, redis: true, rateLimit: true },
];

async function measure(setup: Setup, pages: number): Promise<BenchRow[]> {
  const emulator = await startEmulatorProcess({ imagesPerRegion: 300, latencyMs: 20 });
  let redis: TestRedis | undefined;
  const proxies: BenchServer[] = [];
  const agent = new http.Agent({ keepAlive: true });
  try {
    redis = setup.redis ? await startTestRedis() : undefined;
    const args = [
      ...(redis ? ['--redis', redis.url] : []),
      ...(setup.rateLimit ? ['--rate-limit', String(QUOTA_QPS)] : []),
    ];
    for (let i = 0; i < setup.replicas; i++) proxies.push(await startProxyProcess(emulator.url, args));
    const url = (i: number, query: string) =>
      `${proxies[i % proxies.length]!.url}/api/ecs/DescribeImages?RegionId=cn-hangzhou&${query}`;

    // Three people loading large views: 24 distinct pages in flight, spread over the replicas.
    await emulator.setFaults({ throttleQps: QUOTA_QPS });
    const before = (await emulator.stats()).received;
    let next = 0;
    let failed = 0;
    await Promise.all(
      Array.from({ length: 24 }, async () => {
        while (next < pages) {
          const i = next++;
          if ((await get(url(i, `PageSize=10&PageNumber=${i + 1}`), agent)) !== 200) failed++;
        }
      }),
    );
    const perPage = ((await emulator.stats()).received - before) / pages;

    // The same view opened by 30 people at once, spread over the replicas.
    await emulator.setFaults({ throttleQps: null, latencyMs: 300 });
    const identicalBefore = (await emulator.stats()).received;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => get(url(i, 'PageSize=10&ImageName=team*'), agent)),
    );
    const identical = (await emulator.stats()).received - identicalBefore;

    const name = '2 team deployment';
    return [
      valueRow(
        {
          case: name,
          metric: `upstream calls per page, ${QUOTA_QPS} qps throttle, ${setup.label}`,
          value: perPage,
          unit: 'calls',
          note: `${pages} distinct pages, 24 in flight; ${failed} failed`,
        },
        setup.redis || setup.replicas === 1
          ? { comparison: 'at-most', value: 1.2, text: '≤ 1.2' }
          : undefined,
      ),
      valueRow(
        {
          case: name,
          metric: `upstream calls for 30 identical requests, ${setup.label}`,
          value: identical,
          unit: 'calls',
        },
        setup.redis || setup.replicas === 1 ? { comparison: 'at-most', value: 1, text: '1' } : undefined,
      ),
    ];
  } finally {
    agent.destroy();
    await Promise.all(proxies.map((p) => p.stop()));
    await redis?.stop();
    await emulator.stop();
  }
}

export async function teamReplicas(options: { quick: boolean }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const setup of SETUPS) rows.push(...(await measure(setup, options.quick ? 60 : 150)));
  return rows;
}
