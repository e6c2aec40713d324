import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

const VIEW = 'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=system,self&Status=ALL';

// An axe scan of a full page takes seconds on a busy machine.
test.beforeEach(() => test.slow());

test('the main view, More filters and the detail have no serious accessibility violations', async ({
  page,
}) => {
  const app = await new Dashboard(page).open(VIEW);
  await app.loadedCount();
  expect(await seriousViolations(page)).toEqual([]);

  await app.moreFilters().click();
  await expect(app.textbox('Instance type')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await app.dataRows().first().click();
  await expect(page.getByRole('table', { name: 'Disk mappings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the dark theme has no serious accessibility violations either', async ({ page }) => {
    const app = await new Dashboard(page).open(VIEW);
    await app.loadedCount();
    await app.moreFilters().click();
    await app.dataRows().first().click();
    await expect(page.getByRole('table', { name: 'Disk mappings' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
