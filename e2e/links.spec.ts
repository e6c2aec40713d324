import { Dashboard } from './support/dashboard';
import { expect, test, watchConsole } from './support/fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a copied link opens the same view in another browser', async ({ page, browser }) => {
  const app = await new Dashboard(page).open(
    'RegionId=cn-shanghai&ImageOwnerAlias=system,self&sort=ImageName.desc&cols=ImageName,ImageId,Status,Size',
  );
  await app.textbox('Name').fill('ubuntu');
  await app.textbox('Name').press('Enter');
  await expect(page).toHaveURL(/ImageName=ubuntu/);
  const count = await app.loadedCount();
  const rows = await app.firstRows(10);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const watch = watchConsole(otherPage);
  await otherPage.goto(link);
  const pasted = new Dashboard(otherPage);
  expect(await pasted.loadedCount()).toBe(count);
  expect(await pasted.firstRows(10)).toEqual(rows);
  await expect(pasted.grid.getByRole('columnheader')).toHaveText([
    // The selection column: a checkbox, no text.
    '',
    /^Name/,
    'Image ID',
    'Status',
    'Size (GiB)',
  ]);
  await expect(pasted.grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await other.close();
  expect(watch.problems).toEqual([]);
});

test('a link with invalid values opens without them and says what it ignored', async ({ page }) => {
  const app = await new Dashboard(page).open(
    'RegionId=cn-hangzhou,evil.example/&OSType=solaris&Colour=red&Status=Available,Gone&ImageOwnerAlias=self&PageSize=50',
  );
  const notice = page.getByRole('region', { name: 'Parts of this link were ignored' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveText([
    /RegionId=evil\.example\/ is not a region ID/,
    /OSType=solaris must be one of windows, linux/,
    /Colour=red is not a DescribeImages parameter/,
    /Status=Gone must be a comma-separated list/,
    /PageSize=50 is set by the dashboard/,
  ]);
  // What was valid is kept, and the address now says exactly what is shown.
  expect(app.params().toString()).toBe('RegionId=cn-hangzhou&ImageOwnerAlias=self');
  await expect(app.owner('Custom')).toBeChecked();
  expect(await app.loadedCount()).toBeGreaterThan(0);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('Back and Forward step through filter changes', async ({ page }) => {
  const app = await new Dashboard(page).open();
  const all = await app.loadedCount();
  await app.owner('Custom').check();
  await expect(page).toHaveURL(/\?ImageOwnerAlias=self$/);
  const custom = await app.loadedCount();
  await app.statusButton().click();
  await page.getByRole('checkbox', { name: /^ALL\b/ }).check();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?ImageOwnerAlias=self&Status=ALL$/);
  const customAll = await app.loadedCount();
  expect(customAll).toBeGreaterThan(custom);

  await page.goBack();
  await expect(page).toHaveURL(/\?ImageOwnerAlias=self$/);
  await expect(app.statusButton()).toHaveAccessibleName(/Available/);
  expect(await app.loadedCount()).toBe(custom);
  await page.goBack();
  await expect(app.owner('Custom')).not.toBeChecked();
  expect(await app.loadedCount()).toBe(all);
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\?ImageOwnerAlias=self&Status=ALL$/);
  expect(await app.loadedCount()).toBe(customAll);
});
