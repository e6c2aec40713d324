// Several accounts through the real proxy and an emulator on loopback: an accounts file with the
// base credentials, a profile, roles assumed through STS AssumeRole (one refused, one entry with a
// problem); each account's answers are that account's, shares between them agree, a failing
// account fails alone, and no secret of any account — the temporary ones STS hands out included —
// shows in an answer or a log line.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../ecs/proxy-api';
import { Catalog, DEFAULT_CATALOG_SEED } from '../emulator/catalog';
import { createEmulatorApp, serveOnLoopback, type LoopbackServer } from '../emulator/start-emulator';
import { accountNamed, DEFAULT_ACCOUNT, READ_ONLY_ROLE_NAME, roleArn } from '../emulator/world-accounts';
import { staticCredentialProvider } from './credentials';
import { parseTrustedAddresses } from './team-access';
import { createHarness, type RequestOptions, type TestProxy } from './testing/proxy-harness';

const IMAGES_PER_REGION = 60;
const BASE = { accessKeyId: 'accounts-test-base-id', accessKeySecret: 'accounts-test-base-secret' };
const DATA_KEY = { accessKeyId: 'accounts-test-data-id', accessKeySecret: 'accounts-test-data-secret' };
const platform = accountNamed('platform-team')!;
const data = accountNamed('data-platform')!;
const vendor = accountNamed('partner-vendor')!;

const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: IMAGES_PER_REGION });
const harness = createHarness();
/** Every secret and token STS handed out, as the emulator sent them. */
const issued: string[] = [];
/** Requests the emulator received (ECS and STS). */
let received = 0;
let emulator: LoopbackServer;
let dir: string;
let proxy: TestProxy;

beforeAll(async () => {
  const closing = new AbortController();
  const app = createEmulatorApp({
    credentials: [BASE, { ...DATA_KEY, accountId: data.id }],
    imagesPerRegion: IMAGES_PER_REGION,
    signal: closing.signal,
  });
  // Reads what AssumeRole answers on its way out, to look for it everywhere afterwards.
  const recording = new Hono();
  recording.all('*', async (c) => {
    received++;
    const response = await app.fetch(c.req.raw);
    const text = await response.clone().text();
    const credentials = (JSON.parse(text) as { Credentials?: Record<string, string> }).Credentials;
    if (credentials) issued.push(credentials.AccessKeySecret!, credentials.SecurityToken!);
    return response;
  });
  emulator = await serveOnLoopback(recording, { onClose: () => closing.abort() });

  dir = mkdtempSync(join(tmpdir(), 'accounts-'));
  writeFileSync(
    join(dir, 'credentials'),
    `[data]\ntype = access_key\naccess_key_id = ${DATA_KEY.accessKeyId}\naccess_key_secret = ${DATA_KEY.accessKeySecret}\n`,
  );
  vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', join(dir, 'credentials'));
  writeFileSync(
    join(dir, 'accounts.yaml'),
    [
      'accounts:',
      '  - name: management',
      `    id: "${DEFAULT_ACCOUNT.id}"`,
      '  - name: platform',
      `    id: "${platform.id}"`,
      '    assumeRole:',
      `      roleArn: ${roleArn(platform.id, READ_ONLY_ROLE_NAME)}`,
      '  - name: data',
      `    id: "${data.id}"`,
      '    profile: data',
      '  - name: vendor',
      `    id: "${vendor.id}"`,
      '    assumeRole:',
      `      roleArn: ${roleArn(vendor.id, READ_ONLY_ROLE_NAME)}`,
      '  - name: lost',
      `    id: "${data.id}"`,
      '    profile: nosuch',
      '  - name: typo',
      `    id: "${platform.id}"`,
      '    assumeRole:',
      `      roleArn: ${roleArn(platform.id, READ_ONLY_ROLE_NAME)}`,
      '      duration: 10m',
    ].join('\n'),
  );
  const endpoint = { protocol: 'http:', host: new URL(emulator.url).host } as const;
  proxy = await harness.start({
    credentialProvider: staticCredentialProvider(BASE, 'test credentials'),
    endpoint,
    stsEndpoint: endpoint,
    accountsFile: join(dir, 'accounts.yaml'),
  });
});

afterEach(() => {
  expect(issued.length).toBeGreaterThan(0);
  harness.expectNowhere([BASE.accessKeySecret, DATA_KEY.accessKeySecret, ...issued]);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await harness.closeAll();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Images {
  Images: { Image: { ImageId: string; ImageOwnerId?: number }[] };
}

async function images(account: string, owner: string): Promise<Images['Images']['Image']> {
  const res = await proxy.request(
    `/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=${owner}&PageSize=100&account=${account}`,
  );
  expect(res.status, res.text).toBe(200);
  return (res.json() as Images).Images.Image;
}

const ownIds = (account: typeof platform) =>
  catalog
    .images('cn-hangzhou', account)
    .filter((e) => e.owner === 'self' && e.status === 'Available')
    .map((e) => e.image.ImageId);

describe('a proxy with an accounts file', () => {
  it('lists the accounts by name and ID in the session, and nothing about their keys', async () => {
    const session = (await proxy.request('/api/session')).json() as { accounts: unknown };
    expect(session.accounts).toEqual([
      { name: 'management', id: DEFAULT_ACCOUNT.id },
      { name: 'platform', id: platform.id },
      { name: 'data', id: data.id },
      { name: 'vendor', id: vendor.id },
      { name: 'lost', id: data.id },
      { name: 'typo', id: platform.id },
    ]);
  });

  it('answers each account as that account: the base credentials, a role and a profile', async () => {
    expect((await images('management', 'self')).map((i) => i.ImageId)).toEqual(ownIds(DEFAULT_ACCOUNT));
    expect((await images('platform', 'self')).map((i) => i.ImageId)).toEqual(ownIds(platform));
    expect((await images('data', 'self')).map((i) => i.ImageId)).toEqual(ownIds(data));
  });

  it('shows an image the platform account shares with yours under your “others”, with its owner ID', async () => {
    const sharedWithYou = catalog
      .images('cn-hangzhou', platform)
      .filter((e) => e.owner === 'self' && e.status === 'Available')
      .filter((e) =>
        catalog
          .ownImage('cn-hangzhou', platform, e.image.ImageId)!
          .shares.some((s) => s.accountId === DEFAULT_ACCOUNT.id),
      );
    expect(sharedWithYou.length).toBeGreaterThan(0);
    const yourOthers = await images('management', 'others');
    for (const { image } of sharedWithYou)
      expect(yourOthers.find((i) => i.ImageId === image.ImageId)?.ImageOwnerId).toBe(platform.idNumber);
  });

  it('answers a refused role and a broken entry with the account’s own reason; the others keep working', async () => {
    const refused = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&account=vendor');
    expect(refused.status).toBe(503);
    expect(refused.json()).toMatchObject({
      Code: 'ProxyAccountUnavailable',
      Message: expect.stringMatching(
        /^The account "vendor" cannot be used: AssumeRole of .* was refused: NoPermission: /,
      ),
      Source: 'proxy',
    });
    const broken = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&account=typo');
    expect(broken.json()).toMatchObject({
      Code: 'ProxyAccountUnavailable',
      Message: expect.stringMatching(
        /"typo".*line 22: accounts\[5\]\.assumeRole\.duration: must be a duration/,
      ),
    });
    // A profile that does not exist: the account and the profile are named; the file's path is not.
    const lost = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&account=lost');
    expect(lost.status).toBe(503);
    const lostMessage = (lost.json() as { Message: string }).Message;
    expect(lostMessage).toMatch(/^The account "lost" cannot be used: .*nosuch/);
    expect(lostMessage).not.toContain(dir);
    expect((await images('platform', 'self')).length).toBeGreaterThan(0);
    // The start-up log said which accounts work, and why the others do not.
    expect(proxy.logs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^account platform \(\d+\): ready, role acs:ram::/),
        expect.stringMatching(/^account vendor \(\d+\): not usable: AssumeRole .* NoPermission/),
        expect.stringMatching(
          /^account typo \(\d+\): not usable: its entry in the accounts file has problems: line 22/,
        ),
      ]),
    );
  });

  it('assumes a role once, not once per request', async () => {
    const before = issued.length;
    await Promise.all(['self', 'system', 'others', 'marketplace'].map((owner) => images('platform', owner)));
    expect(issued.length).toBe(before);
  });

  it('refuses a call without an account, or with one the file does not name', async () => {
    const missing = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou');
    expect(missing.status).toBe(400);
    expect(missing.json()).toMatchObject({ Code: 'ProxyAccountRequired' });
    const unknown = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&account=nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({
      Code: 'ProxyUnknownAccount',
      Message: expect.stringContaining('management, platform, data, vendor, lost, typo'),
    });
    const twice = await proxy.request(
      '/api/ecs/DescribeImages?RegionId=cn-hangzhou&account=data&account=data',
    );
    expect(twice.json()).toMatchObject({ Code: 'ProxyDuplicateParameter' });
  });

  it('paces and caches per account: the status names accounts, not their changing temporary keys', async () => {
    const status = (await proxy.request('/api/status')).json() as {
      regions: { account?: string; accessKeyId: string; regionId: string }[];
    };
    const platformPacing = status.regions.find(
      (r) => r.account === 'platform' && r.regionId === 'cn-hangzhou',
    );
    expect(platformPacing).toMatchObject({ accessKeyId: '' });
    const again = await proxy.request(
      '/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=self&PageSize=100&account=platform',
    );
    expect(again.headers['x-ecs-proxy-cache']).toBe('hit');
    // The same call as another account is its own answer.
    const other = await proxy.request(
      '/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=self&PageSize=100&account=management',
    );
    expect(other.headers['x-ecs-proxy-cache']).toBe('hit');
    expect(other.text).not.toBe(again.text);
  });
});

describe('with the team’s access rules', () => {
  const SSO = '127.0.0.2';
  const asUser = (email: string, groups: string): RequestOptions => ({
    localAddress: SSO,
    headers: { 'x-forwarded-email': email, 'x-forwarded-groups': groups },
  });
  const rules = (name: string, access: unknown[]) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ access }));
    return file;
  };
  const start = (accessFile: string, accountsFile: string | null = join(dir, 'accounts.yaml')) => {
    const trusted = parseTrustedAddresses(`${SSO}/32`);
    if (!trusted.ok) throw new Error(trusted.error);
    const endpoint = { protocol: 'http:', host: new URL(emulator.url).host } as const;
    return harness.start({
      credentialProvider: staticCredentialProvider(BASE, 'test credentials'),
      endpoint,
      stsEndpoint: endpoint,
      trustForwardedIdentity: trusted.value,
      accessFile,
      ...(accountsFile ? { accountsFile } : {}),
    });
  };

  it('refuses a call as an account the user may not see with 403, never signed, and lists only their accounts', async () => {
    const team = await start(
      rules('access.json', [
        { groups: ['platform'], regions: '*' },
        { groups: ['contractors'], regions: ['cn-hangzhou'], accounts: ['platform', 'data'] },
      ]),
    );
    const ana = asUser('ana@example.com', 'contractors');
    const session = (await team.request('/api/session', ana)).json() as SessionInfo;
    expect(session.accounts.map((a) => a.name)).toEqual(['platform', 'data']);
    expect(session.user).toMatchObject({ accounts: ['platform', 'data'], regions: ['cn-hangzhou'] });
    const query = '/api/ecs/DescribeImages?RegionId=cn-hangzhou&ImageOwnerAlias=self&account=';
    expect((await team.request(`${query}platform`, ana)).status).toBe(200);
    const before = received;
    const refused = await team.request(`${query}management`, ana);
    expect(refused.status).toBe(403);
    expect(refused.json()).toMatchObject({
      Code: 'ProxyAccessDenied',
      Message: expect.stringContaining('ana@example.com may not see the account management'),
      Source: 'proxy',
    });
    expect(received).toBe(before);
    // A rule without accounts allows every account.
    const bo = asUser('bo@example.com', 'platform');
    expect((await team.request('/api/session', bo)).json()).toMatchObject({ user: { accounts: null } });
    expect((await team.request(`${query}management`, bo)).status).toBe(200);
  });

  it('does not start on rules naming an account the accounts file does not list, or naming accounts without one', async () => {
    const unknown = rules('unknown.json', [{ groups: ['ops'], accounts: ['platform', 'staging'] }]);
    await expect(start(unknown)).rejects.toThrow(
      `--access ${unknown} names the account "staging", which the accounts file does not list.`,
    );
    await expect(start(unknown, null)).rejects.toThrow(
      /"accounts" in a rule needs several accounts \(the accounts file\)/,
    );
  });
});

describe('an accounts file that cannot be used at all', () => {
  it('stops the start with its problems by line, and a file that cannot be read with its name', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'accounts:\n  - name: a\n    id: "1"\nacount: {}\n');
    const start = (accountsFile: string) =>
      harness.start({ credentialProvider: staticCredentialProvider(BASE, 'test credentials'), accountsFile });
    await expect(start(file)).rejects.toThrow(
      `--accounts ${file} cannot be used:\n  line 4: Unrecognized key: "acount"`,
    );
    await expect(start(join(dir, 'missing.yaml'))).rejects.toThrow(/missing\.yaml cannot be read: ENOENT/);
  });
});

describe('a proxy without an accounts file', () => {
  it('refuses the account parameter and works as before without it', async () => {
    const plain = await harness.start({
      credentialProvider: staticCredentialProvider(BASE, 'test credentials'),
      endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
    });
    expect((await plain.request('/api/session')).json()).toMatchObject({ accounts: [] });
    const named = await plain.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&account=management');
    expect(named.status).toBe(400);
    expect(named.json()).toMatchObject({ Code: 'ProxyUnknownAccount' });
    expect((await plain.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou')).status).toBe(200);
  });
});
