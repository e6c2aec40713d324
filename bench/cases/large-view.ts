// Cases 4–6 on a 100,000-row multi-region view (every region, every status):
// 4 scrolling at wheel and fling speed against a bare virtualized list of the same rows (the floor
//   of this technique); 5 sorting and quick search, interaction → next paint, against TanStack
//   Table's default row models on the same rows; 6 the JS heap with every row loaded; 8 and 9 the
//   family view and export on the same view (take-away.ts).
import type { Browser, Page } from '@playwright/test';
import { KNOWN_REGIONS } from '../../src/ecs/regions';
import { serveBenchPages } from '../lib/bench-pages';
import { VIEWPORT } from '../lib/browser';
import { imagesPerRegionFor } from '../lib/catalog-size';
import { heapAfterGc, instrumentPage, scrollFrames, timeToNextPaint, type Interaction } from '../lib/in-page';
import { ratioRow, valueRow, type BenchRow } from '../lib/report';
import { startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { frameStats, median } from '../lib/stats';
import { takeAway } from './take-away';

const VIEW = `RegionId=${KNOWN_REGIONS.map((r) => r.id).join(',')}&Status=ALL`;
const SCROLL_MS = 3_000;
const SPEEDS = [
  { name: 'wheel', step: 40 },
  { name: 'fling', step: 900 },
];
const SORTS = ['Name', 'Created', 'Image ID'];
const SEARCHES = ['ubuntu', 'win2022 en-us', 'env=prod'];

async function openDashboard(browser: Browser, url: string, rows: number): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await instrumentPage(page);
  await page.goto(url);
  // A view of more than 200 calls asks before loading everything (src/web/images/load-plan.ts): load
  // it all. The quick run's smaller view is loaded without asking; the grid then rests, not asking.
  const loadAll = page.getByRole('button', { name: /^Load all/ });
  const resting = page.locator('[role=grid][aria-label=Images][aria-busy=false]');
  await loadAll.or(resting).first().waitFor({ timeout: 120_000 });
  if (await loadAll.isVisible()) await loadAll.click();
  // Every row is in: the grid counts them all and is no longer busy.
  await page.waitForFunction(
    (expected) => {
      const grid = document.querySelector('[role=grid][aria-label=Images]');
      return (
        grid?.getAttribute('aria-busy') === 'false' &&
        Number(grid.getAttribute('aria-rowcount')) === expected + 1
      );
    },
    rows,
    { timeout: 600_000, polling: 500 },
  );
  return page;
}

async function openBaseline(browser: Browser, url: string, rows: number): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await instrumentPage(page);
  await page.goto(url);
  await page.waitForFunction(
    (expected) => (window as { benchReady?: number }).benchReady === expected,
    rows,
    {
      timeout: 600_000,
      polling: 500,
    },
  );
  return page;
}

async function interactions(page: Page, list: Interaction[]): Promise<number[]> {
  const times: number[] = [];
  for (const interaction of list) times.push(await timeToNextPaint(page, interaction));
  return times;
}

export async function largeView(browser: Browser, options: { quick: boolean }): Promise<BenchRow[]> {
  const { imagesPerRegion, matched } = imagesPerRegionFor(options.quick ? 10_000 : 100_000, VIEW);
  const emulator = await startEmulatorProcess({ imagesPerRegion, latencyMs: 0 });
  const proxy = await startProxyProcess(emulator.url);
  const pages = await serveBenchPages(emulator.url);
  const name = (n: number) => `${n} ${matched.toLocaleString('en-US')} rows`;
  const rows: BenchRow[] = [];
  try {
    const dashboard = await openDashboard(browser, `${proxy.url}/?${VIEW}`, matched);
    const bare = await openBaseline(browser, `${pages.url}/bare-list.html?${VIEW}`, matched);

    // 6: heap first, before scrolling and sorting add caches.
    rows.push(
      valueRow(
        {
          case: name(6),
          metric: 'JS heap, all rows loaded',
          value: await heapAfterGc(dashboard),
          unit: 'MB',
        },
        { comparison: 'at-most', value: 150, text: '≤ 150 MB' },
      ),
    );

    // 4: scrolling.
    for (const speed of SPEEDS) {
      const own = await scrollFrames(dashboard, 'div:has(> [role=grid])', speed.step, SCROLL_MS);
      const floor = await scrollFrames(bare, '.scroller', speed.step, SCROLL_MS);
      const ownStats = frameStats(own.deltas);
      const floorStats = frameStats(floor.deltas);
      const label = 'bare virtualized list';
      for (const p of ['p50', 'p95', 'p99'] as const) {
        rows.push(
          ratioRow(
            {
              case: name(4),
              metric: `${speed.name} scroll frame ${p} (${speed.step} px/frame)`,
              value: ownStats[p],
              unit: 'ms',
              baseline: { label, value: floorStats[p] },
            },
            p === 'p95' ? { comparison: 'at-most', ratio: 1.2, text: '≤ 1.2× the bare list' } : undefined,
          ),
        );
      }
      rows.push(
        valueRow(
          {
            case: name(4),
            metric: `${speed.name} scroll long tasks`,
            value: own.longTasks.length,
            unit: '',
            note: `bare list: ${floor.longTasks.length}`,
          },
          speed.name === 'wheel'
            ? { comparison: 'at-most', value: 0, text: 'none at wheel speed' }
            : undefined,
        ),
      );
    }
    await bare.close();

    // 5: sorting and quick search.
    const baseline = await openBaseline(browser, `${pages.url}/tanstack-table.html?${VIEW}`, matched);
    const sortList = SORTS.map((header) => ({ header }));
    const searchList = SEARCHES.map((text) => ({ search: '#quick-search', text }));
    const ownSort = median(await interactions(dashboard, sortList));
    const baseSort = median(await interactions(baseline, sortList));
    const ownSearch = median(await interactions(dashboard, searchList));
    const baseSearch = median(await interactions(baseline, searchList));
    for (const [metric, own, base, label] of [
      ['sort click → next paint', ownSort, baseSort, 'TanStack sorted row model'],
      ['quick search → next paint', ownSearch, baseSearch, 'TanStack global filter'],
    ] as const) {
      rows.push(
        valueRow(
          { case: name(5), metric, value: own, unit: 'ms' },
          { comparison: 'at-most', value: 150, text: '≤ 150 ms' },
        ),
        ratioRow(
          {
            case: name(5),
            metric: `${metric}, vs baseline`,
            value: own,
            unit: 'ms',
            baseline: { label, value: base },
          },
          { comparison: 'at-most', ratio: 1 / 3, text: '≥ 3× faster (≤ 0.33×)' },
        ),
      );
    }
    await baseline.close();
    await dashboard.close();

    // 10, 11: the family view and export (take-away.ts).
    rows.push(...(await takeAway(browser, { proxyUrl: proxy.url, view: VIEW, rows: matched, name })));
    return rows;
  } finally {
    await pages.close();
    await proxy.stop();
    await emulator.stop();
  }
}
