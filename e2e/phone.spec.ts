// Issue 13, item 10: on a phone (390 px), the filters are in a drawer, the rows are a compact list
// that starts near the top, the detail takes the whole screen with a Back button, and the page
// never scrolls sideways.
import type { Page } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('filters in a drawer, rows as a list near the top, the detail full-screen with Back, no sideways scroll', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-shanghai&Status=ALL');
  await app.loadedCount();
  expect(await sideways(page)).toBe(0);
  await expect(app.regionButton()).toBeHidden();

  const first = app.dataRows().first();
  const row = (await first.boundingBox())!;
  expect(row.y).toBeLessThan(844 / 2);
  expect(row.height).toBeGreaterThanOrEqual(64);
  expect(row.width).toBeLessThanOrEqual(390);
  const [name, id] = await first.evaluate((r) =>
    [...r.querySelectorAll('span')].slice(0, 2).map((s) => s.textContent),
  );
  expect(name).toBeTruthy();
  expect(id).toMatch(/^m-|\.vhd$|_/);

  await page.getByRole('button', { name: /^Filters/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('button', { name: /^Region / })).toBeVisible();
  await drawer.getByRole('checkbox', { name: 'Custom', exact: true }).check();
  await expect(page).toHaveURL(/ImageOwnerAlias=self/);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
  await app.loadedCount();

  await app.dataRows().first().click();
  const detail = page.getByRole('complementary');
  await expect(detail).toBeVisible();
  const box = (await detail.boundingBox())!;
  expect([box.x, box.width]).toEqual([0, 390]);
  expect(await sideways(page)).toBe(0);
  await detail.getByRole('button', { name: 'Back to the list' }).click();
  await expect(detail).toBeHidden();
  await expect(page).not.toHaveURL(/image=/);
});
