// Failures as a person sees them: the dashboard in Chromium through `npm start`'s proxy (its
// default 10 s budget) to an emulator process that fails every call, or lets every call hang. From
// the page's first DescribeImages request to the error painted on screen, and the requests and calls
// made for that one page: the browser must add none to the proxy's (docs/ARCHITECTURE.md
// "Proxy ⇄ ECS"). Before the proxy became the one retry layer the browser took 14 s under 5xx and
// 47 s under hangs, with up to 16 upstream calls for a page.
import type { Browser } from '@playwright/test';
import { VIEWPORT } from '../lib/browser';
import { markWhenShown } from '../lib/in-page';
import { valueRow, type BenchRow } from '../lib/report';
import { parseAnswerStatus, PROXY_STATUS_HEADER } from '../../src/ecs/proxy-api';
import { startEmulatorProcess, startProxyProcess } from '../lib/servers';
import { median } from '../lib/stats';

/** The proxy's default time budget per request (src/proxy/cli-options.ts DEFAULT_TIMEOUT_MS). */
const BUDGET_MS = 10_000;
/** The error section of the page (src/web/status/source-error-list.tsx). */
const ERROR_SHOWN = 'section[aria-labelledby=errors-heading] [role=alert]';
/**
 * One region per run: the proxy keeps a retry budget per region, and a run that spent it would
 * leave the next one without retries — shorter, and not what a person meets first.
 */
const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'cn-chengdu', 'cn-qingdao'];

interface ShownError {
  ms: number;
  /** DescribeImages requests the browser sent, and the calls the proxy made for them (its X-Ecs-Proxy-Status). */
  requests: number;
  attempts: number;
}

async function timeToShownError(browser: Browser, proxyUrl: string, regionId: string): Promise<ShownError> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await markWhenShown(page, ERROR_SHOWN, 'error-shown');
    let requests = 0;
    let attempts = 0;
    page.on('response', (response) => {
      if (!response.url().includes('/api/ecs/DescribeImages')) return;
      requests++;
      attempts += parseAnswerStatus(response.headers()[PROXY_STATUS_HEADER])?.attempts ?? 0;
    });
    await page.goto(`${proxyUrl}/?RegionId=${regionId}`);
    await page.waitForFunction(() => performance.getEntriesByName('error-shown').length > 0, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    const ms = await page.evaluate(() => {
      const first = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('/api/ecs/DescribeImages'))!;
      return performance.getEntriesByName('error-shown')[0]!.startTime - first.startTime;
    });
    return { ms, requests, attempts };
  } finally {
    await context.close();
  }
}

export async function browserFaults(browser: Browser, options: { quick: boolean }): Promise<BenchRow[]> {
  const emulator = await startEmulatorProcess({ imagesPerRegion: 300, latencyMs: 0 });
  const proxy = await startProxyProcess(emulator.url);
  const runs = options.quick ? 1 : 3;
  const name = '8 failures in the browser';
  const withinBudget = { comparison: 'at-most', value: BUDGET_MS + 1_000, text: '≤ budget + 1 s' } as const;
  const rows: BenchRow[] = [];
  try {
    const faults = [
      { label: 'every call a 5xx', settings: { errorRate: 1, hangRate: 0 } },
      { label: 'every call hanging', settings: { errorRate: 0, hangRate: 1, hangMs: 60_000 } },
    ];
    let region = 0;
    for (const fault of faults) {
      await emulator.setFaults(fault.settings);
      const shown: ShownError[] = [];
      for (let run = 0; run < runs; run++)
        shown.push(await timeToShownError(browser, proxy.url, REGIONS[region++]!));
      rows.push(
        valueRow(
          {
            case: name,
            metric: `first request → error on screen, ${fault.label} (median of ${runs})`,
            value: median(shown.map((s) => s.ms)),
            unit: 'ms',
            note: `per run, browser requests / calls the proxy made: ${shown.map((s) => `${s.requests} / ${s.attempts}`).join(', ')}`,
          },
          withinBudget,
        ),
      );
    }
    return rows;
  } finally {
    await emulator.setFaults({ errorRate: 0, hangRate: 0 }).catch(() => {});
    await proxy.stop();
    await emulator.stop();
  }
}
