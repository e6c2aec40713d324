// Case 1 — all pages of a large query: 5,000 images (50 pages of 100) at an emulator latency of
// 150 ms. The dashboard's own loading against (a) a sequential pager through the same proxy, page
// after page, as the aliyun CLI and Terraform fetch, and (b) the limit L + ⌈(P−1)/C⌉·L for the
// dashboard's concurrency C (docs/frontend-notes.md §6), where L is one page's latency through the proxy.
// Case 3 — time to first rows on a cold load of the same view, against the bare first-rows page.
import type { Browser, Page } from '@playwright/test';
import { PAGE_CONCURRENCY } from '../../src/web/images/image-queries';
import { VIEWPORT } from '../lib/browser';
import { serveBenchPages } from '../lib/bench-pages';
import { imagesPerRegionFor } from '../lib/catalog-size';
import { markFirstRows } from '../lib/in-page';
import { ratioRow, valueRow, type BenchRow } from '../lib/report';
import { startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { median } from '../lib/stats';

const VIEW = 'RegionId=cn-hangzhou&Status=ALL';
const LATENCY_MS = 150;
const PAGE_SIZE = 100;

async function fetchPage(proxyUrl: string, page: number): Promise<number> {
  const response = await fetch(
    `${proxyUrl}/api/ecs/DescribeImages?${VIEW}&PageSize=${PAGE_SIZE}&PageNumber=${page}`,
  );
  const body = (await response.json()) as { TotalCount: number };
  if (!response.ok) throw new Error(`page ${page}: ${JSON.stringify(body)}`);
  return body.TotalCount;
}

/** What the aliyun CLI's pager and Terraform do: one page after another until all are in. */
async function sequentialPager(proxyUrl: string): Promise<number> {
  const start = performance.now();
  const total = await fetchPage(proxyUrl, 1);
  for (let page = 2; page <= Math.ceil(total / PAGE_SIZE); page++) await fetchPage(proxyUrl, page);
  return performance.now() - start;
}

interface DashboardLoad {
  /** From the first DescribeImages request to the last answer. */
  fetchMs: number;
  /** From navigation to the first rows painted (the `rows-painted` mark, see markFirstRows). */
  firstRowsMs: number;
}

/**
 * A cold load (fresh browser context: no cache) of `url`, whose rows match `rowSelector`, measured
 * by `measure`.
 */
async function coldLoad<T>(
  browser: Browser,
  url: string,
  rowSelector: string,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await markFirstRows(page, rowSelector);
    await page.goto(url);
    return await measure(page);
  } finally {
    await context.close();
  }
}

const firstRowsMark = async (page: Page) => {
  await page.waitForFunction(() => performance.getEntriesByName('rows-painted').length > 0);
  return page.evaluate(() => performance.getEntriesByName('rows-painted')[0]!.startTime);
};

function dashboardLoad(browser: Browser, proxyUrl: string, pages: number): Promise<DashboardLoad> {
  return coldLoad(browser, `${proxyUrl}/?${VIEW}`, '[role=row][data-index]', async (page) => {
    await page.waitForFunction(
      (expected) =>
        performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/ecs/DescribeImages'))
          .length >= expected,
      pages,
      { timeout: 120_000, polling: 50 },
    );
    const fetchMs = await page.evaluate(() => {
      const calls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
        e.name.includes('/api/ecs/DescribeImages'),
      );
      return Math.max(...calls.map((e) => e.responseEnd)) - Math.min(...calls.map((e) => e.startTime));
    });
    return { fetchMs, firstRowsMs: await firstRowsMark(page) };
  });
}

export async function fetchAllPages(browser: Browser, options: { quick: boolean }): Promise<BenchRow[]> {
  const wanted = 5_000; // the goals are set for 50 pages; --quick only runs fewer times
  const { imagesPerRegion, matched } = imagesPerRegionFor(wanted, VIEW);
  const pages = Math.ceil(matched / PAGE_SIZE);
  const emulator = await startEmulatorProcess({ imagesPerRegion, latencyMs: LATENCY_MS });
  const proxy = await startProxyProcess(emulator.url);
  const bare = await serveBenchPages(emulator.url);
  const runs = options.quick ? 1 : 5;
  try {
    await fetchPage(proxy.url, 1); // warm the proxy's connection and the emulator's catalog
    await fetchPage(bare.url, 1);
    const dashboard: number[] = [];
    const firstRows: number[] = [];
    const bareFirstRows: number[] = [];
    const sequential: number[] = [];
    const single: number[] = [];
    for (let run = 0; run < runs; run++) {
      const load = await dashboardLoad(browser, proxy.url, pages);
      dashboard.push(load.fetchMs);
      firstRows.push(load.firstRowsMs);
      bareFirstRows.push(
        await coldLoad(browser, `${bare.url}/first-rows.html?${VIEW}`, '.row', firstRowsMark),
      );
      sequential.push(await sequentialPager(proxy.url));
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await fetchPage(proxy.url, 1 + (i % pages));
        single.push(performance.now() - start);
      }
    }
    const latency = median(single);
    const limit = latency + Math.ceil((pages - 1) / PAGE_CONCURRENCY) * latency;
    const name = `1 all ${pages} pages`;
    const value = median(dashboard);
    return [
      valueRow({
        case: name,
        metric: `one page through the proxy (L)`,
        value: latency,
        unit: 'ms',
        note: `emulator latency ${LATENCY_MS} ms`,
      }),
      ratioRow(
        {
          case: name,
          metric: `dashboard load, C = ${PAGE_CONCURRENCY}`,
          value,
          unit: 'ms',
          baseline: { label: 'sequential pager', value: median(sequential) },
        },
        { comparison: 'at-most', ratio: 1 / 3.5, text: '≥ 3.5× faster (≤ 0.29×)' },
      ),
      ratioRow(
        {
          case: name,
          metric: `dashboard load, C = ${PAGE_CONCURRENCY}`,
          value,
          unit: 'ms',
          baseline: { label: 'limit L+⌈(P−1)/C⌉·L', value: limit },
        },
        { comparison: 'at-most', ratio: 1.15, text: '≤ 1.15× the limit' },
      ),
      // Case 3. The target of docs/frontend-notes.md §6: first rows ≤ L + 150 ms after navigation.
      valueRow(
        {
          case: '3 first rows',
          metric: `cold load → first rows painted, minus ${LATENCY_MS} ms emulator latency`,
          value: median(firstRows) - LATENCY_MS,
          unit: 'ms',
        },
        { comparison: 'at-most', value: latency - LATENCY_MS + 150, text: '≤ proxy share of L + 150 ms' },
      ),
      // What any React page pays on this machine before its first rows: evaluating React, the
      // first render and layout of a fresh page, the round trip.
      ratioRow({
        case: '3 first rows',
        metric: 'cold load → first rows painted',
        value: median(firstRows),
        unit: 'ms',
        baseline: { label: 'bare first-rows page', value: median(bareFirstRows) },
      }),
    ];
  } finally {
    await bare.close();
    await proxy.stop();
    await emulator.stop();
  }
}
