import { A11Y_VIEW, A11Y_VIEWPORT, seriousViolations } from './support/axe';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ viewport: A11Y_VIEWPORT, colorScheme: 'dark' });

test('the dark theme has no serious accessibility violations, with More filters and the detail open', async ({
  page,
}) => {
  test.slow();
  const app = await new Dashboard(page).open(A11Y_VIEW);
  await app.loadedCount();
  await app.moreFilters().click();
  await app.dataRows().first().click();
  await expect(page.getByRole('table', { name: 'Disk mappings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
