// Issue 13, item 8: facets — counts of the rows shown as bar charts; a bar filters through the API
// where DescribeImages has the parameter, over the loaded rows otherwise, and says which.
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test('facets count the rows shown, and a bar filters through the API or the loaded rows, saying which', async ({
  page,
}) => {
  const app = await new Dashboard(page).open(
    'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=system,self&Status=ALL',
  );
  const loaded = await app.loadedCount();
  const toggle = page.getByRole('button', { name: 'Facets' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const facets = page.getByRole('region', { name: 'Facets' });
  const owners = facets.getByRole('region', { name: 'Owner' }).getByRole('button', { name: /^Owner / });
  await expect(owners.first()).toBeVisible();
  const counts = (await owners.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')!))).map(
    (label) => Number(/: ([\d,]+) images?\./.exec(label)![1]!.replace(/,/g, '')),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(loaded);
  await expect(facets).toContainText(/custom images: [\d,]+ images?, [\d,]+ GiB in total/);
  for (const name of ['Status', 'OS type', 'Platform', 'Architecture', 'Region', 'Family'])
    await expect(facets.getByRole('heading', { name })).toBeVisible();

  await facets
    .getByRole('button', { name: /^Status Deprecated: .* Filter through the API \(Status=Deprecated\)/ })
    .click();
  await expect(page).toHaveURL(/&Status=Deprecated$/);
  await expect(facets.getByRole('status')).toHaveText(
    'Filtered through the API: Status=Deprecated. The images are loaded again.',
  );
  const deprecated = await app.loadedCount();
  expect(deprecated).toBeLessThan(loaded);

  const platform = facets
    .getByRole('region', { name: 'Platform' })
    .getByRole('button', { name: /^Platform / })
    .first();
  const label = (await platform.getAttribute('aria-label'))!;
  const value = /^Platform (.+): [\d,]+ images?\./.exec(label)![1]!;
  expect(label).toMatch(/Filter the loaded rows \(platform=/);
  await platform.click();
  await expect(facets.getByRole('status')).toContainText('Filtered the loaded rows (client-side)');
  await expect(
    page
      .getByRole('button', { name: `Remove filter Search in loaded rows: platform="${value}"` })
      .or(page.getByRole('button', { name: `Remove filter Search in loaded rows: platform=${value}` })),
  ).toBeVisible();
  await expect(page.getByText(/of [\d,]+ loaded images match the search/)).toBeVisible();
});
