// Several accounts in one view, on the proxy started with e2e/support/accounts.yaml: management
// (the proxy's own credentials), platform and security (read-only roles assumed through the
// embedded emulator's STS), vendor (a role whose trust policy leaves you out).
import type { Page } from '@playwright/test';
import { A11Y_VIEWPORT, seriousViolations } from './support/axe';
import { Dashboard } from './support/dashboard';
import { API_ERROR_STATUS, expect, test } from './support/fixtures';
import { accountsProxyUrl } from './support/servers';

const PLATFORM_ID = 7372360962818874;

test.use({ baseURL: accountsProxyUrl });

/** The text of one column in every rendered row. */
async function columnTexts(app: Dashboard, header: RegExp): Promise<string[]> {
  const headers = await app.grid.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => header.test(h));
  expect(index, `a column ${header}`).toBeGreaterThanOrEqual(0);
  return app
    .dataRows()
    .evaluateAll(
      (rows, i) => rows.map((r) => r.querySelectorAll('[role=gridcell]')[i]!.textContent ?? ''),
      index,
    );
}

/** The account picker among the API filters. */
const accountPicker = (page: Page) =>
  page.getByRole('region', { name: /API filters/ }).getByRole('button', { name: /^Account/ });

/** Sorting by account brings the first and the last account named to the top in turn. */
async function expectAccountsInRows(app: Dashboard, accounts: string[]) {
  const header = app.grid.getByRole('columnheader', { name: /^Account/ }).getByRole('button');
  const sorted = [...accounts].sort();
  await header.click();
  await expect(app.dataRows().first().getByRole('gridcell', { name: sorted[0], exact: true })).toBeVisible();
  await header.click();
  await expect(
    app
      .dataRows()
      .first()
      .getByRole('gridcell', { name: sorted.at(-1), exact: true }),
  ).toBeVisible();
}

test('the account picker lists the accounts file’s names and IDs; two accounts show together with an Account column, and the link reopens them', async ({
  page,
}) => {
  const app = await new Dashboard(page).open('ImageOwnerAlias=self');
  await app.loadedCount();
  const picker = accountPicker(page);
  await expect(picker).toContainText('management (default)');
  await expect(app.grid.getByRole('columnheader', { name: /^Account/ })).toHaveCount(0);

  await picker.click();
  for (const [name, id] of [
    ['management', '2191997414755808'],
    ['platform', '7372360962818874'],
    ['security', '1404686370586580'],
    ['vendor', '8711735501524764'],
  ])
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${name}\\s*${id}$`) })).toBeVisible();
  await page.getByRole('checkbox', { name: /^management/ }).check();
  await page.getByRole('checkbox', { name: /^platform/ }).check();
  await page.keyboard.press('Escape');

  await app.loadedCount();
  await expect((await app.eachRequest()).getByRole('listitem')).toHaveCount(2);
  expect(app.params().get('account')).toBe('management,platform');
  await expect(app.grid.getByRole('columnheader', { name: /^Account/ })).toBeVisible();
  await expectAccountsInRows(app, ['management', 'platform']);

  // The link, opened afresh, shows the same accounts.
  const link = page.url();
  const again = await new Dashboard(await page.context().newPage()).open(new URL(link).search);
  await again.loadedCount();
  await expect(accountPicker(again.page)).toContainText('management');
  await expect(accountPicker(again.page)).toContainText('+1');
  await expect((await again.eachRequest()).getByRole('listitem')).toHaveCount(2);
  // Sorted by account, last first, as the link says.
  expect(again.params().get('sort')).toBe('Account.desc');
  await expect(
    again.dataRows().first().getByRole('gridcell', { name: 'platform', exact: true }),
  ).toBeVisible();
});

test('three accounts in one view: each one’s images, and an image platform shares with you listed under both, with platform’s owner ID', async ({
  page,
  request,
}) => {
  // An image the platform account shares with yours: under your "others", with its owner ID.
  const answer = await request.get(
    '/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=others&PageSize=100&account=management',
  );
  const shared = (
    (await answer.json()) as { Images: { Image: { ImageId: string; ImageOwnerId: number }[] } }
  ).Images.Image.find((i) => i.ImageOwnerId === PLATFORM_ID)!;
  expect(shared).toBeDefined();

  const app = await new Dashboard(page).open(
    'account=management,platform,security&ImageOwnerAlias=self,others&cols=ImageName,ImageId,Account,ImageOwnerAlias,ImageOwnerId',
  );
  const count = await app.loadedCount();
  await expect((await app.eachRequest()).getByRole('listitem')).toHaveCount(6);
  expect(count).toBeGreaterThan(0);
  await expect(accountPicker(page)).toContainText('+2');

  await app.search().fill(shared.ImageId);
  await expect(app.dataRows()).toHaveCount(2);
  const rows = await app.firstRows(2);
  expect(rows.find((r) => r.includes('platform'))).toMatch(/Custom/);
  expect(rows.find((r) => r.includes('management'))).toMatch(new RegExp(`Shared.*${PLATFORM_ID}`));

  // The detail of your copy names the account, and so does its link.
  await app.row('management').click();
  expect(app.params().get('image')).toBe(`management:cn-hangzhou/${shared.ImageId}`);
  await expect(page.getByRole('complementary')).toContainText(`management · cn-hangzhou / ${shared.ImageId}`);
  await page.getByRole('button', { name: 'Close image details' }).click();

  // Every account of the view has rows of its own.
  await app.search().fill('');
  await expectAccountsInRows(app, ['management', 'platform', 'security']);
});

test.describe('an account that cannot be used', () => {
  test.use({ allowedConsole: [API_ERROR_STATUS] });

  test('shows its own error, naming it and the refused role, while the other accounts load', async ({
    page,
  }) => {
    const app = await new Dashboard(page).open('account=platform,vendor&ImageOwnerAlias=self');
    const errors = page.getByRole('region', { name: /requests? failed/ });
    await expect(errors).toContainText('1 of 2 requests failed');
    await expect(errors).toContainText('ProxyAccountUnavailable');
    await expect(errors).toContainText(
      /The account "vendor" cannot be used: AssumeRole of .* was refused: NoPermission/,
    );
    await expect(errors).toContainText('vendor · cn-hangzhou · self');
    // The vendor's request failed; platform's images are all there.
    await expect(app.progress).toHaveAttribute(
      'aria-valuetext',
      /^Loaded (\d+) of ≥\1 · 1 of 2 calls failed$/,
    );
    expect(new Set(await columnTexts(app, /^Account/))).toEqual(new Set(['platform']));
  });
});

test('the account picker and a view of several accounts have no serious accessibility violations', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize(A11Y_VIEWPORT);
  const app = await new Dashboard(page).open('account=management,platform&ImageOwnerAlias=self');
  await app.loadedCount();
  await accountPicker(page).click();
  await expect(page.getByRole('checkbox', { name: /^vendor/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
