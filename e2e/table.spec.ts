import type { Route } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test('headers sort the loaded rows (Shift adds a column), and the sort is in the link', async ({ page }) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=self&Status=ALL');
  await app.loadedCount();
  const header = (name: string) => app.grid.getByRole('columnheader', { name: new RegExp(`^${name}`) });

  await header('Size').getByRole('button').click();
  await expect(page).toHaveURL(/sort=Size\.desc$/);
  await expect(header('Size')).toHaveAttribute('aria-sort', 'descending');
  const sizes = await app
    .dataRows()
    .evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('[role=gridcell]')[6]!.textContent)));
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));

  await header('Name')
    .getByRole('button')
    .click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/sort=Size\.desc,ImageName$/);
  await expect(header('Name')).toContainText('sort key 2');
  await header('Size').getByRole('button').click();
  await expect(page).toHaveURL(/sort=Size$/);
});

test('a view of several regions shows the newest images first, and says so', async ({ page }) => {
  const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-shanghai,cn-beijing&Status=ALL');
  await app.loadedCount();
  const created = app.grid.getByRole('columnheader', { name: /^Created/ });
  await expect(created).toHaveAttribute('aria-sort', 'descending');
  await expect(created).toContainText('default');
  await expect(created.getByRole('button')).toHaveAccessibleName(/newest first by default/);
  expect(app.params().has('sort')).toBe(false);
  // The exact times are in the cells' titles; the first screen mixes the regions.
  const times = await app.grid
    .locator('[role=gridcell][data-column=CreationTime]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('title')!));
  expect(times.length).toBeGreaterThan(10);
  expect(times).toEqual([...times].sort().reverse());
  const regions = await app.grid.locator('[role=gridcell][data-column=RegionId]').allTextContents();
  expect(new Set(regions).size).toBeGreaterThan(1);
  // One region is one request: the order the API gave.
  await app.open('RegionId=cn-hangzhou&Status=ALL');
  await app.loadedCount();
  await expect(app.grid.getByRole('columnheader', { name: /^Created/ })).not.toHaveAttribute('aria-sort');
});

test('the column chooser shows and hides columns, kept where the columns came from', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('checkbox', { name: /^Description\b/ }).check();
  await page.getByRole('checkbox', { name: /^Family\b/ }).uncheck();
  await page.keyboard.press('Escape');
  await expect(app.grid.getByRole('columnheader', { name: /^Description/ })).toBeVisible();
  await expect(app.grid.getByRole('columnheader', { name: /^Family/ })).toHaveCount(0);
  // A link without cols= leaves columns to the person's preference.
  expect(app.params().has('cols')).toBe(false);

  // A link that sets its columns keeps the change in the link.
  await app.open('cols=ImageName,ImageId');
  await app.loadedCount();
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('checkbox', { name: /^Size\b/ }).check();
  await page.keyboard.press('Escape');
  expect(app.params().get('cols')).toBe('ImageName,ImageId,Size');
});

test('columns resize with the mouse and with Alt+arrow keys', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  const header = app.grid.getByRole('columnheader', { name: /^OS/ }).first();
  const before = (await header.boundingBox())!;
  await page.mouse.move(before.x + before.width - 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width + 98, before.y + before.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => Math.round((await header.boundingBox())!.width))
    .toBe(Math.round(before.width + 100));
  // The cells follow the header.
  const cell = app.cell(app.dataRows().first(), 'OSNameEn');
  expect(Math.round((await cell.boundingBox())!.width)).toBe(Math.round(before.width + 100));

  await header.getByRole('button').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect
    .poll(async () => Math.round((await header.boundingBox())!.width))
    .toBe(Math.round(before.width + 84));
});

test('quick search filters the loaded rows, and says when it covers only part of them', async ({ page }) => {
  // Hold every page after the first, so the view is still loading while the search runs.
  const held: Route[] = [];
  await page.route(
    /\/api\/ecs\/DescribeImages\?.*PageNumber=([2-9]|\d\d)\b/,
    (route) => void held.push(route),
    {
      times: 2,
    },
  );
  const app = await new Dashboard(page).open('sort=ImageName');
  await expect(app.progress).toHaveAttribute('aria-valuetext', /^Loaded 100 of \d+/);
  const total = /of (\d+)/.exec((await app.progress.getAttribute('aria-valuetext'))!)![1];
  await expect(
    page.getByText(`Sort covers only the images loaded so far, not all ${total} yet.`),
  ).toBeVisible();

  await app.search().fill('windows');
  await expect(page).toHaveURL(/q=windows/);
  await expect(
    page.getByText(`Sort and search cover only the images loaded so far, not all ${total} yet.`),
  ).toBeVisible();
  for (const row of await app.dataRows().all()) await expect(row).toContainText(/windows/i);
  await expect(
    page.getByRole('button', { name: 'Remove filter Search in loaded rows: windows' }),
  ).toBeVisible();

  for (const route of held) await route.continue();
  await expect(app.progress).toHaveAttribute('aria-valuetext', /^[\d,]+ images from \d+ calls$/);
  await expect(page.getByText(/cover only/)).toBeHidden();
  await expect(page.getByText(/loaded images match the search/)).toBeVisible();
});

test('Reload fetches every page again, past the caches', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  const again: (string | undefined)[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/ecs/DescribeImages')) again.push(r.headers()['cache-control']);
  });
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => again.length).toBeGreaterThanOrEqual(3);
  await app.loadedCount();
  expect(again.every((header) => header === 'no-cache')).toBe(true);
});
