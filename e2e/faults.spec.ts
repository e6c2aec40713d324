// The dashboard against a faulty, throttled, large account: the proxy signing for an emulator
// process whose faults are set through its loopback admin route. Every test here changes those
// faults, so they share this one file and run one after another.
import type { APIRequestContext, Locator, Page, Route } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { API_ERROR_STATUS, expect, test } from './support/fixtures';
import { emulatorUrl, FAULTY_PROXY_BUDGET_MS, faultyProxyUrl } from './support/servers';

const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing'];
/** The browser's limit on DescribeImages requests in flight (src/web/images/image-queries.ts). */
const PAGE_REQUESTS_IN_FLIGHT = 4;
const NO_FAULTS = { throttleQps: null, errorRate: 0, hangRate: 0, latencyMs: 0 };

const setFaults = (request: APIRequestContext, faults: object) =>
  request.post(`${emulatorUrl}/__admin/faults`, { data: faults }).then((r) => expect(r.ok()).toBe(true));

/** Calls the emulator has received since it started. */
const upstreamCalls = async (request: APIRequestContext): Promise<number> =>
  (await (await request.get(`${emulatorUrl}/__admin/stats`)).json()).received;

/** The answer the proxy gives when ECS kept failing: the ECS envelope with a 503. */
const unavailable = (route: Route) =>
  route.fulfill({
    status: 503,
    contentType: 'application/json',
    json: {
      RequestId: '0C8D2A2E-5F0B-4C43-9E0E-7C3C2B0A9F11',
      HostId: 'ecs.cn-hangzhou.aliyuncs.com',
      Code: 'ServiceUnavailable',
      Message: 'The request has failed due to a temporary failure of the server.',
      Recommend:
        'https://api.aliyun.com/troubleshoot?q=ServiceUnavailable&product=Ecs&requestId=0C8D2A2E-5F0B-4C43-9E0E-7C3C2B0A9F11',
    },
  });

async function totalCount(request: APIRequestContext, query: string): Promise<number> {
  const answer = await request.get(`/api/ecs/DescribeImages?${query}&PageSize=100`);
  return (await answer.json()).TotalCount;
}

/** The DescribeImages requests the page sends, as they are sent. */
function imageRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/ecs/DescribeImages')) urls.push(r.url());
  });
  return urls;
}

const count = (n: number) => n.toLocaleString('en-US');
const pagesOf = (total: number) => Math.max(1, Math.ceil(total / 100));

/** Each image once: the first row's image ID, searched, matches one row. */
async function expectFirstImageOnce(app: Dashboard) {
  const id = (await app.cell(app.dataRows().first(), 'ImageId').textContent())!;
  await app.search().fill(id);
  await expect(app.dataRows()).toHaveCount(1);
  await app.search().fill('');
}

test.describe('a flaky, throttled, large account', () => {
  test.use({ baseURL: faultyProxyUrl, allowedConsole: [API_ERROR_STATUS] });
  test.beforeEach(({ request }) => setFaults(request, NO_FAULTS));
  test.afterEach(({ request }) => setFaults(request, NO_FAULTS));

  test('under throttling the progress says the service is slowing us down, and every row arrives once', async ({
    page,
    request,
  }) => {
    const totals = await Promise.all(REGIONS.map((r) => totalCount(request, `RegionId=${r}&Status=ALL`)));
    const expected = totals.reduce((a, b) => a + b, 0);
    const calls = totals.reduce((n, t) => n + pagesOf(t), 0);
    // The page keeps four calls in flight, far more than 5 a second against an emulator that answers
    // at once, so the service throttles for several seconds; 5 leaves the proxy room to pace every
    // call within its 4 s budget.
    await setFaults(request, { throttleQps: 5 });
    const sent = imageRequests(page);
    const app = await new Dashboard(page).open(`RegionId=${REGIONS.join(',')}&Status=ALL`);

    // Each request's line and the summary say so while the proxy paces this account (each seen at
    // some point: the state lasts only while calls are pending).
    await page.getByRole('button', { name: /show each request/ }).click();
    const eachRequest = page.getByRole('list', { name: 'Each request' });
    const throttled = /throttled by the service, slowing down/;
    const seen = { progress: false, list: false };
    await expect
      .poll(
        async () => {
          seen.progress ||= throttled.test((await app.progress.getAttribute('aria-valuetext')) ?? '');
          seen.list ||= throttled.test((await eachRequest.textContent()) ?? '');
          return seen;
        },
        { timeout: 30_000, intervals: [100] },
      )
      .toEqual({ progress: true, list: true });
    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      `${count(expected)} images from ${count(calls)} calls`,
      { timeout: 45_000 },
    );
    // The proxy retried the throttled calls; the browser asked for each page once.
    expect(sent).toHaveLength(calls);
    await expect(app.grid).toHaveAttribute('aria-rowcount', String(expected + 1));
    await expectFirstImageOnce(app);
  });

  test('with every answer a 5xx or every call hanging, the proxy’s one answer is the error shown, asked for once', async ({
    page,
    request,
  }) => {
    for (const [faults, code] of [
      [{ errorRate: 1 }, /InternalError|ServiceUnavailable/],
      [{ hangRate: 1, hangMs: 60_000 }, /ProxyUpstreamTimeout/],
    ] as const) {
      await setFaults(request, { ...NO_FAULTS, ...faults });
      const before = await upstreamCalls(request);
      const sent = imageRequests(page);
      const app = await new Dashboard(page).open('RegionId=ap-northeast-1');
      const errors = page.getByRole('region', { name: /request failed/ });
      // How fast is bench case 8's to measure; here, that the first answer is the one shown.
      await expect(errors).toContainText(code, { timeout: 3 * FAULTY_PROXY_BUDGET_MS });
      expect(sent).toHaveLength(1);
      // At most the proxy's three attempts reached the service; the browser added none.
      expect((await upstreamCalls(request)) - before).toBeLessThanOrEqual(3);
      await expect(app.progress).toHaveAttribute('aria-valuetext', 'Nothing loaded · 1 of 1 call failed');
    }
    // The proxy's own error is labelled as the proxy's: no RequestId, no Alibaba troubleshooting link.
    const errors = page.getByRole('region', { name: /request failed/ });
    await expect(errors).toContainText('The dashboard’s proxy answered ProxyUpstreamTimeout');
    await expect(errors).toContainText('not one from Alibaba Cloud');
    await expect(errors).not.toContainText('RequestId');
    await expect(errors.getByRole('link')).toHaveCount(0);
  });

  test('Retry all failed recovers every failed request, and the list of requests covers no Retry button', async ({
    page,
    request,
  }) => {
    const totals = await Promise.all(REGIONS.map((r) => totalCount(request, `RegionId=${r}&Status=ALL`)));
    const expected = totals.reduce((a, b) => a + b, 0);
    // The first try of every page 2 fails all the way to the browser, which must not retry it.
    const failedOnce = new Set<string>();
    await page.route(/\/api\/ecs\/DescribeImages\?.*PageNumber=2\b/, (route) => {
      const url = route.request().url();
      if (failedOnce.has(url)) return route.continue();
      failedOnce.add(url);
      return unavailable(route);
    });
    const sent = imageRequests(page);
    const app = await new Dashboard(page).open(`RegionId=${REGIONS.join(',')}&Status=ALL`);

    const errors = page.getByRole('region', { name: /requests failed/ });
    await expect(errors.getByRole('heading')).toHaveText(/^3 of 3 requests failed/);
    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      new RegExp(
        `^Loaded [\\d,]+ of ${count(expected)} · 3 of ${totals.reduce((n, t) => n + pagesOf(t), 0)} calls failed$`,
      ),
    );
    await expect(errors).toContainText('ECS answered ServiceUnavailable');
    expect(failedOnce.size).toBe(REGIONS.length);

    // The list of each request opens in the page's flow: the Retry buttons stay clickable.
    await page.getByRole('button', { name: /show each request/ }).click();
    await expect(page.getByRole('list', { name: 'Each request' }).getByRole('listitem')).toHaveCount(3);
    await expectClickable(errors.getByRole('button', { name: `Retry ${REGIONS[0]} · default owners` }));
    await errors.getByRole('button', { name: 'Retry all failed' }).click();

    expect(await app.loadedCount()).toBe(expected);
    await expect(errors).toBeHidden();
    await expect(app.grid).toHaveAttribute('aria-rowcount', String(expected + 1));
    // Each page asked for once, and the failed ones once more, by the person's Retry.
    const pages = sent.map((url) => new URL(url).searchParams);
    const calls = totals.reduce((n, t) => n + pagesOf(t), 0);
    expect(pages).toHaveLength(calls + REGIONS.length);
    await expectFirstImageOnce(app);
  });

  test('a page that keeps failing stops its request with the error shown; loaded rows stay; Retry finishes it', async ({
    page,
    request,
  }) => {
    const expected = await totalCount(request, 'RegionId=cn-hangzhou&Status=ALL');
    expect(expected).toBeGreaterThan(300);
    await page.route(/\/api\/ecs\/DescribeImages\?.*PageNumber=3\b/, unavailable);
    const app = await new Dashboard(page).open('Status=ALL');

    const errors = page.getByRole('region', { name: /request failed/ });
    await expect(errors).toContainText('ServiceUnavailable');
    await expect(errors).toContainText('RequestId 0C8D2A2E-5F0B-4C43-9E0E-7C3C2B0A9F11');
    await expect(errors).toContainText('the images already loaded stay in the table');
    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^Loaded [\\d,]+ of ${count(expected)} · 1 of ${pagesOf(expected)} calls failed$`),
    );
    await expect(app.dataRows().first()).toBeVisible();

    await page.unroute(/\/api\/ecs\/DescribeImages\?.*PageNumber=3\b/);
    await errors.getByRole('button', { name: 'Retry cn-hangzhou · default owners' }).click();
    expect(await app.loadedCount()).toBe(expected);
    await expect(errors).toBeHidden();
  });

  test('a view of more than 200 calls asks first; the first 5,000 are loaded as chosen; Stop stops and Resume goes on', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const regions: string[] = (
      await (await request.get('/api/ecs/DescribeRegions?AcceptLanguage=en-US')).json()
    ).Regions.Region.map((r: { RegionId: string }) => r.RegionId);
    const view = `RegionId=${regions.join(',')}&Status=ALL`;
    const totals = await Promise.all(regions.map((r) => totalCount(request, `RegionId=${r}&Status=ALL`)));
    const expected = totals.reduce((a, b) => a + b, 0);
    const calls = totals.reduce((n, t) => n + pagesOf(t), 0);
    expect(calls).toBeGreaterThan(200);
    // Slow answers, so Stop lands in the middle of the load.
    await setFaults(request, { latencyMs: 100 });
    const sent = imageRequests(page);
    const app = await new Dashboard(page).open(view);

    const prompt = page.getByRole('region', { name: /^Load all/ });
    await expect(prompt.getByRole('heading')).toHaveText(
      `Load all ${count(expected)} images — about ${calls} calls — or the first 5,000?`,
    );
    // Only page 1 of each request was asked for.
    await expect(app.progress).toHaveAttribute('aria-valuetext', /waiting for your choice$/);
    expect(sent.every((url) => url.includes('PageNumber=1&') || url.endsWith('PageNumber=1'))).toBe(true);
    expect(sent).toHaveLength(regions.length);

    await prompt.getByRole('button', { name: /^Load the first 5,000/ }).click();
    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      `Loaded 5,000 of ${count(expected)} · the first 5,000, as chosen`,
    );
    expect(sent).toHaveLength(50);
    await expect(app.grid).toHaveAttribute('aria-rowcount', '5001');
    await app.search().fill('no-such-image');
    // Several regions are shown newest first, a sort of the loaded rows too.
    const firstOnly = page.getByText(
      `Sort and search cover only the first 5,000 images, not all ${count(expected)}.`,
    );
    await expect(firstOnly).toBeVisible();
    await app.search().fill('');
    await expect(firstOnly).toBeHidden();

    // The rest: stopped part-way, nothing more is sent until Resume, which asks only for what is missing.
    await page.getByRole('button', { name: /^Load the rest/ }).click();
    await expect(app.progress).toHaveAttribute('aria-valuetext', /^Loaded ([6-9]|1\d),\d{3} of/, {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(app.progress).toHaveAttribute('aria-valuetext', /· stopped$/);
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeHidden();
    const sentAtStop = sent.length;
    await app.search().fill('no-such-image');
    const beforeStop = page.getByText(/Sort and search cover only the [\d,]+ images loaded before Stop/);
    await expect(beforeStop).toBeVisible();
    await app.search().fill('');
    await expect(beforeStop).toBeHidden();
    expect(sent.length).toBe(sentAtStop);
    await setFaults(request, NO_FAULTS);

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      `${count(expected)} images from ${count(calls)} calls`,
      { timeout: 45_000 },
    );
    // Every page asked for, and again only those Stop cut off: at most the requests in flight then.
    expect(new Set(sent).size).toBe(calls);
    expect(sent.length - calls).toBeLessThanOrEqual(PAGE_REQUESTS_IN_FLIGHT);
    await expect(app.grid).toHaveAttribute('aria-rowcount', String(expected + 1));

    // The choice is not part of the link: whoever opens it is asked again.
    const other = await page.context().newPage();
    await new Dashboard(other).open(view);
    await expect(other.getByRole('region', { name: /^Load all/ })).toBeVisible();
    await other.close();
  });
});

/** The element takes a click at its centre: nothing covers it. */
async function expectClickable(target: Locator) {
  await target.click({ trial: true, timeout: 2_000 });
}
