// A team's deployment: the SSO proxy in front (here, the browser itself sends the headers
// oauth2-proxy would, from 127.0.0.1, the trusted address) names the user; the access rules let
// the contractors' group see two regions. The page says who is signed in, offers only those two
// regions, and a link to another region gets the server's refusal.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dashboard } from './support/dashboard';
import { API_ERROR_STATUS, expect, test } from './support/fixtures';
import { TEAM_PROXY_PORT } from './support/servers';

const url = `http://127.0.0.1:${TEAM_PROXY_PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  const rules = join(mkdtempSync(join(tmpdir(), 'team-access-')), 'access.json');
  writeFileSync(
    rules,
    JSON.stringify({ access: [{ groups: ['contractors'], regions: ['cn-hangzhou', 'ap-southeast-1'] }] }),
  );
  server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/proxy/main.ts',
      '--emulator',
      '--no-build',
      '--port',
      String(TEAM_PROXY_PORT),
      '--region',
      'cn-shanghai',
      '--trust-forwarded-identity',
      '127.0.0.1/32',
      '--access',
      rules,
    ],
    {
      env: {
        ...process.env,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await expect
    .poll(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status, { timeout: 30_000 })
    .toBe(200);
});

test.afterAll(async () => {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await once(server, 'exit');
});

test.use({
  baseURL: url,
  extraHTTPHeaders: { 'X-Forwarded-Email': 'ana@example.com', 'X-Forwarded-Groups': 'contractors' },
});

test('the page says who is signed in and offers only the regions their group may see', async ({ page }) => {
  const app = await new Dashboard(page).open();
  await expect(page.getByLabel('Signed in')).toHaveText(
    'Signed in as ana@example.com · may see cn-hangzhou, ap-southeast-1',
  );
  // The configured default (cn-shanghai) is not theirs: they start in their first region.
  await app.loadedCount();
  await app.regionButton().click();
  await expect(page.getByRole('checkbox', { name: /^[a-z]{2}-[a-z]/ })).toHaveCount(2);
  await expect(page.getByRole('checkbox', { name: /^cn-hangzhou / })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^ap-southeast-1 / })).toBeVisible();
});

test.describe('a link to a region outside the group’s', () => {
  test.use({ allowedConsole: [API_ERROR_STATUS] });

  test('gets the server’s refusal, naming the user and the region', async ({ page }) => {
    await new Dashboard(page).open('RegionId=cn-shanghai');
    await expect(page.getByText('ProxyAccessDenied').first()).toBeVisible();
    await expect(page.getByText(/ana@example\.com may not see the region cn-shanghai/).first()).toBeVisible();
  });
});
