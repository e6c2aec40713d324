// Picking the right image and taking it away: the family view, selection with Copy N IDs,
// compare, copy as code, export, the copy button on IDs and the owner badges — each by keyboard
// where a person would use one, and checked with axe in light and dark.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const FAMILY_VIEW = 'ImageOwnerAlias=self&ImageFamily=hangzhou-daily-update&Status=ALL';
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('the family view shows what each family resolves to, by keyboard, with Deprecated versions kept and marked', async ({
  page,
  request,
}) => {
  const answer = await request.get(
    `/api/ecs/DescribeImages?RegionId=cn-hangzhou&${FAMILY_VIEW}&PageSize=100`,
  );
  const loaded: number = (await answer.json()).TotalCount;
  const app = await new Dashboard(page).open(FAMILY_VIEW);
  await expect(app.grid).toHaveAttribute('aria-rowcount', String(loaded + 1));
  await expect(app.grid).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Family view' }).click();
  await expect(page).toHaveURL(/group=family/);
  await expect(page.getByRole('button', { name: /Family view \(1 family\)/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // One line: the family's newest Available image.
  await expect(app.dataRows()).toHaveCount(1);
  const head = app.dataRows().first();
  await expect(head).toContainText('resolves to');
  await expect(head).toContainText('Available');
  await expect(head).toHaveAttribute('aria-expanded', 'false');

  // The grid's stop is the family's cell; its toggle, one ArrowRight in, opens the other versions
  // beneath it with Enter, and folds them.
  await page.getByRole('link', { name: 'Skip to the images' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Show \d+ other versions/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.dataRows()).toHaveCount(loaded);
  await expect(head).toHaveAttribute('aria-expanded', 'true');
  await expect(app.row(/Deprecated/).first()).toBeVisible();
  // Versions older than the one it resolves to say so.
  await expect(app.row(/newer version:/).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(app.dataRows()).toHaveCount(1);

  // The detail panel has the family's version timeline: Enter on the row's checkbox opens it.
  await page.keyboard.press('Home');
  await expect(head.getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Enter');
  const timeline = page.getByRole('region', { name: /Family versions/ });
  await expect(timeline.getByRole('listitem')).toHaveCount(loaded);
  await expect(timeline.getByText('(this image)')).toBeVisible();
});

test('rows are selected with Space, Shift+Space for a range and "select all", and Copy N IDs copies whole IDs', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=self&Status=ALL&sort=ImageId');
  await app.loadedCount();
  const ids = await app
    .dataRows()
    .evaluateAll((rows) =>
      rows.slice(0, 4).map((r) => r.querySelectorAll('[role=gridcell]')[2]!.textContent!.trim()),
    );
  await page.getByRole('link', { name: 'Skip to the images' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  const bar = page.getByRole('region', { name: 'Selected images' });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Copy 3 IDs' }).click();
  await expect(bar.getByRole('status')).toHaveText('IDs copied, one per line.');
  expect(await clipboard(page)).toBe(ids.slice(0, 3).join('\n'));

  // The copy button on a row's ID copies the whole ID, m- and all, and does not open the detail.
  await app
    .dataRows()
    .nth(3)
    .getByRole('button', { name: `Copy image ID ${ids[3]}` })
    .click();
  expect(await clipboard(page)).toBe(ids[3]);
  await expect(page).not.toHaveURL(/image=/);

  const all = page.getByRole('checkbox', { name: /^Select all [\d,]+ matching rows$/ });
  await all.check();
  const count = Number((await all.getAttribute('aria-label'))!.match(/[\d,]+/)![0].replace(/,/g, ''));
  await expect(bar).toContainText(`${count.toLocaleString('en-US')} selected`);
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar).toHaveCount(0);
});

test('two to four selected images compare side by side, deep-linked, with "Show only differences"', async ({
  page,
}) => {
  const app = await new Dashboard(page).open(FAMILY_VIEW);
  await app.loadedCount();
  await app.dataRows().first().getByRole('checkbox').check();
  await app.dataRows().nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/compare=cn-hangzhou\/m-[^,]+,cn-hangzhou\/m-/);
  const panel = page.getByRole('complementary', { name: 'Compare 2 images' });
  const table = panel.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Family' })).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(table.getByRole('rowheader', { name: 'Family' })).toHaveCount(0);
  await expect(table.getByRole('rowheader', { name: /^Image ID/ })).toBeVisible();

  // The link opens the same comparison.
  const link = page.url();
  const again = await page.context().newPage();
  await again.goto(link);
  await expect(again.getByRole('complementary', { name: 'Compare 2 images' })).toBeVisible();
  await again.close();

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
});

test('copy as code: tabs by keyboard, Terraform says what it cannot express, each tab copies', async ({
  page,
}) => {
  const app = await new Dashboard(page).open(
    'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=self&Status=Available,Deprecated&Tag.1.Key=env',
  );
  await app.loadedCount();
  await page.getByRole('button', { name: 'Copy as code' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy the view as code' });
  await expect(dialog.getByRole('tab', { name: 'aliyun CLI' })).toHaveAttribute('aria-selected', 'true');
  const code = dialog.getByRole('region', { name: /code$/ });
  await expect(code).toContainText('aliyun ecs DescribeImages --region cn-shanghai --RegionId cn-shanghai');
  await expect(code).not.toContainText(/DescribeImages [^\n]*--pager/);
  await dialog.getByRole('tab', { name: 'aliyun CLI' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Terraform' })).toBeFocused();
  await expect(dialog).toContainText('Not expressible in data "alicloud_images"');
  await expect(dialog).toContainText('Tag env with any value');
  await dialog.getByRole('button', { name: 'Copy Terraform' }).click();
  expect(await clipboard(page)).toContain('data "alicloud_images" "cn_shanghai_self"');
  await dialog.getByRole('tab', { name: 'Terraform' }).focus();
  await page.keyboard.press('End');
  await expect(dialog.getByRole('tab', { name: 'OpenAPI Explorer' })).toBeFocused();
  await expect(dialog.getByRole('link', { name: /in the OpenAPI Explorer$/ })).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('export writes the rows on show as CSV (visible columns, BOM) and JSON (API fields)', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=self&Status=ALL&q=prod&sort=Size.desc');
  await app.loadedCount();
  const shown = Number((await app.grid.getAttribute('aria-rowcount'))!) - 1;
  const headers = await app.grid.getByRole('columnheader').allInnerTexts();

  const exportAs = async (format: 'CSV' | 'JSON') => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(`^${format}`) }).click(),
    ]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const csv = await exportAs('CSV');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const records = parse(csv, { bom: true }) as string[][];
  expect(records).toHaveLength(shown + 1);
  // The visible columns in order (the selection column is not one).
  expect(records[0]).toHaveLength(headers.length - 1);
  expect(records[0]!.slice(0, 2)).toEqual(['ImageName', 'ImageId']);
  const sizes = records.slice(1).map((r) => Number(r[records[0]!.indexOf('Size')]));
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(records[1]![records[0]!.indexOf('CreationTime')]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

  const json = JSON.parse(await exportAs('JSON')) as {
    RegionId: string;
    ImageId: string;
    DiskDeviceMappings: unknown;
  }[];
  expect(json.map((i) => i.ImageId)).toEqual(records.slice(1).map((r) => r[1]));
  expect(json[0]).toMatchObject({
    RegionId: 'cn-hangzhou',
    DiskDeviceMappings: { DiskDeviceMapping: expect.any(Array) },
  });
});

test('owner badges name the account or supplier, and shared or community images found by name get a caution', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=others&IsPublic=true&ImageName=a');
  await app.loadedCount();
  const first = app.dataRows().first();
  await expect(first).toContainText(/Community · \d+/);
  await expect(first.getByRole('img', { name: /^Matched by name only/ })).toBeVisible();
  // Naming the owner account removes the caution.
  const owner = (await first.innerText()).match(/Community · (\d+)/)![1]!;
  await app.open(`ImageOwnerAlias=others&IsPublic=true&ImageName=a&ImageOwnerId=${owner}`);
  await app.loadedCount();
  await expect(app.dataRows().first()).toContainText(`Community · ${owner}`);
  await expect(page.getByRole('img', { name: /^Matched by name only/ })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the family view, selection, copy as code and compare have no serious axe violations (${colorScheme})`, async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ colorScheme, viewport: { width: 1440, height: 720 } });
    const page = await context.newPage();
    const app = await new Dashboard(page).open(`${FAMILY_VIEW}&group=family`);
    await app.loadedCount();
    await page.getByRole('button', { name: /^Show \d+ other versions/ }).click();
    await app.dataRows().nth(0).getByRole('checkbox').check();
    await app.dataRows().nth(1).getByRole('checkbox').check();
    await expect(page.getByRole('region', { name: 'Selected images' })).toContainText('2 selected');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Copy as code' }).click();
    await page.getByRole('tab', { name: 'Terraform' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(
      page.getByRole('complementary', { name: 'Compare 2 images' }).getByRole('table'),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('where the filters may hide what a family resolves to, the family view asks DescribeImageFromFamily', async ({
  page,
  request,
}) => {
  const family = 'hangzhou-daily-update';
  const answer = await request.get(
    `/api/ecs/DescribeImageFromFamily?RegionId=cn-hangzhou&ImageFamily=${family}`,
  );
  expect(answer.status()).toBe(200);
  const current = (await answer.json()).Image as { ImageId: string; ImageName: string };
  // Every status but Available: the family's current image is not among the rows.
  const app = await new Dashboard(page).open(
    `ImageOwnerAlias=self&ImageFamily=${family}&Status=Creating,Waiting,UnAvailable,CreateFailed,Deprecated&group=family`,
  );
  await expect(app.grid).toHaveAttribute('aria-busy', 'false');
  const head = app.dataRows().first();
  await expect(head).toContainText(`resolves to ${current.ImageName}`);
  await expect(head).not.toContainText(current.ImageId);
});
