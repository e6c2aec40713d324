// Identity from the team's SSO proxy, through the real server: the headers count on connections
// from the trusted address only (here 127.0.0.2; the other side connects from 127.0.0.1), and the
// access rules are enforced before anything is signed.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../ecs/proxy-api';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { staticCredentialProvider } from './credentials';
import { parseTrustedAddresses } from './team-access';
import { createHarness, type RequestOptions, type TestProxy } from './testing/proxy-harness';

const KEY = { accessKeyId: 'LTAIidentitysuite001', accessKeySecret: 'identity-secret-31c9' };
const TOKEN = 'identity-token-0123456789abcdef';
const SSO = '127.0.0.2';

const harness = createHarness();
let emulator: RunningEmulator;
let received = 0;
let rulesFile: string;

beforeAll(async () => {
  emulator = await startEmulator({ credentials: [KEY], imagesPerRegion: 20, log: () => received++ });
  rulesFile = join(mkdtempSync(join(tmpdir(), 'access-')), 'access.json');
  writeFileSync(
    rulesFile,
    JSON.stringify({
      access: [
        { groups: ['platform'], regions: '*' },
        { groups: ['contractors'], regions: ['cn-hangzhou'] },
      ],
    }),
  );
});
afterEach(() => harness.closeAll());
afterAll(async () => {
  harness.expectNowhere([KEY.accessKeySecret, TOKEN]);
  await emulator.close();
});

function proxy(options: Parameters<typeof harness.start>[0] = {}): Promise<TestProxy> {
  const trusted = parseTrustedAddresses(`${SSO}/32`);
  if (!trusted.ok) throw new Error(trusted.error);
  return harness.start({
    endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
    credentialProvider: staticCredentialProvider(KEY, 'identity suite'),
    region: 'cn-shanghai',
    trustForwardedIdentity: trusted.value,
    accessFile: rulesFile,
    ...options,
  });
}

const asUser = (email: string, groups: string, from = SSO): RequestOptions => ({
  localAddress: from,
  headers: { 'x-forwarded-email': email, 'x-forwarded-groups': groups },
});
const images = (region: string) => `/api/ecs/DescribeImages?RegionId=${region}&PageSize=2`;

describe('identity from the SSO proxy', () => {
  it('signs in the user it names, says who it is and what they may see, and starts them in a region they may see', async () => {
    const p = await proxy();
    const session = (
      await p.request('/api/session', asUser('ana@example.com', 'contractors'))
    ).json() as SessionInfo;
    expect(session.user).toEqual({
      email: 'ana@example.com',
      groups: ['contractors'],
      regions: ['cn-hangzhou'],
      accounts: null,
    });
    expect(session.defaultRegion).toBe('cn-hangzhou');
    const platform = (
      await p.request('/api/session', asUser('bo@example.com', 'platform,ops'))
    ).json() as SessionInfo;
    expect(platform.user).toMatchObject({ email: 'bo@example.com', regions: null });
    expect(platform.defaultRegion).toBe('cn-shanghai');
  });

  it('refuses a call outside the user’s regions with 403, and never signs it', async () => {
    const p = await proxy();
    const ana = asUser('ana@example.com', 'contractors');
    expect((await p.request(images('cn-hangzhou'), ana)).status).toBe(200);
    const before = received;
    const refused = await p.request(images('cn-shanghai'), ana);
    expect(refused.status).toBe(403);
    expect(refused.json()).toMatchObject({
      Code: 'ProxyAccessDenied',
      Message: expect.stringContaining('ana@example.com may not see the region cn-shanghai'),
      Source: 'proxy',
    });
    expect(received).toBe(before);
    // DescribeRegions lists regions, not what is in them; the page narrows the list itself.
    expect((await p.request('/api/ecs/DescribeRegions?RegionId=cn-shanghai', ana)).status).toBe(200);
    // A group no rule names sees nothing.
    expect((await p.request(images('cn-hangzhou'), asUser('eve@example.com', 'visitors'))).status).toBe(403);
    expect((await p.request(images('cn-shanghai'), asUser('bo@example.com', 'platform'))).status).toBe(200);
  });

  it('ignores the identity headers on connections from any other address', async () => {
    const p = await proxy();
    const forged = asUser('bo@example.com', 'platform', '127.0.0.1');
    const refused = await p.request(images('cn-hangzhou'), forged);
    expect(refused.status).toBe(401);
    expect(refused.json()).toMatchObject({ Code: 'ProxyIdentityRequired' });
    expect((await p.request('/api/session', forged)).status).toBe(401);
    expect((await p.request('/metrics', forged)).status).toBe(401);
  });

  it('with an access token too, lets the token in from elsewhere — as nobody in particular, headers ignored', async () => {
    const p = await proxy({ authToken: TOKEN, accessFile: undefined });
    const forged = asUser('ana@example.com', 'contractors', '127.0.0.1');
    const withToken = { ...forged, headers: { ...forged.headers, authorization: `Bearer ${TOKEN}` } };
    expect((await p.request(images('cn-hangzhou'), forged)).status).toBe(401);
    const session = (await p.request('/api/session', withToken)).json() as SessionInfo;
    expect(session.user).toBeNull();
    expect((await p.request('/metrics', withToken)).status).toBe(200);
    // From the SSO proxy, its user needs no token.
    expect((await p.request(images('cn-shanghai'), asUser('ana@example.com', 'contractors'))).status).toBe(
      200,
    );
  });

  it('refuses a request from the SSO proxy that names no user', async () => {
    const p = await proxy();
    const res = await p.request(images('cn-hangzhou'), { localAddress: SSO });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ Code: 'ProxyIdentityMissing' });
  });

  it('does not start on a rules file with problems, naming each', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'access-')), 'access.json');
    writeFileSync(bad, JSON.stringify({ access: [{ groups: ['ops'], regions: ['nowhere land'] }] }));
    await expect(proxy({ accessFile: bad })).rejects.toThrow(
      /--access .*access\.json:\n {2}access\[0\]\.regions must be "\*" or a non-empty list of region IDs/,
    );
  });
});
