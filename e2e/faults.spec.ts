import type { APIRequestContext, Route } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { API_ERROR_STATUS, expect, test } from './support/fixtures';
import { emulatorUrl, faultyProxyUrl } from './support/servers';

const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen'];

const setFaults = (request: APIRequestContext, faults: object) =>
  request.post(`${emulatorUrl}/__admin/faults`, { data: faults }).then((r) => expect(r.ok()).toBe(true));

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

test.describe('a flaky, throttled service', () => {
  test.use({ baseURL: faultyProxyUrl, allowedConsole: [API_ERROR_STATUS] });
  test.afterEach(({ request }) => setFaults(request, { throttleQps: null, errorRate: 0 }));

  test('a multi-page load still ends with every image exactly once, the failures retried', async ({
    page,
    request,
  }) => {
    await setFaults(request, { throttleQps: null, errorRate: 0 });
    let expected = 0;
    for (const region of REGIONS) expected += await totalCount(request, `RegionId=${region}&Status=ALL`);
    expect(expected).toBeGreaterThan(600);

    // The emulator throttles and fails a share of calls (the proxy retries those); on top, the
    // first try of every second page fails all the way to the browser, which must retry it.
    await setFaults(request, { throttleQps: 5, errorRate: 0.2 });
    const failedOnce = new Set<string>();
    await page.route(/\/api\/ecs\/DescribeImages\?.*PageNumber=2\b/, (route) => {
      const url = route.request().url();
      if (failedOnce.has(url)) return route.continue();
      failedOnce.add(url);
      return unavailable(route);
    });
    const app = await new Dashboard(page).open(`RegionId=${REGIONS.join(',')}&Status=ALL`);

    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      `${expected.toLocaleString('en-US')} images from 4 requests`,
      {
        timeout: 45_000,
      },
    );
    expect(failedOnce.size).toBe(REGIONS.length);
    await expect(app.grid).toHaveAttribute('aria-rowcount', String(expected + 1));
    await expect(page.getByRole('region', { name: /failed/ })).toBeHidden();
    // Each image once: the first row's image ID matches one row.
    const id = (await app.dataRows().first().getByRole('gridcell').nth(1).textContent())!;
    await app.search().fill(id);
    await expect(app.dataRows()).toHaveCount(1);
  });

  test('a page that keeps failing stops its request with the error shown; loaded rows stay; Retry finishes it', async ({
    page,
    request,
  }) => {
    const expected = await totalCount(request, 'RegionId=cn-hangzhou&Status=ALL');
    expect(expected).toBeGreaterThan(200);
    await page.route(/\/api\/ecs\/DescribeImages\?.*PageNumber=3\b/, unavailable);
    const app = await new Dashboard(page).open('Status=ALL');

    const errors = page.getByRole('region', { name: /request failed/ });
    await expect(errors).toContainText('ServiceUnavailable', { timeout: 30_000 });
    await expect(errors).toContainText('RequestId 0C8D2A2E-5F0B-4C43-9E0E-7C3C2B0A9F11');
    await expect(errors).toContainText('the images already loaded stay in the table');
    await expect(app.progress).toHaveAttribute('aria-valuetext', `Loaded 200 of ${expected}`);
    await expect(app.dataRows().first()).toBeVisible();

    await page.unroute(/\/api\/ecs\/DescribeImages\?.*PageNumber=3\b/);
    await errors.getByRole('button', { name: 'Retry cn-hangzhou · default owners' }).click();
    expect(await app.loadedCount()).toBe(expected);
    await expect(errors).toBeHidden();
  });
});
