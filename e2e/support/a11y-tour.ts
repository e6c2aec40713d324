// The screens an accessibility scan visits: the main view, More filters, the facets, the search
// help, each dialog, and the detail of a custom image (public images have no disk table). On a
// phone the filters are in their drawer.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { A11Y_VIEW, seriousViolations } from './axe';
import { Dashboard } from './dashboard';

type Violations = Awaited<ReturnType<typeof seriousViolations>>;

/** Scans each screen; the result names the screen of each violation, so a clean run is {}. */
export async function a11yTour(page: Page, request: APIRequestContext, phone: boolean) {
  const found: Record<string, Violations> = {};
  const scan = async (screen: string) => {
    const violations = await seriousViolations(page);
    if (violations.length) found[screen] = violations;
  };
  const app = await new Dashboard(page).open(A11Y_VIEW);
  await app.loadedCount();
  await scan('main');

  if (phone) {
    await page.getByRole('button', { name: /^Filters/ }).click();
    await app.moreFilters().click();
    await expect(app.textbox('Instance type')).toBeVisible();
    await scan('filters drawer');
    await page.getByRole('dialog', { name: 'Filters' }).getByRole('button', { name: 'Close' }).click();
  } else {
    await app.moreFilters().click();
    await expect(app.textbox('Instance type')).toBeVisible();
    await scan('more filters');
    await app.moreFilters().click();
  }

  await page.getByRole('button', { name: 'Facets' }).click();
  await expect(
    page.getByRole('region', { name: 'Facets' }).getByRole('heading', { name: 'Owner' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Search syntax' }).click();
  await expect(page.getByRole('region', { name: 'Search syntax' })).toBeVisible();
  await scan('facets and search help');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Facets' }).click();

  for (const [button, dialog] of [
    ['Preferences', 'Preferences'],
    ['Saved views', 'Saved views'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await scan(dialog);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
  }

  const answer = await request.get('/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=self');
  const custom: string = (await answer.json()).Images.Image[0].ImageId;
  await app.search().fill(custom);
  await app.search().press('Enter');
  await expect(app.dataRows()).toHaveCount(1);
  await app.row(custom).click();
  await expect(page.getByRole('table', { name: 'Disk mappings' })).toBeVisible();
  await scan('detail');
  return found;
}
