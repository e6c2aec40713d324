import type { APIRequestContext, Page } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

interface Region {
  RegionId: string;
  LocalName: string;
}

async function regions(request: APIRequestContext, language: string): Promise<Region[]> {
  const answer = await request.get(`/api/ecs/DescribeRegions?AcceptLanguage=${language}`);
  return (await answer.json()).Regions.Region;
}

async function openRegionPicker(page: Page): Promise<void> {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  await app.regionButton().click();
  await expect(page.getByRole('searchbox', { name: 'Search regions' })).toBeFocused();
}

/** Every region is offered under its ID and the name DescribeRegions gives it. */
async function expectOffered(page: Page, list: readonly Region[]): Promise<void> {
  for (const r of list)
    await expect(
      page.getByRole('checkbox', { name: `${r.RegionId} ${r.LocalName}`, exact: true }),
    ).toBeVisible();
}

test.describe('on an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the region picker names regions in English, as DescribeRegions gives them in en-US', async ({
    page,
    request,
  }) => {
    const asked = page.waitForRequest((r) => r.url().includes('/api/ecs/DescribeRegions'));
    await openRegionPicker(page);
    expect(new URL((await asked).url()).searchParams.get('AcceptLanguage')).toBe('en-US');

    await expectOffered(page, await regions(request, 'en-US'));
    await expect(page.getByRole('checkbox', { name: 'cn-hangzhou China (Hangzhou)' })).toBeVisible();
    // Searching finds a region by its English name.
    await page.getByRole('searchbox', { name: 'Search regions' }).fill('paris');
    await expect(page.getByRole('checkbox', { name: /^[a-z]{2}-[a-z]/ })).toHaveCount(1);
    await expect(page.getByRole('checkbox', { name: 'eu-west-2 France (Paris)' })).toBeVisible();
  });
});

test.describe('on a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the region picker keeps the Chinese names DescribeRegions gives by default', async ({
    page,
    request,
  }) => {
    await openRegionPicker(page);
    await expectOffered(page, await regions(request, 'zh-CN'));
    await expect(page.getByRole('checkbox', { name: 'cn-hangzhou 华东1（杭州）' })).toBeVisible();
  });
});
