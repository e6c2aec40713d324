// Issue 13, item 9: the keyboard — a skip link to the table, `/` to search, `?` for the shortcuts,
// the grid as one Tab stop with arrow keys between cells and the buttons in them, j/k, Enter, c.
import { Dashboard } from './support/dashboard';
import { expect, test } from './support/fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const focusedCell = (app: Dashboard) => app.grid.locator('[role=gridcell]:focus-within');
const focusedRowIndex = (app: Dashboard) =>
  app.page.evaluate(() => document.activeElement?.closest('[role=row]')?.getAttribute('aria-rowindex'));

test('a skip link reaches the table at the first Tab; / searches; ? lists the shortcuts', async ({
  page,
}) => {
  const app = await new Dashboard(page).open();
  await app.loadedCount();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the images' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(focusedCell(app)).toHaveCount(1);
  expect(await focusedRowIndex(app)).toBe('2');
  // The whole grid is one stop: Tab leaves it.
  await page.keyboard.press('Tab');
  await expect(app.grid.locator(':focus')).toHaveCount(0);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('/');
  await expect(app.search()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Copy the image ID of the row');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
});

test('arrow keys move between cells and into the tag chips; j and k move rows; c copies; Enter opens', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=self&cols=ImageName,ImageId,Tags');
  await app.loadedCount();
  await page.getByRole('link', { name: 'Skip to the images' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  expect(await focusedRowIndex(app)).toBe('3');
  await page.keyboard.press('ArrowRight');
  const id = (await focusedCell(app).textContent())!;
  expect(id).toMatch(/^m-/);
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: `Copied ${id}.` })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);

  // Into the Tags cell: its chips one by one.
  await page.keyboard.press('ArrowRight');
  const chip = page.locator(':focus');
  await expect(chip).toHaveAccessibleName(/^Filter by tag /);
  const tag = (await chip.textContent())!;
  await page.keyboard.press('ArrowLeft');
  await expect(focusedCell(app)).toHaveText(id);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Remove filter Tag: ${tag}` })).toBeVisible();

  // Up from the first row is the header row, where Enter sorts; down again and Enter opens the row.
  await page.getByRole('link', { name: 'Skip to the images' }).focus();
  await page.keyboard.press('Enter');
  // Home is the selection checkbox; the name is next to it.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  const name = app.grid.getByRole('columnheader', { name: /^Name/ });
  await expect(name.getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('ArrowDown');
  await expect(focusedCell(app)).toHaveAttribute('data-column', 'ImageName');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible();
  await expect(page).toHaveURL(/image=/);
});
