// The audit (view=audit) against the embedded emulator. What it should find is computed here from
// the emulator's catalog (the same seed and size), through testing/world-facts.ts, independently of
// the actions that serve it and of the page's own audit code.
import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { Catalog, DEFAULT_CATALOG_SEED, DEFAULT_IMAGES_PER_REGION } from '../src/emulator/catalog';
import { customImageFacts, type CustomImageFacts } from '../src/emulator/testing/world-facts';
import { DEFAULT_ACCOUNT } from '../src/emulator/world-accounts';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const REGION = 'cn-hangzhou';
const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;
const PRICE = 0.02;
const UNUSED_DAYS = 90;

const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: DEFAULT_IMAGES_PER_REGION });
const facts = customImageFacts(catalog, REGION, DEFAULT_ACCOUNT);

const isShared = (f: CustomImageFacts) => f.sharedWith.length > 0 || f.published;
const inUse = (f: CustomImageFacts) => f.instanceIds.length > 0;
/** The audit's rules, written out again: a reason from the status, and nothing that keeps it. */
function isCandidate(f: CustomImageFacts, now: number): boolean {
  const { Status, IsCopied } = f.image;
  const reason =
    Status === 'Available' ||
    Status === 'Deprecated' ||
    Status === 'CreateFailed' ||
    Status === 'UnAvailable' ||
    (IsCopied && (Status === 'Available' || Status === 'Deprecated'));
  const age = Math.floor((now - Date.parse(f.image.CreationTime)) / DAY_MS);
  return reason && !isShared(f) && !inUse(f) && age >= UNUSED_DAYS;
}

const two = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A small RFC 4180 reader for the downloaded CSV. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Every API call the page makes, by action. */
function watchCalls(page: Page): Request[] {
  const calls: Request[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/ecs/')) calls.push(r);
  });
  return calls;
}

const actionOf = (r: Request) => new URL(r.url()).pathname.replace('/api/ecs/', '');
/** The value of one of the totals at the top. */
const totalsCard = (page: Page, label: string) =>
  page.locator(`xpath=//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);

test.describe('the audit of one region', () => {
  test('shows the expected totals and candidates, never a shared or used image, and exports what it shows', async ({
    page,
  }) => {
    const calls = watchCalls(page);
    await page.goto(`/?RegionId=${REGION}&view=audit`);
    // Under a few dozen calls: it runs without asking.
    await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 30_000 });
    const now = Date.now();
    const expected = facts.filter((f) => isCandidate(f, now));
    const storedGiB = facts.reduce((n, f) => n + f.snapshotBytes / GIB, 0);
    const diskGiB = facts.reduce((n, f) => n + f.snapshotGiB, 0);
    const candidateGiB = expected.reduce((n, f) => n + f.snapshotBytes / GIB, 0);

    await expect(totalsCard(page, 'Custom images')).toHaveText(String(facts.length));
    await expect(totalsCard(page, 'Snapshots, GiB stored')).toHaveText(two(storedGiB));
    await expect(page.getByText(`of ${diskGiB.toLocaleString('en-US')} GiB of disks`)).toBeVisible();
    await expect(totalsCard(page, 'Estimated storage cost / month')).toHaveText(
      `USD ${two(storedGiB * PRICE)}`,
    );
    await expect(totalsCard(page, 'Cleanup candidates')).toHaveText(String(expected.length));
    await expect(
      page.getByText(`${two(candidateGiB)} GiB, USD ${two(candidateGiB * PRICE)} / month`),
    ).toBeVisible();

    // Only reads: every call is a Describe action, and none is made twice.
    const actions = calls.map(actionOf);
    expect(actions.every((a) => a.startsWith('Describe'))).toBe(true);
    const urls = calls.filter((r) => actionOf(r) !== 'DescribeRegions').map((r) => r.url());
    expect(new Set(urls).size).toBe(urls.length);
    await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toContainText(
      `${actions.filter((a) => a !== 'DescribeImages' && a !== 'DescribeRegions').length} API calls`,
    );

    await page.getByRole('radio', { name: /^Cleanup candidates/ }).check();
    const csv = parseCsv((await download(page, 'Export CSV')).replace(/^\ufeff/, ''));
    expect(csv.map((r) => r.ImageId).sort()).toEqual(expected.map((f) => f.image.ImageId).sort());
    const byId = new Map(facts.map((f) => [f.image.ImageId, f]));
    for (const row of csv) {
      const f = byId.get(row.ImageId!)!;
      expect(isShared(f) || inUse(f), row.ImageId).toBe(false);
      expect(row).toMatchObject({ Verdict: 'candidate', Instances: '0', Currency: 'USD' });
      expect(Number(row.StoredGiB)).toBeCloseTo(f.snapshotBytes / GIB, 2);
    }
    // The file holds what the table shows, row by row in its order.
    const table = page.getByRole('table', { name: /^Cleanup candidates/ });
    const rendered = table.locator('tbody tr[data-row-key]');
    await expect(rendered.first()).toBeVisible();
    const shown = Math.min(10, await rendered.count());
    for (let i = 0; i < shown; i++) {
      const cells = await rendered.nth(i).getByRole('cell').allInnerTexts();
      const row = csv[i]!;
      expect(cells[0]).toContain(row.ImageId!);
      expect(cells.slice(2, 7)).toEqual([
        Number(row.AgeDays).toLocaleString('en-US'),
        Number(row.DiskGiB).toLocaleString('en-US'),
        two(Number(row.StoredGiB)),
        `USD ${two(Number(row.EstimatedMonthlyCost))}`,
        row.Instances,
      ]);
    }
    const json = JSON.parse(await download(page, 'Export JSON')) as Record<string, unknown>[];
    expect(json.map((r) => r.ImageId)).toEqual(csv.map((r) => r.ImageId));

    // Shared and used images are kept, and say why.
    await page.getByRole('radio', { name: /^All images/ }).check();
    const all = parseCsv((await download(page, 'Export CSV')).replace(/^\ufeff/, ''));
    expect(all).toHaveLength(facts.length);
    for (const row of all) {
      const f = byId.get(row.ImageId!)!;
      if (isShared(f)) expect(row.Verdict, row.ImageId).not.toBe('candidate');
      if (inUse(f)) expect(row.Verdict, row.ImageId).not.toBe('candidate');
      if (f.sharedWith.length) expect(row.SharedWith!.split(' ')).toEqual(f.sharedWith);
      expect(Number(row.Instances)).toBe(f.instanceIds.length);
    }
  });

  test('links an image’s instance count to the list of its instances, and shows the commands as text only', async ({
    page,
  }) => {
    const calls = watchCalls(page);
    const used = facts.find((f) => f.instanceIds.length >= 2 && !isShared(f))!;
    await page.goto(`/?RegionId=${REGION}&view=audit`);
    await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 30_000 });
    await page
      .getByRole('link', {
        name: `${used.instanceIds.length} instances run ${used.image.ImageId}: show them`,
      })
      .click();
    expect(new URL(page.url()).searchParams.get('image')).toBe(`${REGION}/${used.image.ImageId}`);
    const detail = page.getByRole('complementary', { name: used.image.ImageName });
    await expect(
      detail.getByRole('heading', { name: `Instances (${used.instanceIds.length})` }),
    ).toBeFocused();
    const listed = detail.getByRole('table', { name: 'Instances that run the image' }).locator('tbody tr');
    await expect(listed).toHaveCount(used.instanceIds.length);
    for (const id of used.instanceIds) await expect(detail.getByText(id, { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();
    await expect(page.getByRole('link', { name: used.image.ImageName, exact: true })).toBeFocused();

    await page.getByText(/^Commands to review for the \d+ cleanup candidates$/).click();
    const script = page.getByRole('region', { name: 'aliyun CLI commands for the cleanup candidates' });
    await expect(page.getByRole('note').first()).toContainText('The dashboard never runs these commands.');
    const candidates = Number((await totalsCard(page, 'Cleanup candidates').innerText()).replace(/,/g, ''));
    expect((await script.innerText()).match(/^aliyun ecs DeleteImage /gm)).toHaveLength(candidates);
    expect(calls.map(actionOf).every((a) => a.startsWith('Describe'))).toBe(true);
  });

  test('estimates the cost with the price people set, kept in this browser, and explains a price it cannot take', async ({
    page,
  }) => {
    await page.goto(`/?RegionId=${REGION}&view=audit`);
    await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 30_000 });
    const storedGiB = facts.reduce((n, f) => n + f.snapshotBytes / GIB, 0);
    await page.getByText(/^Settings:/).click();
    const price = page.getByRole('textbox', { name: 'Price per GiB and month' });
    await price.fill('1,5');
    await expect(price).toHaveAccessibleDescription(/Write a price such as 0\.02/);
    await expect(totalsCard(page, 'Estimated storage cost / month')).toHaveText(
      `USD ${two(storedGiB * PRICE)}`,
    );
    await price.fill('0.05');
    await page.getByRole('textbox', { name: 'Currency' }).fill('cny');
    await expect(totalsCard(page, 'Estimated storage cost / month')).toHaveText(
      `CNY ${two(storedGiB * 0.05)}`,
    );
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 30_000 });
    await expect(totalsCard(page, 'Estimated storage cost / month')).toHaveText(
      `CNY ${two(storedGiB * 0.05)}`,
    );
  });
});

test('asks before more than a few dozen calls, and makes none of them until asked to', async ({ page }) => {
  const calls = watchCalls(page);
  await page.goto('/?RegionId=cn-hangzhou,cn-shanghai,cn-beijing&view=audit');
  const run = page.getByRole('button', { name: /^Run the audit \(\d+ calls\)$/ });
  await expect(run).toBeVisible({ timeout: 30_000 });
  const made = calls.map(actionOf).filter((a) => a !== 'DescribeImages' && a !== 'DescribeRegions');
  // Only one call per region, to count its instances.
  expect(made).toEqual(['DescribeInstances', 'DescribeInstances', 'DescribeInstances']);
  const planned = Number((await run.innerText()).match(/\((\d+) calls\)/)![1]);
  await run.click();
  await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 30_000 });
  const after = calls.map(actionOf).filter((a) => a !== 'DescribeImages' && a !== 'DescribeRegions');
  expect(after.length - made.length).toBe(planned);
});

for (const scheme of ['light', 'dark'] as const)
  test(`the audit is reachable by keyboard and has no serious accessibility violations (${scheme})`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.getByRole('link', { name: 'Audit', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=audit/);
    await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 30_000 });
    const first = page
      .getByRole('table', { name: /^All images/ })
      .locator('tbody tr[data-row-key] a')
      .first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: await first.innerText() })).toBeFocused();
    await page.getByText(/^Settings:/).click();
    await page.getByText(/^Commands to review for the/).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
