import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test('several regions and owners at once: a Region column, owner badges, public images once per region', async ({
  page,
  request,
}) => {
  // A public image that both regions have, under the same ID.
  const answer = await request.get(
    '/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=system&PageSize=1',
  );
  const publicId: string = (await answer.json()).Images.Image[0].ImageId;

  const app = await new Dashboard(page).open();
  await app.loadedCount();
  await expect(app.grid.getByRole('columnheader', { name: /^Region/ })).toHaveCount(0);

  await app.open('RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=system,marketplace');
  await expect(page.getByRole('progressbar', { name: 'Images loaded' })).toHaveAttribute(
    'aria-valuetext',
    /images from \d+ calls/,
  );
  await expect(app.grid.getByRole('columnheader', { name: /^Region/ })).toBeVisible();

  // Sorting by owner brings the marketplace images to the top; both owners show as badges.
  await app.grid
    .getByRole('columnheader', { name: /^Owner/ })
    .getByRole('button')
    .click();
  await expect(app.dataRows().first()).toContainText('Marketplace');
  await app.grid
    .getByRole('columnheader', { name: /^Owner/ })
    .getByRole('button')
    .click();
  await expect(app.dataRows().first()).toContainText('Alibaba Cloud');

  await app.search().fill(publicId);
  await expect(app.dataRows()).toHaveCount(2);
  const regions = await app
    .dataRows()
    .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=gridcell]')[3]!.textContent));
  expect(regions.sort()).toEqual(['cn-hangzhou', 'cn-shanghai']);
  await expect(app.grid).toHaveAttribute('aria-rowcount', '3');
});

test('the grid says how many rows the filters matched, and only visible rows are in the page', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-shanghai,cn-beijing&Status=ALL');
  const count = await app.loadedCount();
  expect(count).toBeGreaterThan(500);
  await expect(app.grid).toHaveAttribute('aria-rowcount', String(count + 1));
  const rendered = await app.dataRows().count();
  expect(rendered).toBeLessThan(80);
  // Rows know their place in the whole list, and the keyboard walks it.
  await app.dataRows().first().click();
  await page.getByRole('button', { name: 'Close image details' }).click();
  const focused = app.dataRows().filter({ has: page.locator(':focus') });
  await expect(focused).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('Control+End');
  await expect(focused).toHaveAttribute('aria-rowindex', String(count + 1));
  await page.keyboard.press('ArrowUp');
  await expect(focused).toHaveAttribute('aria-rowindex', String(count));
  await page.keyboard.press('Control+Home');
  await expect(focused).toHaveAttribute('aria-rowindex', '2');
});

test('rows flung past too fast to read come back with their badges once scrolling stops', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-shanghai,cn-beijing&Status=ALL');
  await app.loadedCount();
  const scroller = app.grid.locator('xpath=..');
  // A fling: the list jumps by many screens, frame after frame.
  await scroller.evaluate(
    (el) =>
      new Promise<void>((done) => {
        let frames = 0;
        const step = () => {
          el.scrollTop += 2_000;
          if (++frames < 10) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      }),
  );
  // The owner badge (plain text while flinging) names the API value it stands for.
  await expect(
    app
      .dataRows()
      .nth(5)
      .getByTitle(/^ImageOwnerAlias=/),
  ).toBeVisible();
});
