// The proxy against the real emulator, which verifies every signature strictly: V3 and V2, with and
// without an STS token, for a spread of filters; the answers equal what the official client gets
// from the emulator directly. Then /api/session per mode, and retries under the emulator's faults.

import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import type { DescribeImagesResponse } from '../ecs/image-types';
import { createCredentialProvider, staticCredentialProvider } from './credentials';
import type { SignatureVersion, SigningCredentials } from './signer';
import { WAIT } from './testing/loopback-server';
import { createHarness, type TestProxy } from './testing/proxy-harness';

const require = createRequire(import.meta.url);
const RPCClient = require('@alicloud/pop-core') as new (config: Record<string, string>) => {
  request(action: string, params: Record<string, string>, options: { method: string }): Promise<unknown>;
};

const AK: SigningCredentials = {
  accessKeyId: 'LTAIproxyemulator01',
  accessKeySecret: 'emulator-ak-secret-5d1e',
};
const STS: SigningCredentials = {
  accessKeyId: 'STS.proxyemulator02',
  accessKeySecret: 'emulator-sts-secret-9c2b',
  securityToken: 'sts/token+with=odd&chars',
};
const STS_ROTATED: SigningCredentials = {
  accessKeyId: 'STS.proxyemulator03',
  accessKeySecret: 'emulator-sts-secret-rotated-77',
  securityToken: 'rotated-token-0001',
};
const EMBEDDED: SigningCredentials = {
  accessKeyId: 'EMBEDDEDKEY0001',
  accessKeySecret: 'embedded-secret-cafe',
};
const ALL_SECRETS = [AK, STS, STS_ROTATED, EMBEDDED].flatMap((c) => [
  c.accessKeySecret,
  c.securityToken ?? '',
]);

const harness = createHarness();
let emulator: RunningEmulator;
const emulatorLog: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    credentials: [AK, STS, STS_ROTATED],
    imagesPerRegion: 120,
    log: (line) => emulatorLog.push(line),
  });
});

afterEach(async () => {
  await harness.closeAll();
  emulator.setFaults({ throttleQps: null, errorRate: 0, hangRate: 0, malformedRate: 0 });
  vi.unstubAllEnvs();
});

afterAll(async () => {
  harness.expectNowhere(ALL_SECRETS);
  for (const secret of ALL_SECRETS.filter(Boolean)) expect(emulatorLog.join('\n')).not.toContain(secret);
  await emulator.close();
});

function proxyFor(
  credentials: SigningCredentials,
  signatureVersion: SignatureVersion,
  extra = {},
): Promise<TestProxy> {
  return harness.start({
    endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
    credentialProvider: staticCredentialProvider(credentials, 'test credentials'),
    signatureVersion,
    ...extra,
  });
}

/** The official client (pop-core, V2) straight to the emulator, for comparison. */
function direct(credentials: SigningCredentials, params: Record<string, string>) {
  const client = new RPCClient({
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
    endpoint: emulator.url,
    apiVersion: '2014-05-26',
  });
  return client.request('DescribeImages', params, { method: 'POST' });
}

const withoutRequestId = (body: unknown) => ({ ...(body as object), RequestId: undefined });
/** pop-core parses long integers (account IDs) as BigNumbers, which serialise as strings; read the proxy's bytes the same way. */
const asPopCoreParses = (text: string): unknown => JSON.parse(text.replace(/:(\d{16,})(?=[,}\]])/g, ':"$1"'));
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

// Values with spaces, `*`, `~`, reserved characters and non-ASCII text, where encoders disagree.
const FILTERS: Array<Record<string, string>> = [
  { RegionId: 'cn-hangzhou' },
  { RegionId: 'cn-shanghai', ImageOwnerAlias: 'system', Status: 'Available,Deprecated', PageSize: '100' },
  { RegionId: 'cn-hangzhou', 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod app' },
  { RegionId: 'cn-hangzhou', ImageName: '*' },
  { RegionId: 'cn-hangzhou', ImageName: "a*b~c (x)!'" },
  {
    RegionId: 'cn-hangzhou',
    'Tag.1.Key': '团队',
    'Tag.1.Value': '数据 平台 ✓',
    'Tag.2.Key': 'ключ',
    'Tag.2.Value': '~*',
  },
  { RegionId: 'cn-hangzhou', 'Tag.1.Key': 'a/b=c&d+e%f', 'Tag.1.Value': '😀 emoji' },
  {
    RegionId: 'ap-southeast-1',
    'Filter.1.Key': 'CreationStartTime',
    'Filter.1.Value': '2020-01-01T00:00Z',
    'Filter.2.Key': 'NetworkType',
    'Filter.2.Value': 'vpc',
  },
  { RegionId: 'cn-hangzhou', OSType: 'linux', Architecture: 'arm64', PageNumber: '2', PageSize: '5' },
  { RegionId: 'cn-hangzhou', ImageOwnerAlias: 'others', IsPublic: 'true' },
  {
    RegionId: 'cn-beijing',
    ImageFamily: 'acs:alibaba_cloud_linux_3_2104_lts_x64',
    InstanceType: 'ecs.g7.large',
  },
  { RegionId: 'cn-hangzhou', Status: 'ALL', ImageOwnerAlias: 'self', ShowExpired: 'true' },
];

const VARIANTS: Array<[string, SignatureVersion, SigningCredentials]> = [
  ['V3', 'v3', AK],
  ['V2', 'v2', AK],
  ['V3 with an STS token', 'v3', STS],
  ['V2 with an STS token', 'v2', STS],
];

describe.each(VARIANTS)('signed %s, verified by the emulator', (_name, signatureVersion, credentials) => {
  it('answers every filter exactly as the emulator answers the official client', async () => {
    const proxy = await proxyFor(credentials, signatureVersion);
    const before = emulatorLog.length;
    for (const params of FILTERS) {
      const res = await proxy.request(`/api/ecs/DescribeImages?${query(params)}`);
      expect(res.status, JSON.stringify(params) + res.text).toBe(200);
      expect(withoutRequestId(asPopCoreParses(res.text))).toEqual(
        withoutRequestId(JSON.parse(JSON.stringify(await direct(credentials, params)))),
      );
    }
    const lines = emulatorLog.slice(before);
    expect(lines.filter((l) => /^POST DescribeImages 200 OK/.test(l))).toHaveLength(FILTERS.length * 2);
    expect(lines.join('\n')).not.toMatch(/Signature|Token|InvalidAccessKeyId/);
  });

  it('passes filters through so that the emulator really applies them', async () => {
    const proxy = await proxyFor(credentials, signatureVersion);
    const all = (
      await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&Status=ALL&PageSize=100')
    ).json() as DescribeImagesResponse;
    const tagged = all.Images.Image.find((i) => i.Tags.Tag.length > 0);
    expect(tagged, 'the catalog has tagged images').toBeDefined();
    const tag = tagged!.Tags.Tag[0]!;
    const res = await proxy.request(
      `/api/ecs/DescribeImages?${query({ RegionId: 'cn-hangzhou', Status: 'ALL', 'Tag.1.Key': tag.TagKey, 'Tag.1.Value': tag.TagValue })}`,
    );
    const filtered = res.json() as DescribeImagesResponse;
    expect(filtered.TotalCount).toBeGreaterThan(0);
    expect(filtered.TotalCount).toBeLessThan(all.TotalCount);
    for (const image of filtered.Images.Image) expect(image.Tags.Tag).toContainEqual(tag);
  });

  it('serves the region list and passes DryRun and service errors through untouched', async () => {
    const proxy = await proxyFor(credentials, signatureVersion);
    const regions = await proxy.request('/api/ecs/DescribeRegions');
    expect(regions.status).toBe(200);
    expect(
      (regions.json() as { Regions: { Region: Array<{ RegionId: string }> } }).Regions.Region.map(
        (r) => r.RegionId,
      ),
    ).toContain('cn-hangzhou');
    const dryRun = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou&DryRun=true');
    expect(dryRun.status).toBe(400);
    expect(dryRun.json()).toMatchObject({ Code: 'DryRunOperation' });
    expect(dryRun.json()).not.toHaveProperty('Source');
  });
});

describe('credentials the emulator does not accept', () => {
  it('a wrong secret gets SignatureDoesNotMatch, passed through and not retried', async () => {
    const proxy = await proxyFor({ ...AK, accessKeySecret: 'not-the-secret' }, 'v3');
    const before = emulatorLog.length;
    const res = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ Code: 'SignatureDoesNotMatch' });
    expect(res.json()).not.toHaveProperty('Source');
    expect(emulatorLog.slice(before)).toHaveLength(1);
  });

  it('STS credentials that rotate in the environment are picked up on the next request', async () => {
    const useEnv = (c: SigningCredentials) => {
      vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', c.accessKeyId);
      vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', c.accessKeySecret);
      vi.stubEnv('ALIBABA_CLOUD_SECURITY_TOKEN', c.securityToken ?? '');
    };
    useEnv(STS);
    const proxy = await harness.start({
      endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
      credentialProvider: createCredentialProvider({}),
    });
    expect((await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou')).status).toBe(200);
    useEnv(STS_ROTATED);
    expect(
      (
        await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou', {
          headers: { 'cache-control': 'no-cache' },
        })
      ).status,
    ).toBe(200);
    useEnv({ ...STS_ROTATED, securityToken: 'expired-or-forged-token' });
    const stale = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou', {
      headers: { 'cache-control': 'no-cache' },
    });
    expect(stale.status).toBe(400);
    expect(stale.json()).toMatchObject({ Code: 'InvalidSecurityToken.MismatchWithAccessKey' });
    const session = (await proxy.request('/api/session')).json();
    expect(session).toMatchObject({
      mode: 'alibaba-cloud',
      credentialsFrom: 'environment variables',
      accessKeyId: 'STS.***********or03',
    });
  });
});

describe('/api/session', () => {
  it('in emulator mode says so, with the masked per-run key and no endpoint override', async () => {
    const proxy = await harness.start({
      emulator: true,
      embeddedCredential: EMBEDDED,
      region: 'cn-shanghai',
    });
    const session = (await proxy.request('/api/session')).json();
    expect(session).toEqual({
      mode: 'emulator',
      credentialsFrom: 'embedded emulator',
      accessKeyId: 'EMBE*******0001',
      defaultRegion: 'cn-shanghai',
      signatureVersion: 'v3',
      endpointOverride: null,
      accounts: [],
      user: null,
    });
    const images = await proxy.request('/api/ecs/DescribeImages?RegionId=cn-shanghai&PageSize=3');
    expect(images.status).toBe(200);
    expect((images.json() as DescribeImagesResponse).Images.Image).toHaveLength(3);
  });

  it('falls back to the embedded emulator when no credentials are configured', async () => {
    const proxy = await harness.start({});
    expect((await proxy.request('/api/session')).json()).toMatchObject({
      mode: 'emulator',
      credentialsFrom: 'embedded emulator',
    });
    expect(proxy.logs.join('\n')).toMatch(/No credentials found .*; using the embedded emulator\./);
    expect((await proxy.request('/api/ecs/DescribeImages?RegionId=cn-hangzhou')).status).toBe(200);
  });

  it('with credentials names their source, the masked key, V2 and the endpoint override', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', AK.accessKeyId);
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', AK.accessKeySecret);
    const proxy = await harness.start({
      endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
      signatureVersion: 'v2',
    });
    expect((await proxy.request('/api/session')).json()).toEqual({
      mode: 'alibaba-cloud',
      credentialsFrom: 'environment variables',
      accessKeyId: 'LTAI***********or01',
      defaultRegion: 'cn-hangzhou',
      signatureVersion: 'v2',
      endpointOverride: emulator.url,
      accounts: [],
      user: null,
    });
  });

  it('with credentials and no override targets Alibaba Cloud (no call is made here)', async () => {
    const proxy = await harness.start({
      credentialProvider: staticCredentialProvider(AK, 'aliyun CLI profile "work"'),
    });
    expect((await proxy.request('/api/session')).json()).toMatchObject({
      mode: 'alibaba-cloud',
      credentialsFrom: 'aliyun CLI profile "work"',
      endpointOverride: null,
      accounts: [],
    });
  });
});

/** Holds each retry until the test lets it go, so the test can change the faults in between. */
function heldRetries() {
  const waits: Array<{ ms: number; release: () => void }> = [];
  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      waits.push({ ms, release: resolve });
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    });
  return { sleep, waits };
}

describe('retries under the emulator faults', () => {
  const IMAGES = '/api/ecs/DescribeImages?RegionId=cn-hangzhou';
  const fresh = { headers: { 'cache-control': 'no-cache' } };

  it('throttling, then success', async () => {
    const { sleep, waits } = heldRetries();
    const proxy = await proxyFor(AK, 'v3', { sleep });
    emulator.setFaults({ throttleQps: 0.001 });
    const before = emulatorLog.length;
    // The first request takes the one token there is; the second is throttled.
    expect((await proxy.request(IMAGES, fresh)).status).toBe(200);
    const pending = proxy.request(IMAGES, fresh);
    await vi.waitFor(() => expect(waits.length, 'the retry after throttling').toBe(1), WAIT);
    emulator.setFaults({ throttleQps: null });
    waits[0]!.release();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(emulatorLog.slice(before).map((l) => l.split(' ').slice(0, 4).join(' '))).toEqual([
      'POST DescribeImages 200 OK',
      'POST DescribeImages 400 Throttling.User',
      'POST DescribeImages 200 OK',
    ]);
    // After Throttling the key is paced: the retry waits its turn at the slower rate.
    expect(proxy.logs.at(-1)).toMatch(/ 200 \d+ms upstream=\d+ms attempts=2 queued=\d+ms cache=bypass$/);
  });

  it('a server error, then success', async () => {
    const { sleep, waits } = heldRetries();
    const proxy = await proxyFor(AK, 'v2', { sleep });
    emulator.setFaults({ errorRate: 1 });
    const pending = proxy.request(IMAGES, fresh);
    await vi.waitFor(() => expect(waits.length, 'the retry after the server error').toBe(1), WAIT);
    emulator.setFaults({ errorRate: 0 });
    waits[0]!.release();
    expect((await pending).status).toBe(200);
  });

  it('server errors that persist come back as the service sent the last one', async () => {
    const proxy = await proxyFor(AK, 'v3', {
      sleep: async () => {},
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
    emulator.setFaults({ errorRate: 1 });
    const before = emulatorLog.length;
    const res = await proxy.request(IMAGES, fresh);
    expect([500, 503]).toContain(res.status);
    expect(res.json()).toMatchObject({ Code: expect.stringMatching(/^(InternalError|ServiceUnavailable)$/) });
    expect(res.json()).not.toHaveProperty('Source');
    expect(emulatorLog.slice(before)).toHaveLength(3);
  });

  it('a hang ends at the time budget with 504 ProxyUpstreamTimeout', async () => {
    const proxy = await proxyFor(AK, 'v3', { timeoutMs: 300 });
    emulator.setFaults({ hangRate: 1, hangMs: 20_000 });
    const started = Date.now();
    const res = await proxy.request(IMAGES, fresh);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(res.status).toBe(504);
    expect(res.json()).toMatchObject({
      Code: 'ProxyUpstreamTimeout',
      Source: 'proxy',
      HostId: new URL(emulator.url).host,
    });
  });

  it('a malformed answer is refused with 502, not passed on', async () => {
    const proxy = await proxyFor(AK, 'v3');
    emulator.setFaults({ malformedRate: 1 });
    const res = await proxy.request(IMAGES, fresh);
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({ Code: 'ProxyUpstreamBadResponse', Source: 'proxy' });
  });
});
