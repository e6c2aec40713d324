import type { Request, Route } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test('a filter goes into the URL, and reloading the page shows the same rows', async ({ page }) => {
  const app = await new Dashboard(page).open();
  const before = await app.loadedCount();

  await app.owner('Custom').check();
  await app.statusButton().click();
  await page.getByRole('checkbox', { name: /^Deprecated\b/ }).check();
  await page.keyboard.press('Escape');
  await app.textbox('Name').fill('prod');
  await app.textbox('Name').press('Enter');

  await expect(page).toHaveURL(/ImageOwnerAlias=self&Status=Available,Deprecated&ImageName=prod$/);
  const count = await app.loadedCount();
  expect(count).toBeGreaterThan(0);
  expect(count).not.toBe(before);
  const rows = await app.firstRows(8);
  for (const row of rows) expect(row).toMatch(/prod/i);

  await page.reload();
  expect(await app.loadedCount()).toBe(count);
  expect(await app.firstRows(8)).toEqual(rows);
  await expect(app.owner('Custom')).toBeChecked();
  await expect(app.textbox('Name')).toHaveValue('prod');
});

test('typing sends one request for what was typed, not one per keystroke', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  const names: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).searchParams.get('ImageName');
    if (r.url().includes('/api/ecs/DescribeImages') && name) names.push(name);
  });
  await app.textbox('Name').pressSequentially('ubuntu', { delay: 40 });
  await expect(page).toHaveURL(/ImageName=ubuntu/);
  await app.loadedCount();
  // One request for the word. A machine that stalls longer than the commit delay between two keys
  // looks like a person pausing there, and may send one more; one per key would be six.
  const asked = [...new Set(names)];
  expect(asked).toContain('ubuntu');
  expect(asked.every((name) => 'ubuntu'.startsWith(name))).toBe(true);
  expect(asked.length).toBeLessThanOrEqual(2);
});

test('changing a filter cancels the requests it made stale', async ({ page }) => {
  const held: Route[] = [];
  // Hold every request for the first filter: it is still in flight when the filter changes.
  await page.route(/\/api\/ecs\/DescribeImages\?.*ImageName=slow/, (route) => void held.push(route));
  const aborted = page.waitForEvent('requestfailed', (r: Request) => r.url().includes('ImageName=slow'));
  const app = await new Dashboard(page).open('ImageName=slow');
  await expect.poll(() => held.length).toBeGreaterThan(0);

  await app.textbox('Name').fill('ubuntu');
  await app.textbox('Name').press('Enter');

  expect((await aborted).failure()?.errorText).toMatch(/ERR_ABORTED/);
  expect(await app.loadedCount()).toBeGreaterThan(0);
});

test('the filter panel works from the keyboard', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();

  // Region: open the list, search, pick, close — keys only.
  await app.regionButton().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search regions' })).toBeFocused();
  await page.keyboard.type('shanghai');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^cn-shanghai\b/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(app.regionButton()).toBeFocused();
  // Beside the default region, which counts as chosen.
  await expect(page).toHaveURL(/RegionId=cn-hangzhou,cn-shanghai/);

  // Owner: the next stop is the first owner choice; Space ticks it.
  await page.keyboard.press('Tab');
  await expect(app.owner('Alibaba Cloud')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(app.owner('Custom')).toBeChecked();
  await expect(page).toHaveURL(/ImageOwnerAlias=self/);

  // More filters opens with Enter; a select changes with the arrow keys.
  await app.moreFilters().focus();
  await page.keyboard.press('Enter');
  const osType = page.getByRole('combobox', { name: 'OS type' });
  await expect(osType).toBeVisible();
  await osType.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/OSType=windows/);
  await app.loadedCount();
  await expect(page.getByRole('listitem').filter({ hasText: 'OS type: windows' })).toBeVisible();
});
