import type { APIRequestContext } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

interface Image {
  ImageId: string;
  ImageName: string;
  Status: string;
  DiskDeviceMappings: { DiskDeviceMapping: Record<string, string | number | boolean | undefined>[] };
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
}

const DISK_FIELDS = [
  ['Device', 'Device'],
  ['Type', 'Type'],
  ['Size', 'Size (GiB)'],
  ['SnapshotId', 'SnapshotId'],
  ['Format', 'Format'],
  ['ImportOSSBucket', 'ImportOSSBucket'],
  ['ImportOSSObject', 'ImportOSSObject'],
  ['Progress', 'Progress'],
  ['RemainTime', 'RemainTime'],
  ['Encrypted', 'Encrypted'],
] as const;

async function images(request: APIRequestContext, query: string): Promise<Image[]> {
  const answer = await request.get(`/api/ecs/DescribeImages?${query}&PageSize=100`);
  return (await answer.json()).Images.Image;
}

test('clicking a tag chip adds it as a Tag filter', async ({ page }) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=self&cols=ImageName,ImageId,Tags');
  await app.loadedCount();
  const chip = app
    .dataRows()
    .getByRole('button', { name: /^Filter by tag/ })
    .first();
  const tag = (await chip.textContent())!;
  await chip.click();

  const [key, value] = tag.split('=') as [string, string];
  await expect(page).toHaveURL(
    new RegExp(`Tag\\.1\\.Key=${encodeURIComponent(key).replace(/%2F/g, '/')}&Tag\\.1\\.Value=`),
  );
  expect(app.params().get('Tag.1.Value')).toBe(value);
  await expect(page.getByRole('button', { name: `Remove filter Tag: ${tag}` })).toBeVisible();
  await app.loadedCount();
  // Every image shown now carries the tag.
  for (const row of await app.dataRows().all())
    await expect(row.getByRole('button', { name: `Filter by tag ${tag}` })).toHaveCount(1);
  // The chip did not open the image's details.
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('a deep link opens an image that the list does not hold, with its disks and tags', async ({
  page,
  request,
}) => {
  // A deprecated custom image: the default Status (Available) leaves it out of the list.
  const deprecated = (
    await images(request, 'RegionId=cn-hangzhou&ImageOwnerAlias=self&Status=Deprecated')
  ).find((i) => i.DiskDeviceMappings.DiskDeviceMapping.length >= 2 && i.Tags.Tag.length > 0)!;
  const app = await new Dashboard(page).open(`image=cn-hangzhou/${deprecated.ImageId}`);
  const detail = page.getByRole('complementary', { name: deprecated.ImageName });
  await expect(detail).toBeVisible();
  await expect(detail.getByText('Deprecated').first()).toBeVisible();

  // Only the columns some disk has a value for: six of ten are empty on most images.
  const disks = detail.getByRole('table', { name: 'Disk mappings' });
  const filled = DISK_FIELDS.filter(([field]) =>
    deprecated.DiskDeviceMappings.DiskDeviceMapping.some(
      (d) => ![undefined, ''].includes(d[field] as string),
    ),
  ).map(([, header]) => header);
  expect(filled).toContain('SnapshotId');
  expect(filled.length).toBeLessThan(DISK_FIELDS.length);
  await expect(disks.getByRole('columnheader')).toHaveText(filled);
  const mappings = deprecated.DiskDeviceMappings.DiskDeviceMapping;
  await expect(disks.getByRole('row')).toHaveCount(mappings.length + 1);
  for (const m of mappings)
    await expect(disks.getByRole('row').filter({ hasText: String(m.SnapshotId) })).toContainText(
      String(m.Device),
    );
  await expect(
    detail.getByText('Device is deprecated by the service: it will be removed from answers.'),
  ).toBeVisible();

  const tags = detail.getByRole('table', { name: 'Tags' });
  const first = deprecated.Tags.Tag[0]!;
  await expect(tags.getByRole('row')).toHaveCount(deprecated.Tags.Tag.length + 1);
  await tags.getByRole('button', { name: `Filter by tag ${first.TagKey}=${first.TagValue}` }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Added the tag filter' })).toBeVisible();
  expect(app.params().get('Tag.1.Key')).toBe(first.TagKey);

  await expect(detail.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
  await expect(detail.getByLabel('The image as DescribeImages returned it')).toContainText(
    `"ImageId": "${deprecated.ImageId}"`,
  );
});

test('a public image shows that it has no disk mappings, and is public and from Alibaba Cloud', async ({
  page,
  request,
}) => {
  const [publicImage] = await images(request, 'RegionId=cn-hangzhou&ImageOwnerAlias=system');
  expect(publicImage!.DiskDeviceMappings.DiskDeviceMapping).toEqual([]);
  await new Dashboard(page).open(`image=cn-hangzhou/${publicImage!.ImageId}`);
  const detail = page.getByRole('complementary', { name: publicImage!.ImageName });
  await expect(detail.getByRole('heading', { name: 'Disk mappings (0)' })).toBeVisible();
  await expect(detail.getByText('No disk mappings.')).toBeVisible();
  await expect(detail.getByRole('table', { name: 'Disk mappings' })).toHaveCount(0);
  await expect(detail.getByText(/Device is deprecated/)).toHaveCount(0);
  await expect(detail.getByText('Alibaba Cloud').first()).toBeVisible();
  const isPublic = detail.getByRole('term').filter({ hasText: /^Public$/ });
  await expect(isPublic.locator('xpath=following-sibling::dd[1]')).toHaveText('Yes');
});

test('a deep link to a community image finds it through the owners the default leaves out', async ({
  page,
  request,
}) => {
  const [community] = await images(request, 'RegionId=cn-hangzhou&ImageOwnerAlias=others&IsPublic=true');
  await new Dashboard(page).open(`image=cn-hangzhou/${community!.ImageId}`);
  const detail = page.getByRole('complementary', { name: community!.ImageName });
  await expect(detail.getByText('Community').first()).toBeVisible();
});

test('closing the details returns to the same place in the list, focus in the row', async ({ page }) => {
  const app = await new Dashboard(page).open('Status=ALL&RegionId=cn-hangzhou,cn-shanghai');
  await app.loadedCount();
  const scroller = app.grid.locator('..');
  await scroller.evaluate((el) => (el.scrollTop = 3000));
  // The virtualizer draws the rows of the new place on a later frame: wait for them, then hold on
  // to one row by its place in the list, not by its place among the rows drawn.
  await expect(app.dataRows().first()).not.toHaveAttribute('aria-rowindex', '2');
  const index = (await app.dataRows().nth(12).getAttribute('aria-rowindex'))!;
  const row = app.dataRows().and(page.locator(`[aria-rowindex="${index}"]`));
  const name = (await app.cell(row, 'ImageName').textContent())!;
  await row.click();
  await expect(page).toHaveURL(/image=/);
  const detail = page.getByRole('complementary', { name });
  await expect(detail.getByRole('heading', { name })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(page).not.toHaveURL(/image=/);
  await expect(app.dataRows().filter({ has: page.locator(':focus') })).toHaveAttribute(
    'aria-rowindex',
    index,
  );
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(3000);

  // Enter on the focused cell opens the row again; Back closes it.
  await page.keyboard.press('Enter');
  await expect(detail).toBeVisible();
  await page.goBack();
  await expect(detail).toBeHidden();
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a long public name wraps between its parts, never inside one, and a name that is the ID shows once', async ({
    page,
    request,
  }) => {
    const named = (await images(request, 'RegionId=cn-hangzhou&ImageOwnerAlias=system')).find(
      (i) => i.ImageName === i.ImageId && i.ImageName.length > 36,
    )!;
    await new Dashboard(page).open(`image=cn-hangzhou/${named.ImageId}`);
    const detail = page.getByRole('complementary', { name: named.ImageName });
    const title = detail.getByRole('heading', { name: named.ImageName });
    await expect(title).toBeVisible();
    // Each part of the name between separators is laid out on one line: no break inside a part.
    const lines = await title.evaluate((h) => {
      const range = document.createRange();
      const parts = [...h.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
      const rects = parts.map((n) => {
        range.selectNodeContents(n);
        return [...range.getClientRects()].filter((r) => r.width > 0).length;
      });
      return {
        parts: parts.length,
        rects,
        tops: new Set(parts.map((n) => (range.selectNodeContents(n), range.getClientRects()[0]!.top))).size,
      };
    });
    expect(lines.parts).toBeGreaterThan(3);
    expect(lines.rects.every((n) => n === 1)).toBe(true);
    expect(lines.tops).toBeGreaterThan(1);
    // The ID is the name: the heading says it, the line under it names only the region.
    await expect(detail.getByText(`cn-hangzhou / ${named.ImageId}`)).toHaveCount(0);
    await expect(detail.getByText('cn-hangzhou', { exact: true }).first()).toBeVisible();
  });
});
