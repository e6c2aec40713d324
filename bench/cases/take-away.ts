// The family view and export on the 100,000-row view of cases 4–6 (issue "pick the right image and
// take it away"):
// 10 the family view groups within 100 ms of the last page: from the last DescribeImages answer's
//   last byte to the paint of the grouped rows, against the same view ungrouped (what grouping
//   adds); and switching the family view on, click → next paint.
// 11 export: main-thread time (Chromium's own TaskDuration metric) and wall time for CSV (written on
//   the main thread in slices) and JSON (written in a worker) of every row, until the file is
//   handed to the browser's downloads.
import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from '../lib/browser';
import { instrumentPage, timeToNextPaint } from '../lib/in-page';
import { ratioRow, valueRow, type BenchRow } from '../lib/report';
import { median } from '../lib/stats';

/** A page that records when the last DescribeImages answer ended and when the full grid painted. */
async function openTimed(
  browser: Browser,
  url: string,
  rows: number,
): Promise<{ page: Page; afterLastPage: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  await instrumentPage(page);
  await page.addInitScript((expected) => {
    performance.setResourceTimingBufferSize(100_000);
    const w = window as unknown as { gridPaintedAt?: number };
    const observer = new MutationObserver(() => {
      const grid = document.querySelector('[aria-label=Images][aria-rowcount]');
      if (!grid || grid.getAttribute('aria-busy') !== 'false') return;
      if (!document.querySelector('[role=row][data-index]')) return;
      observer.disconnect();
      void expected;
      requestAnimationFrame(() => setTimeout(() => (w.gridPaintedAt = performance.now()), 0));
    });
    observer.observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
      childList: true,
    });
  }, rows);
  await page.goto(url);
  await page.waitForFunction(() => (window as { gridPaintedAt?: number }).gridPaintedAt !== undefined, null, {
    timeout: 600_000,
    polling: 500,
  });
  const afterLastPage = await page.evaluate(() => {
    const answers = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/ecs/DescribeImages')) as PerformanceResourceTiming[];
    const lastByte = Math.max(...answers.map((e) => e.responseEnd));
    return (window as unknown as { gridPaintedAt: number }).gridPaintedAt - lastByte;
  });
  return { page, afterLastPage };
}

/** Resolves once the page has been idle for five idle periods in a row (its idle-time work done). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quiet = 0;
        const check = (deadline: IdleDeadline) => {
          quiet = deadline.timeRemaining() >= 45 ? quiet + 1 : 0;
          if (quiet >= 5) resolve();
          else requestIdleCallback(check);
        };
        requestIdleCallback(check);
      }),
  );
}

async function exportTimes(
  page: Page,
  format: 'CSV' | 'JSON',
): Promise<{ mainThread: number; wall: number }> {
  // The page prepares sort ranks in idle time after loading; that is not the export's.
  await settled(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  await page.getByRole('button', { name: 'Export' }).click();
  const before = await taskSeconds();
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: new RegExp(`^${format}`) }).click(),
  ]);
  const wall = Date.now() - start;
  const mainThread = ((await taskSeconds()) - before) * 1000;
  await download.delete();
  await cdp.detach();
  return { mainThread, wall };
}

export async function takeAway(
  browser: Browser,
  options: { proxyUrl: string; view: string; rows: number; name: (n: number) => string },
): Promise<BenchRow[]> {
  const { proxyUrl, view, rows: count, name } = options;
  const out: BenchRow[] = [];

  // 10: grouping after the last page, against the same view ungrouped; the two alternate, twice
  // each, and the medians are compared (the first page of a run is slower for both).
  const flatTimes: number[] = [];
  const groupedTimes: number[] = [];
  let page: Page | undefined;
  for (let i = 0; i < 2; i++) {
    const flat = await openTimed(browser, `${proxyUrl}/?${view}`, count);
    flatTimes.push(flat.afterLastPage);
    await page?.close();
    page = flat.page;
    const grouped = await openTimed(browser, `${proxyUrl}/?${view}&group=family`, count);
    groupedTimes.push(grouped.afterLastPage);
    await grouped.page.close();
  }
  const [flatMedian, groupedMedian] = [median(flatTimes), median(groupedTimes)];
  out.push(
    ratioRow({
      case: name(10),
      metric: 'family view: last page → grouped rows painted',
      value: groupedMedian,
      unit: 'ms',
      baseline: { label: 'the same view ungrouped', value: flatMedian },
    }),
    valueRow(
      {
        case: name(10),
        metric: 'family view: grouping added after the last page',
        value: groupedMedian - flatMedian,
        unit: 'ms',
      },
      { comparison: 'at-most', value: 100, text: '≤ 100 ms' },
    ),
  );
  // 11 first, then the toggles, each once the page is idle again (a switch of view re-ranks the
  // columns in idle time).
  const exports: BenchRow[] = [];
  for (const format of ['CSV', 'JSON'] as const) {
    const { mainThread, wall } = await exportTimes(page!, format);
    exports.push(
      valueRow(
        {
          case: name(11),
          metric: `export ${format}: main-thread time`,
          value: mainThread,
          unit: 'ms',
          note: `wall ${wall} ms`,
        },
        { comparison: 'at-most', value: 1000, text: '< 1 s' },
      ),
    );
  }
  const toggles: number[] = [];
  for (let i = 0; i < 3; i++) {
    await settled(page!);
    toggles.push(await timeToNextPaint(page!, { button: 'Family view' }));
    await settled(page!);
    await timeToNextPaint(page!, { button: 'Family view' });
  }
  out.push(
    valueRow(
      { case: name(10), metric: 'family view on: click → next paint', value: median(toggles), unit: 'ms' },
      { comparison: 'at-most', value: 100, text: '≤ 100 ms' },
    ),
  );

  out.push(...exports);
  await page!.close();
  return out;
}
