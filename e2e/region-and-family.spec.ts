// Issue 13, items 1 and 2: the region picker adds to the default region, and the Family field —
// an exact-match parameter — suggests while typing and applies only what is chosen.
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test('the default region shows as chosen, and ticking another region adds it', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  await app.regionButton().click();
  const hangzhou = page.getByRole('checkbox', { name: /^cn-hangzhou\b/ });
  await expect(hangzhou).toBeChecked();
  await page.getByRole('checkbox', { name: /^cn-shanghai\b/ }).check();
  await expect(page).toHaveURL(/\?RegionId=cn-hangzhou,cn-shanghai$/);
  await expect(hangzhou).toBeChecked();
  // One request per region: both are loaded.
  const eachRequest = await app.eachRequest();
  await expect(eachRequest.getByRole('listitem')).toHaveCount(2);
  await expect(eachRequest).toContainText('cn-shanghai');
});

test('the Family field suggests as it is typed and applies a family only when one is chosen', async ({
  page,
}) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  const asked: string[] = [];
  page.on('request', (r) => {
    const family = new URL(r.url()).searchParams.get('ImageFamily');
    if (family) asked.push(family);
  });
  const family = page.getByRole('combobox', { name: 'Family' });
  await family.pressSequentially('acs:ubuntu', { delay: 30 });
  const suggestions = page.getByRole('listbox', { name: 'Family suggestions' }).getByRole('option');
  await expect(suggestions.first()).toBeVisible();
  for (const text of await suggestions.allTextContents()) expect(text).toContain('acs:ubuntu');
  // Leaving the field does not apply half a name.
  await page.keyboard.press('Tab');
  await expect(page.getByText('Not applied yet: press Enter or pick one.')).toBeVisible();
  expect(app.params().has('ImageFamily')).toBe(false);

  await family.focus();
  await page.keyboard.press('ArrowDown');
  const first = (await suggestions.first().textContent())!.replace(/(in the list|public family)$/, '');
  await expect(suggestions.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`ImageFamily=${first}$`));
  expect(await app.loadedCount()).toBeGreaterThan(0);
  const families = await app.grid.locator('[role=gridcell][data-column=ImageFamily]').allTextContents();
  expect(new Set(families)).toEqual(new Set([first]));
  expect(asked.every((f) => f === first)).toBe(true);
});

test('a family with no images says that families match exactly, and offers the closest names', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('ImageFamily=acs:ubuntu');
  expect(await app.loadedCount()).toBe(0);
  await expect(
    page.getByText(/Families match exactly: no image here has the family acs:ubuntu\./),
  ).toBeVisible();
  const closest = page.getByRole('button', { name: /^Use the family acs:ubuntu_/ });
  await expect(closest.first()).toBeVisible();
  expect(await closest.count()).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Use the family acs:ubuntu_22_04_x64' }).click();
  await expect(page).toHaveURL(/ImageFamily=acs:ubuntu_22_04_x64$/);
  expect(await app.loadedCount()).toBeGreaterThan(0);
});
