// Issue 13, items 5 and 13: preferences that stay in the browser as the defaults for what a link
// leaves out (a link's cols= wins for its view), with Reset to defaults; and times in UTC or the
// browser's zone, as an age with the exact time on hover.
import type { Page } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

const rowHeight = async (app: Dashboard) => Math.round((await app.dataRows().first().boundingBox())!.height);

async function preferences(page: Page) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('column choices, widths and density stay for the next visit; a link with cols= wins; Reset to defaults', async ({
  page,
}) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('checkbox', { name: /^Description\b/ }).check();
  await page.getByRole('checkbox', { name: /^Family\b/ }).uncheck();
  await page.keyboard.press('Escape');
  // The choice is a preference: the link stays as it was.
  expect(app.params().has('cols')).toBe(false);
  const os = app.grid.getByRole('columnheader', { name: /^OS/ });
  const width = Math.round((await os.boundingBox())!.width);
  await os.getByRole('button').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => Math.round((await os.boundingBox())!.width)).toBe(width + 16);
  const dialog = await preferences(page);
  await dialog.getByRole('radio', { name: 'Comfortable' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => rowHeight(app)).toBe(40);

  // A fresh visit keeps all of it.
  await app.open();
  await app.loadedCount();
  const chosen = await app.columnTitles();
  expect(chosen).toContain('Description');
  expect(chosen).not.toContain('Family');
  await expect.poll(async () => Math.round((await os.boundingBox())!.width)).toBe(width + 16);
  expect(await rowHeight(app)).toBe(40);

  // A link that sets its columns shows them, and leaves the preference alone.
  await app.open('cols=ImageName,Size');
  await app.loadedCount();
  expect(await app.columnTitles()).toEqual(['Name', 'Size (GiB)']);
  await app.open();
  await app.loadedCount();
  expect(await app.columnTitles()).toEqual(chosen);

  const again = await preferences(page);
  await again.getByRole('button', { name: 'Reset to defaults' }).click();
  await again.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => app.columnTitles()).toContain('Family');
  expect(await app.columnTitles()).not.toContain('Description');
  await expect.poll(() => rowHeight(app)).toBe(32);
  await expect.poll(async () => Math.round((await os.boundingBox())!.width)).toBe(width);
});

test.describe('in a browser in Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('creation times read as an age with the exact time on hover, in UTC or the browser zone', async ({
    page,
  }) => {
    const app = await new Dashboard(page).open('ImageOwnerAlias=self&sort=CreationTime.desc');
    await app.loadedCount();
    const created = app.dataRows().first().locator('[role=gridcell][data-column=CreationTime]');
    await expect(created).toHaveText(/^(\d+ (minute|hour|day|month|year)s? ago|just now)$/);
    const utc = (await created.getAttribute('title'))!;
    expect(utc).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    const shanghai = new Date(Date.parse(utc.replace(' UTC', 'Z').replace(' ', 'T')) + 8 * 3_600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');

    const dialog = await preferences(page);
    await dialog.getByRole('radio', { name: /^This browser’s \(Asia\/Shanghai\)/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(created).toHaveAttribute('title', `${shanghai} GMT+8`);

    const exact = await preferences(page);
    await exact.getByRole('radio', { name: 'The date and time' }).check();
    await exact.getByRole('button', { name: 'Save' }).click();
    await expect(created).toHaveText(`${shanghai} GMT+8`);
  });
});
