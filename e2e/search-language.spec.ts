// Issue 13, item 7: the quick search's language — phrases, fields, comparisons, minus and OR —
// still client-side and labelled so, each term a chip, with help and examples.
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

const column = (app: Dashboard, id: string) =>
  app.grid.locator(`[role=gridcell][data-column=${id}]`).allTextContents();

test('the quick search reads phrases, fields, comparisons, minus and OR, and shows each term as a chip', async ({
  page,
}) => {
  const app = await new Dashboard(page).open(
    'ImageOwnerAlias=system,self&Status=ALL&cols=ImageName,OSNameEn,Architecture,Size,Tags',
  );
  const loaded = await app.loadedCount();
  await expect(page.getByText('Search loaded rows (client-side)')).toBeVisible();
  const search = async (q: string) => {
    await app.search().fill(q);
    await app.search().press('Enter');
    await expect.poll(() => app.params().get('q')).toBe(q);
  };
  const shown = async () => Number((await app.grid.getAttribute('aria-rowcount'))!) - 1;

  await search('arch:arm64');
  expect(await shown()).toBeGreaterThan(0);
  expect(new Set(await column(app, 'Architecture'))).toEqual(new Set(['arm64']));

  await search('size>100');
  expect(await shown()).toBeGreaterThan(0);
  for (const size of await column(app, 'Size')) expect(Number(size)).toBeGreaterThan(100);

  await search('"Ubuntu 22.04"');
  expect(await shown()).toBeGreaterThan(0);
  // The service writes two spaces after the name; the phrase matches anyway.
  for (const os of await column(app, 'OSNameEn')) expect(os.replace(/ +/g, ' ')).toContain('Ubuntu 22.04');

  await search('ubuntu -arm64');
  expect(await shown()).toBeGreaterThan(0);
  for (const arch of await column(app, 'Architecture')) expect(arch).not.toBe('arm64');

  await search('debian OR centos tag:env=prod');
  expect(await shown()).toBeLessThan(loaded);
  await expect(
    page.getByRole('button', { name: 'Remove filter Search in loaded rows: debian OR centos' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Remove filter Search in loaded rows: tag:env=prod' }).click();
  await expect.poll(() => app.params().get('q')).toBe('debian OR centos');
  for (const os of await column(app, 'OSNameEn')) expect(os).toMatch(/debian|centos/i);

  await search('ubuntu size>big');
  await expect(page.getByText(/Not applied: size>big — size needs a number of GiB/)).toBeVisible();
  await expect(app.search()).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Search syntax' }).click();
  const help = page.getByRole('region', { name: 'Search syntax' });
  await expect(help).toContainText('Searches the rows already loaded');
  await help.getByRole('button', { name: 'Search for age<30d' }).click();
  await expect(app.search()).toHaveValue('age<30d');
  await expect(help).toBeHidden();
});
