import { A11Y_VIEW, A11Y_VIEWPORT, seriousViolations } from './support/axe';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ viewport: A11Y_VIEWPORT });

test('the main view, More filters and the detail have no serious accessibility violations', async ({
  page,
  request,
}) => {
  // An axe scan of a full page takes seconds on a busy machine.
  test.slow();
  const app = await new Dashboard(page).open(A11Y_VIEW);
  await app.loadedCount();
  expect(await seriousViolations(page)).toEqual([]);

  await app.moreFilters().click();
  await expect(app.textbox('Instance type')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await app.moreFilters().click();
  // A custom image: public images have no disk mappings, so their detail has no disk table.
  const answer = await request.get('/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=self');
  const custom: string = (await answer.json()).Images.Image[0].ImageId;
  await app.search().fill(custom);
  await app.row(custom).click();
  await expect(page.getByRole('table', { name: 'Disk mappings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
