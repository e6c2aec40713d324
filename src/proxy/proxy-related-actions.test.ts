// The proxy forwarding the actions beside DescribeImages to the real emulator, which verifies every
// signature: DescribeImageFromFamily, DescribeInstances, DescribeImageSharePermission and
// DescribeSnapshots answer through the proxy exactly as the emulator answers the official client,
// V3 and V2, as the account of the proxy's credentials; and their bad parameters never reach it.

import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, DEFAULT_CATALOG_SEED } from '../emulator/catalog';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { accountNamed } from '../emulator/world-accounts';
import { staticCredentialProvider } from './credentials';
import type { SignatureVersion, SigningCredentials } from './signer';
import { createHarness, type TestProxy } from './testing/proxy-harness';

const require = createRequire(import.meta.url);
const RPCClient = require('@alicloud/pop-core') as new (config: Record<string, string>) => {
  request(action: string, params: Record<string, string>, options: { method: string }): Promise<unknown>;
};

const IMAGES_PER_REGION = 150;
const TEAM = accountNamed('data-platform')!;
const YOURS: SigningCredentials = {
  accessKeyId: 'LTAIrelatedactions01',
  accessKeySecret: 'related-secret-0b1c',
};
const TEAMS: SigningCredentials = {
  accessKeyId: 'LTAIrelatedactions02',
  accessKeySecret: 'related-secret-77aa',
};
const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: IMAGES_PER_REGION });

const harness = createHarness();
let emulator: RunningEmulator;
const emulatorLog: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    credentials: [YOURS, { ...TEAMS, accountId: TEAM.id }],
    imagesPerRegion: IMAGES_PER_REGION,
    log: (line) => emulatorLog.push(line),
  });
});
afterEach(() => harness.closeAll());
afterAll(async () => {
  harness.expectNowhere([YOURS.accessKeySecret, TEAMS.accessKeySecret]);
  await emulator.close();
});

function proxyFor(credentials: SigningCredentials, signatureVersion: SignatureVersion): Promise<TestProxy> {
  return harness.start({
    endpoint: { protocol: 'http:', host: new URL(emulator.url).host },
    credentialProvider: staticCredentialProvider(credentials, 'test credentials'),
    signatureVersion,
  });
}

/** The official client (pop-core, V2) straight to the emulator, for comparison. */
function direct(credentials: SigningCredentials, action: string, params: Record<string, string>) {
  const client = new RPCClient({
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    endpoint: emulator.url,
    apiVersion: '2014-05-26',
  });
  return client.request(action, params, { method: 'POST' });
}

const withoutRequestId = (body: unknown) => ({ ...(body as object), RequestId: undefined });
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

const REGION = 'cn-hangzhou';
const yours = catalog.images(REGION);
const own = yours.filter((e) => e.owner === 'self').map((e) => e.image);
const used = own.find((i) => i.Usage === 'instance')!;
const shared = own.find((i) => i.IsSelfShared === 'True')!;
const family = own.find((i) => i.ImageFamily !== '' && i.Status === 'Available')!.ImageFamily;

const CALLS: [string, Record<string, string>][] = [
  ['DescribeImageFromFamily', { RegionId: REGION, ImageFamily: family }],
  ['DescribeImageFromFamily', { RegionId: REGION, ImageFamily: 'acs:ubuntu_22_04_x64' }],
  ['DescribeInstances', { RegionId: REGION, ImageId: used.ImageId, PageSize: '100' }],
  ['DescribeInstances', { RegionId: REGION, MaxResults: '20', Status: 'Running' }],
  ['DescribeInstances', { RegionId: REGION, 'Tag.1.Key': 'env', PageNumber: '2', PageSize: '5' }],
  ['DescribeImageSharePermission', { RegionId: REGION, ImageId: shared.ImageId }],
  [
    'DescribeSnapshots',
    {
      RegionId: REGION,
      SnapshotIds: JSON.stringify(used.DiskDeviceMappings.DiskDeviceMapping.map((d) => d.SnapshotId)),
    },
  ],
  [
    'DescribeSnapshots',
    {
      RegionId: REGION,
      MaxResults: '50',
      'Filter.1.Key': 'CreationStartTime',
      'Filter.1.Value': '2024-01-01T00:00Z',
    },
  ],
];

describe.each<[string, SignatureVersion]>([
  ['V3', 'v3'],
  ['V2', 'v2'],
])('signed %s, verified by the emulator', (_name, signatureVersion) => {
  it('answers every action exactly as the emulator answers the official client', async () => {
    const proxy = await proxyFor(YOURS, signatureVersion);
    for (const [action, params] of CALLS) {
      const res = await proxy.request(`/api/ecs/${action}?${query(params)}`);
      expect(res.status, `${action} ${query(params)}`).toBe(200);
      expect(withoutRequestId(res.json())).toEqual(withoutRequestId(await direct(YOURS, action, params)));
    }
  });

  it('acts as the account its credentials belong to', async () => {
    const proxy = await proxyFor(TEAMS, signatureVersion);
    const res = await proxy.request(
      `/api/ecs/DescribeInstances?${query({ RegionId: REGION, MaxResults: '100' })}`,
    );
    const ids = (res.json() as { Instances: { Instance: { InstanceId: string }[] } }).Instances.Instance.map(
      (i) => i.InstanceId,
    );
    expect(ids).toEqual(
      catalog
        .instances(REGION, TEAM)
        .slice(0, 100)
        .map((e) => e.instance.InstanceId),
    );
    // Your image is not the team's: its share permissions are not for the team to see.
    const theirs = await proxy.request(
      `/api/ecs/DescribeImageSharePermission?${query({ RegionId: REGION, ImageId: shared.ImageId })}`,
    );
    expect(theirs.status).toBe(404);
    expect(theirs.json()).toMatchObject({ Code: 'InvalidImageId.NotFound' });
  });
});

it('refuses bad parameters of every action before anything is signed', async () => {
  const proxy = await proxyFor(YOURS, 'v3');
  const before = emulatorLog.length;
  for (const [action, params, code] of [
    ['DescribeInstances', { RegionId: REGION, InstanceIds: 'i-1,i-2' }, 'InvalidInstanceIds.Malformed'],
    ['DescribeInstances', { RegionId: REGION, VpcId: 'vpc-1' }, 'ProxyUnknownParameter'],
    ['DescribeSnapshots', { RegionId: `${REGION},cn-shanghai` }, 'ProxyOneValuePerCall'],
    ['DescribeImageSharePermission', { RegionId: REGION }, 'MissingParameter'],
    ['DescribeImageFromFamily', { RegionId: REGION, ImageFamily: 'a\nb' }, 'InvalidParameter'],
  ] as const) {
    const res = await proxy.request(`/api/ecs/${action}?${query(params)}`);
    expect(res.json(), action).toMatchObject({ Code: code, Source: 'proxy' });
  }
  expect(emulatorLog.length).toBe(before);
});
