// Issue 13, item 6: saved views — named links kept in the browser, passed around as a JSON file.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

async function savedViews(page: Page) {
  await page.getByRole('button', { name: 'Saved views' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved views' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a view is saved by name, opened, renamed, exported, imported and deleted', async ({ page }) => {
  const query = 'RegionId=cn-shanghai&ImageOwnerAlias=self&sort=Size.desc';
  const app = await new Dashboard(page).open(query);
  await app.loadedCount();
  let dialog = await savedViews(page);
  await dialog.getByRole('textbox', { name: 'Name for the current view' }).fill('Shanghai custom');
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “Shanghai custom”.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await app.open();
  await app.loadedCount();
  dialog = await savedViews(page);
  await dialog.getByRole('link', { name: 'Shanghai custom' }).click();
  await expect(dialog).toBeHidden();
  expect(app.params().toString()).toBe(query);

  dialog = await savedViews(page);
  await dialog.getByRole('button', { name: 'Rename Shanghai custom' }).click();
  await dialog.getByRole('textbox', { name: 'New name for Shanghai custom' }).fill('Shanghai by size');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog.getByRole('link', { name: 'Shanghai by size' })).toBeVisible();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({
    format: 'ecs-image-browser/saved-views',
    version: 1,
    views: [{ name: 'Shanghai by size', query }],
  });

  const shared = {
    format: 'ecs-image-browser/saved-views',
    version: 1,
    views: [
      { name: 'Beijing', query: 'RegionId=cn-beijing' },
      { name: '', query: 'RegionId=cn-hangzhou' },
      { name: 'Mostly good', query: 'RegionId=cn-hangzhou,evil.example/&Status=ALL' },
    ],
  };
  await dialog.getByLabel('Import saved views from a JSON file').setInputFiles({
    name: 'team-views.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(shared)),
  });
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Imported 2 views from team-views.json.');
  await expect(status.getByRole('listitem')).toHaveText([
    'View 2 “”: A saved view needs a name. It was left out.',
    'View 3 “Mostly good”: RegionId=evil.example/ is not a region ID such as cn-hangzhou; left out.',
  ]);
  await expect(dialog.getByRole('link', { name: 'Mostly good' })).toHaveAttribute(
    'href',
    '?RegionId=cn-hangzhou&Status=ALL',
  );

  await dialog.getByRole('button', { name: 'Delete Beijing' }).click();
  await expect(dialog.getByRole('link', { name: 'Beijing' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // They are kept in the browser.
  await page.reload();
  dialog = await savedViews(page);
  await expect(dialog.getByRole('link')).toHaveText(['Shanghai by size', 'Mostly good']);
});
