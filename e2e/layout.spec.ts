// Issue 13, items 3 and 12: a grid that fits the screen — the default columns fit 1440 px, the name
// and ID stay in view, cut-off text shows whole, columns reorder — and help text that is never cut
// off, with chips that never move the table.
import type { Locator, Page } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const box = async (locator: Locator) => (await locator.boundingBox())!;
const scrollerOf = (app: Dashboard) => app.grid.locator('xpath=..');

test('the default columns fit a 1440 px screen, with the Region column of several regions', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-shanghai');
  await app.loadedCount();
  const scroller = scrollerOf(app);
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const right = (await box(scroller)).x + (await box(scroller)).width;
  for (const header of await app.grid.getByRole('columnheader').all()) {
    const b = await box(header);
    expect(b.x + b.width).toBeLessThanOrEqual(right);
  }
  expect(await app.columnTitles()).toContain('Family');
});

test('the name and the ID stay in view when the grid scrolls sideways; cut-off text shows whole', async ({
  page,
}) => {
  const app = await new Dashboard(page).open(
    'ImageOwnerAlias=system&cols=ImageName,ImageId,Description,OSName,Platform,OSNameEn,ImageFamily,ResourceGroupId,Tags',
  );
  await app.loadedCount();
  const scroller = scrollerOf(app);
  await scroller.evaluate((el) => (el.scrollLeft = 700));
  const left = (await box(scroller)).x;
  const first = app.dataRows().first();
  // The selection checkbox leads, then the name and the ID, side by side at the left edge.
  const selectCell = app.cell(first, 'select');
  const nameCell = app.cell(first, 'ImageName');
  const idCell = app.cell(first, 'ImageId');
  await expect.poll(async () => Math.round((await box(selectCell)).x - left)).toBeLessThanOrEqual(1);
  expect((await box(nameCell)).x).toBeCloseTo((await box(selectCell)).x + (await box(selectCell)).width, 0);
  expect((await box(idCell)).x).toBeCloseTo((await box(nameCell)).x + (await box(nameCell)).width, 0);
  const nameHeader = app.grid.getByRole('columnheader', { name: /^Name/ });
  expect(Math.round((await box(nameHeader)).x - (await box(nameCell)).x)).toBe(0);

  // Public image names are long: the cell cuts it off, and shows all of it on hover and focus.
  const cut = await nameCell.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut).toBe(true);
  const name = (await nameCell.getAttribute('title'))!;
  expect(name.length).toBeGreaterThan(20);
  await nameCell.focus();
  await expect(page.getByRole('tooltip')).toHaveText(name);
});

test('columns move by dragging a header or with Alt+Shift+arrow keys', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  const header = (name: string) => app.grid.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  const before = await app.columnTitles();
  expect(before.indexOf('Status')).toBe(before.indexOf('Owner') + 1);
  await header('Status').getByRole('button').dragTo(header('Owner'));
  await expect
    .poll(() => app.columnTitles())
    .toEqual(before.map((h) => (h === 'Owner' ? 'Status' : h === 'Status' ? 'Owner' : h)));
  // The moved column's cells follow its header.
  const statusCell = app.cell(app.dataRows().first(), 'Status');
  await expect(statusCell).toContainText(/Available/);
  // It sits where its header sits.
  expect(Math.round((await box(statusCell)).x)).toBe(Math.round((await box(header('Status'))).x));

  await header('Status').getByRole('button').focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => app.columnTitles()).toEqual(before);
  await expect(header('Status').getByRole('button')).toBeFocused();
});

test('with the details open, the sorted column stays in view beside the name', async ({ page }) => {
  const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-shanghai&sort=ImageFamily.desc');
  await app.loadedCount();
  await app.dataRows().first().click();
  await expect(page.getByRole('complementary')).toBeVisible();
  const scroller = await box(scrollerOf(app));
  const family = await box(app.grid.getByRole('columnheader', { name: /^Family/ }));
  const id = await box(app.grid.getByRole('columnheader', { name: /^Image ID/ }));
  expect(family.x).toBeGreaterThanOrEqual(id.x + id.width - 1);
  expect(family.x + family.width).toBeLessThanOrEqual(scroller.x + scroller.width + 1);
});

/** Help paragraphs on screen whose text does not fit their box, by id. */
const cutOffHelp = (page: Page) =>
  page.locator('[id$="-help"]:visible').evaluateAll((els) =>
    els
      // Not the screen reader's 1 px help.
      .filter((el) => el.clientWidth > 1)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis')
      .map((el) => el.id),
  );

test('no help text is cut off, and chips coming and going never move the table', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  expect(await cutOffHelp(page)).toEqual([]);
  await app.moreFilters().click();
  await expect(app.textbox('Instance type')).toBeVisible();
  expect(await cutOffHelp(page)).toEqual([]);
  await app.moreFilters().click();

  const top = async () => (await box(app.grid)).y;
  const before = await top();
  await app.search().fill('ubuntu');
  await app.search().press('Enter');
  await expect(
    page.getByRole('button', { name: 'Remove filter Search in loaded rows: ubuntu' }),
  ).toBeVisible();
  expect(await top()).toBe(before);
  await app.textbox('Name').fill('a');
  await app.textbox('Name').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove filter Name: a' })).toBeVisible();
  await app.owner('Custom').check();
  await app.owner('Marketplace').check();
  await expect(page.getByRole('button', { name: 'Remove filter Owner: Marketplace' })).toBeVisible();
  expect(await top()).toBe(before);
});
