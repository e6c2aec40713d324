// Case 8 — the audit of about 2,000 custom images in one region whose account runs 10,000
// instances: the API calls the dashboard's audit makes and its time to totals (every image's
// instances and snapshots known), against the naive audit — one call per image for each of
// DescribeInstances, DescribeSnapshots and DescribeImageSharePermission, 4 in flight as the
// dashboard, through the same proxy. The naive time to totals covers the two calls per image the
// totals need; its call count is all three (what a full audit of that kind makes).
import type { Browser, Page } from '@playwright/test';
import { Catalog, DEFAULT_CATALOG_SEED } from '../../src/emulator/catalog';
import { DEFAULT_ACCOUNT } from '../../src/emulator/world-accounts';
import { planRegion } from '../../src/web/audit/audit-plan';
import { PAGE_CONCURRENCY } from '../../src/web/images/image-queries';
import { VIEWPORT } from '../lib/browser';
import { ratioRow, valueRow, type BenchRow } from '../lib/report';
import { startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { median } from '../lib/stats';

const REGION = 'cn-hangzhou';
const CUSTOM_IMAGES = 2_000;
const INSTANCES = 10_000;
const LATENCY_MS = 20;

/** Your custom images in the region for a catalog size. */
const customImages = (imagesPerRegion: number) =>
  new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion })
    .images(REGION, DEFAULT_ACCOUNT)
    .filter((e) => e.owner === 'self').length;

/** The smallest catalog size with at least `wanted` custom images in the region. */
function imagesPerRegionFor(wanted: number): number {
  let high = 1;
  while (customImages(high) < wanted) high *= 2;
  let low = Math.max(1, Math.floor(high / 2));
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (customImages(mid) >= wanted) high = mid;
    else low = mid + 1;
  }
  return low;
}

async function getJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${url}: ${JSON.stringify(body)}`);
  return body;
}

interface Image {
  ImageId: string;
  DiskDeviceMappings: { DiskDeviceMapping: { SnapshotId: string }[] };
}

/** Runs `tasks` `limit` at a time. */
async function pool(tasks: (() => Promise<unknown>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/** The naive audit: list the images, then ask for each image's instances and snapshots. */
async function naiveAudit(proxyUrl: string): Promise<{ ms: number; calls: number }> {
  const started = performance.now();
  const api = `${proxyUrl}/api/ecs`;
  const list = `${api}/DescribeImages?RegionId=${REGION}&ImageOwnerAlias=self&Status=ALL&PageSize=100`;
  const first = await getJson(`${list}&PageNumber=1`);
  const pages = Math.ceil((first.TotalCount as number) / 100);
  const images: Image[] = [...(first.Images as { Image: Image[] }).Image];
  await pool(
    Array.from({ length: pages - 1 }, (_, i) => async () => {
      const page = await getJson(`${list}&PageNumber=${i + 2}`);
      images.push(...(page.Images as { Image: Image[] }).Image);
    }),
    PAGE_CONCURRENCY,
  );
  await pool(
    images.flatMap((image) => [
      () => getJson(`${api}/DescribeInstances?RegionId=${REGION}&ImageId=${image.ImageId}&PageSize=100`),
      () => {
        const ids = JSON.stringify(image.DiskDeviceMappings.DiskDeviceMapping.map((d) => d.SnapshotId));
        return getJson(`${api}/DescribeSnapshots?RegionId=${REGION}&SnapshotIds=${encodeURIComponent(ids)}`);
      },
    ]),
    PAGE_CONCURRENCY,
  );
  return { ms: performance.now() - started, calls: pages + 3 * images.length };
}

interface DashboardAudit {
  /** Navigation → the plan shown, plus Run → the totals complete. */
  toTotalsMs: number;
  /** Every API call of the audit, the image list included, until every detail is in. */
  calls: number;
  byAction: Record<string, number>;
}

/** The actions of the API calls the page makes (the region list for the picker aside). */
function watchCalls(page: Page): string[] {
  const actions: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/ecs/') && path !== '/api/ecs/DescribeRegions')
      actions.push(path.replace('/api/ecs/', ''));
  });
  return actions;
}

async function dashboardAudit(browser: Browser, proxyUrl: string): Promise<DashboardAudit> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const actions = watchCalls(page);
    await page.goto(`${proxyUrl}/?RegionId=${REGION}&view=audit`);
    const run = page.getByRole('button', { name: /^Run the audit/ });
    await run.waitFor({ timeout: 120_000 });
    const planShown = await page.evaluate(() => performance.now());
    const clicked = await page.evaluate(() => performance.now());
    await run.click();
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-labelledby=audit-totals-heading]')?.getAttribute('aria-busy') ===
        'false',
      undefined,
      { timeout: 300_000, polling: 'raf' },
    );
    const totals = await page.evaluate(() => performance.now());
    await page
      .getByRole('status')
      .filter({ hasText: /^Done:/ })
      .waitFor({ timeout: 300_000 });
    const byAction: Record<string, number> = {};
    for (const a of actions) byAction[a] = (byAction[a] ?? 0) + 1;
    return { toTotalsMs: planShown + (totals - clicked), calls: actions.length, byAction };
  } finally {
    await context.close();
  }
}

/** Worlds the instance strategy is compared in: catalog size and your instances per region. */
const STRATEGY_WORLDS: readonly { imagesPerRegion: number; instances?: number }[] = [
  { imagesPerRegion: 300 },
  { imagesPerRegion: 3_176, instances: 10_000 },
  { imagesPerRegion: 3_000, instances: 500 },
  { imagesPerRegion: 40, instances: 5_000 },
  { imagesPerRegion: 300, instances: 20_000 },
];

/**
 * DescribeInstances calls each way to find the instances that run the images, counted on the
 * emulator's world, and the way the audit's planner chooses (audit-plan.ts).
 */
function strategyRows(): BenchRow[] {
  return STRATEGY_WORLDS.map(({ imagesPerRegion, instances }) => {
    const catalog = new Catalog({
      seed: DEFAULT_CATALOG_SEED,
      imagesPerRegion,
      instancesPerRegion: instances,
    });
    const own = catalog.images(REGION, DEFAULT_ACCOUNT).filter((e) => e.owner === 'self');
    const inUse = own.filter((e) => e.image.Usage === 'instance').length;
    const total = catalog.instances(REGION, DEFAULT_ACCOUNT).length;
    const plan = planRegion({
      regionId: REGION,
      images: own.length,
      imagesInUse: inUse,
      sharedImages: 0,
      snapshotIds: 0,
      instances: total,
    });
    const chosen = plan.instanceStrategy === 'per-image' ? plan.perImageCalls : (plan.regionScanCalls ?? 0);
    return valueRow({
      case: '9 instance calls',
      metric: `${own.length} images, ${inUse} in use, ${total} instances: per image ${plan.perImageCalls}, scan 1 + ${plan.regionScanCalls} → ${plan.instanceStrategy}`,
      value: 1 + chosen,
      unit: 'calls',
    });
  });
}

export async function auditCalls(browser: Browser, options: { quick: boolean }): Promise<BenchRow[]> {
  const imagesPerRegion = imagesPerRegionFor(CUSTOM_IMAGES);
  const images = customImages(imagesPerRegion);
  const emulator = await startEmulatorProcess({
    imagesPerRegion,
    latencyMs: LATENCY_MS,
    instancesPerRegion: INSTANCES,
  });
  const proxy = await startProxyProcess(emulator.url);
  const runs = options.quick ? 1 : 2;
  try {
    await getJson(`${proxy.url}/api/ecs/DescribeInstances?RegionId=${REGION}&PageSize=1`); // warm the catalog
    const dashboard: DashboardAudit[] = [];
    const naive: { ms: number; calls: number }[] = [];
    for (let run = 0; run < runs; run++) {
      dashboard.push(await dashboardAudit(browser, proxy.url));
      naive.push(await naiveAudit(proxy.url));
    }
    const name = `9 audit ${images.toLocaleString('en-US')} images`;
    const last = dashboard.at(-1)!;
    return [
      ratioRow(
        {
          case: name,
          metric: `API calls, ${INSTANCES.toLocaleString('en-US')} instances`,
          value: last.calls,
          unit: '',
          baseline: { label: 'one call per image and action', value: naive.at(-1)!.calls },
        },
        { comparison: 'at-most', ratio: 0.1, text: '≤ 0.1×' },
      ),
      ratioRow(
        {
          case: name,
          metric: `time to totals, ${LATENCY_MS} ms emulator latency, C = ${PAGE_CONCURRENCY}`,
          value: median(dashboard.map((d) => d.toTotalsMs)),
          unit: 'ms',
          baseline: { label: 'naive, same proxy and C', value: median(naive.map((n) => n.ms)) },
        },
        { comparison: 'at-most', ratio: 0.25, text: '≤ 0.25×' },
      ),
      valueRow({
        case: name,
        metric: `calls: ${Object.entries(last.byAction)
          .map(([action, n]) => `${action} ${n}`)
          .join(', ')}`,
        value: last.calls,
        unit: '',
      }),
      ...strategyRows(),
    ];
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}
