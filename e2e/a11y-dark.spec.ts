import { A11Y_VIEW, A11Y_VIEWPORT, seriousViolations } from './support/axe';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ viewport: A11Y_VIEWPORT, colorScheme: 'dark' });

test('the dark theme has no serious accessibility violations, with More filters and the detail open', async ({
  page,
  request,
}) => {
  test.slow();
  const app = await new Dashboard(page).open(A11Y_VIEW);
  await app.loadedCount();
  await app.moreFilters().click();
  // A custom image: public images have no disk mappings, so their detail has no disk table.
  const answer = await request.get('/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=self');
  const custom: string = (await answer.json()).Images.Image[0].ImageId;
  await app.search().fill(custom);
  await app.row(custom).click();
  await expect(page.getByRole('table', { name: 'Disk mappings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
