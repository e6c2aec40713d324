// The official ECS SDK (@alicloud/ecs20140526, signature V3 and V2), unchanged, against the emulator
// for the actions beside DescribeImages: DescribeImageFromFamily, DescribeInstances,
// DescribeImageSharePermission and DescribeSnapshots, with their documented errors, as your account
// and as another hosted account. Expected values come from the catalog itself (the same seed and
// size as the emulator), never from the emulator's action code.

import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, DEFAULT_CATALOG_SEED } from './catalog';
import { startEmulator, type RunningEmulator } from './start-emulator';
import { customImageFacts } from './testing/world-facts';
import type { EmulatorCredential } from './verify-signature';
import { accountNamed, DEFAULT_ACCOUNT, type EmulatorAccount } from './world-accounts';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK is untyped CommonJS here */
const core = require('@alicloud/openapi-core');
const Ecs = require('@alicloud/ecs20140526');

const REGION = 'cn-hangzhou';
const IMAGES_PER_REGION = 400;
const TEAM = accountNamed('platform-team')!;
const YOURS: EmulatorCredential = { accessKeyId: 'related-yours', accessKeySecret: 'related-yours-secret' };
const TEAMS: EmulatorCredential = {
  accessKeyId: 'related-team',
  accessKeySecret: 'related-team-secret',
  accountId: TEAM.id,
};
const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: IMAGES_PER_REGION });

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function sdk(url: string, credential: EmulatorCredential, v2: boolean) {
  return new Ecs.default(
    new core.$OpenApiUtil.Config(
      defined({
        accessKeyId: credential.accessKeyId,
        accessKeySecret: credential.accessKeySecret,
        endpoint: new URL(url).host,
        protocol: 'http',
        regionId: REGION,
        signatureAlgorithm: v2 ? 'v2' : undefined,
      }),
    ),
  );
}

interface Failure {
  code: string;
  status: number | undefined;
}

async function failureOf(run: () => Promise<unknown>): Promise<Failure> {
  try {
    await run();
  } catch (error: any) {
    return { code: error.code, status: error.statusCode };
  }
  throw new Error('the call was expected to fail');
}

const newestFirst = (a: { CreationTime: string }, b: { CreationTime: string }) =>
  Date.parse(b.CreationTime) - Date.parse(a.CreationTime);

/** The image a family resolves to, from the catalog: newest Available, marketplace left out. */
function familyLatest(account: EmulatorAccount, family: string) {
  return catalog
    .images(REGION, account)
    .map((e) => e.image)
    .filter(
      (i) => i.ImageFamily === family && i.Status === 'Available' && i.ImageOwnerAlias !== 'marketplace',
    )
    .sort(newestFirst)[0];
}

const yourImages = customImageFacts(catalog, REGION, DEFAULT_ACCOUNT);
const inUse = yourImages.find((f) => f.instanceIds.length >= 2)!;
const unused = yourImages.find((f) => f.image.Usage === 'none' && f.image.Status === 'Available')!;
const sharedByYou = yourImages.find((f) => f.sharedWith.length >= 2)!;
const withDataDisk = yourImages.find((f) => f.image.DiskDeviceMappings.DiskDeviceMapping.length >= 2)!;
const customFamily = yourImages.find((f) => f.image.ImageFamily !== '' && f.image.Status === 'Available')!
  .image.ImageFamily;
const sharedWithYou = catalog.images(REGION).find((e) => e.owner === 'others' && !e.isPublic)!.image;
const yourInstances = catalog.instances(REGION).map((e) => e.instance);

describe.each([
  ['ecs-sdk-v3', false],
  ['ecs-sdk-v2', true],
])('%s against the emulator', (_name, v2) => {
  let emulator: RunningEmulator;
  let yours: any;
  let team: any;

  beforeAll(async () => {
    emulator = await startEmulator({ credentials: [YOURS, TEAMS], imagesPerRegion: IMAGES_PER_REGION });
    yours = sdk(emulator.url, YOURS, v2);
    team = sdk(emulator.url, TEAMS, v2);
  });
  afterAll(() => emulator.close());

  describe('DescribeImageFromFamily', () => {
    const resolve = async (client: any, family: string) =>
      (
        await client.describeImageFromFamily(
          new Ecs.DescribeImageFromFamilyRequest({ regionId: REGION, imageFamily: family }),
        )
      ).body;

    it('resolves a custom family and a public acs: family to their newest Available image', async () => {
      for (const family of [customFamily, 'acs:alibaba_cloud_linux_3_2104_lts_x64']) {
        const expected = familyLatest(DEFAULT_ACCOUNT, family)!;
        const body = await resolve(yours, family);
        expect(body.image, family).toMatchObject({
          imageId: expected.ImageId,
          imageFamily: family,
          status: 'Available',
          creationTime: expected.CreationTime,
          size: expected.Size,
        });
        expect(body.image.diskDeviceMappings.diskDeviceMapping).toHaveLength(
          expected.DiskDeviceMappings.DiskDeviceMapping.length,
        );
      }
    });

    it('answers without an image for a family nobody has, and refuses a missing family or unknown region', async () => {
      expect((await resolve(yours, 'no-such-family')).image).toBeUndefined();
      expect(
        await failureOf(() =>
          yours.describeImageFromFamily(new Ecs.DescribeImageFromFamilyRequest({ regionId: REGION })),
        ),
      ).toEqual({
        code: 'MissingParameter',
        status: 400,
      });
      expect(
        await failureOf(() =>
          yours.describeImageFromFamily(
            new Ecs.DescribeImageFromFamilyRequest({ regionId: 'xx-nowhere-1', imageFamily: 'a' }),
          ),
        ),
      ).toEqual({ code: 'InvalidRegionId.NotFound', status: 404 });
    });

    it('resolves families among the images of the account that asks', async () => {
      expect((await resolve(team, customFamily)).image?.imageId).toBe(
        familyLatest(TEAM, customFamily)?.ImageId,
      );
    });
  });

  describe('DescribeInstances', () => {
    const instances = async (client: any, request: Record<string, unknown>) =>
      (await client.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, ...request })))
        .body;

    it('finds the instances that run an image, and none for an image not in use', async () => {
      const body = await instances(yours, { imageId: inUse.image.ImageId, pageSize: 100 });
      expect(body.totalCount).toBe(inUse.instanceIds.length);
      expect(body.instances.instance.map((i: any) => i.instanceId).sort()).toEqual(
        [...inUse.instanceIds].sort(),
      );
      for (const i of body.instances.instance) expect(i.imageId).toBe(inUse.image.ImageId);
      expect((await instances(yours, { imageId: unused.image.ImageId })).totalCount).toBe(0);
    });

    it('pages a whole region by MaxResults and NextToken, in order, nothing twice', async () => {
      const seen: string[] = [];
      let token: string | undefined;
      let calls = 0;
      do {
        const body = await instances(yours, defined({ maxResults: 100, nextToken: token }));
        seen.push(...body.instances.instance.map((i: any) => i.instanceId));
        token = body.nextToken || undefined;
        calls++;
      } while (token);
      expect(seen).toEqual(yourInstances.map((i) => i.InstanceId));
      expect(calls).toBe(Math.ceil(yourInstances.length / 100));
    });

    it('pages by PageNumber and PageSize, and filters by InstanceIds and Status', async () => {
      const second = await instances(yours, { pageNumber: 2, pageSize: 7 });
      expect(second.instances.instance.map((i: any) => i.instanceId)).toEqual(
        yourInstances.slice(7, 14).map((i) => i.InstanceId),
      );
      const picked = [yourInstances[3]!.InstanceId, yourInstances[0]!.InstanceId];
      const byIds = await instances(yours, { instanceIds: JSON.stringify(picked) });
      expect(byIds.instances.instance.map((i: any) => i.instanceId)).toEqual([picked[1], picked[0]]);
      expect((await instances(yours, { instanceIds: '[]' })).totalCount).toBe(0);
      const stopped = await instances(yours, { status: 'Stopped', pageSize: 100 });
      expect(stopped.totalCount).toBe(yourInstances.filter((i) => i.Status === 'Stopped').length);
    });

    it('answers with the documented errors', async () => {
      const fails = (request: Record<string, unknown>) => failureOf(() => instances(yours, request));
      expect(await fails({ instanceIds: 'i-1,i-2' })).toEqual({
        code: 'InvalidInstanceIds.Malformed',
        status: 400,
      });
      expect(await fails({ status: 'Sleeping' })).toEqual({ code: 'InvalidStatus.NotFound', status: 404 });
      expect(await fails({ instanceChargeType: 'Free' })).toEqual({
        code: 'InvalidInstanceChargeType.NotFound',
        status: 404,
      });
      expect(await fails({ nextToken: 'caeba0bbb2be03f84eb48b699f0a4883' })).toEqual({
        code: 'InvalidParameter.NextToken',
        status: 400,
      });
      expect(await fails({ dryRun: true })).toEqual({ code: 'DryRunOperation', status: 400 });
      // A token from one query does not page another.
      const first = await instances(yours, { maxResults: 10 });
      expect(await fails({ maxResults: 10, nextToken: first.nextToken, status: 'Running' })).toMatchObject({
        code: 'InvalidParameter.NextToken',
      });
    });

    const manyIds = JSON.stringify(Array.from({ length: 101 }, (_, i) => `i-${i}`));
    it.each([
      ['an unknown region', { regionId: 'xx-nowhere-1' }, 'InvalidRegionId.NotFound', 404],
      ['an unknown network type', { instanceNetworkType: 'ipv6' }, 'InvalidNetworkType.NotFound', 404],
      ['a tag value without its key', { tag: [{ value: 'prod' }] }, 'InvalidTag.Mismatch', 400],
      [
        'more than 20 tags',
        { tag: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` })) },
        'InvalidTagCount',
        400,
      ],
      ['more than 100 instance IDs', { instanceIds: manyIds }, 'InvalidInstanceIds.Malformed', 400],
    ])('refuses %s with its documented error', async (_case, request, code, status) => {
      expect(await failureOf(() => instances(yours, request))).toEqual({ code, status });
    });

    it('lists the instances of the account that asks, and Usage agrees with them', async () => {
      const teamInstances = catalog.instances(REGION, TEAM);
      const body = await instances(team, { maxResults: 100 });
      expect(body.instances.instance.map((i: any) => i.instanceId)).toEqual(
        teamInstances.slice(0, 100).map((e) => e.instance.InstanceId),
      );
      const usedByTeam = catalog
        .images(REGION, TEAM)
        .find((e) => e.owner === 'self' && e.image.Usage === 'instance')!;
      expect((await instances(team, { imageId: usedByTeam.image.ImageId })).totalCount).toBeGreaterThan(0);
      expect((await instances(yours, { imageId: usedByTeam.image.ImageId })).totalCount).toBe(
        yourInstances.filter((i) => i.ImageId === usedByTeam.image.ImageId).length,
      );
    });
  });

  describe('DescribeImageSharePermission', () => {
    const permission = async (client: any, request: Record<string, unknown>) =>
      (
        await client.describeImageSharePermission(
          new Ecs.DescribeImageSharePermissionRequest({ regionId: REGION, ...request }),
        )
      ).body;

    it('lists the accounts one of your images is shared with, a page at a time', async () => {
      const all = await permission(yours, { imageId: sharedByYou.image.ImageId, pageSize: 100 });
      expect(all).toMatchObject({
        imageId: sharedByYou.image.ImageId,
        regionId: REGION,
        totalCount: sharedByYou.sharedWith.length,
      });
      expect(all.accounts.account.map((a: any) => a.aliyunId)).toEqual(sharedByYou.sharedWith);
      for (const a of all.accounts.account) expect(a.sharedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const second = await permission(yours, {
        imageId: sharedByYou.image.ImageId,
        pageNumber: 2,
        pageSize: 1,
      });
      expect(second.accounts.account.map((a: any) => a.aliyunId)).toEqual([sharedByYou.sharedWith[1]]);
      expect((await permission(yours, { imageId: unused.image.ImageId })).accounts.account ?? []).toEqual(
        unused.sharedWith,
      );
    });

    it('is coherent across accounts: what the team shares with you is yours to see under `others`', async () => {
      const body = await permission(team, { imageId: sharedWithYou.ImageId, pageSize: 100 });
      expect(body.accounts.account.map((a: any) => a.aliyunId)).toContain(DEFAULT_ACCOUNT.id);
      expect(sharedWithYou.ImageOwnerId).toBe(TEAM.idNumber);
    });

    it('answers InvalidImageId.NotFound for images that are not yours, MissingParameter without an image', async () => {
      for (const imageId of [
        sharedWithYou.ImageId,
        'aliyun_3_x64_20G_alibase_20240819.vhd',
        'm-doesnotexist',
      ])
        expect(await failureOf(() => permission(yours, { imageId })), imageId).toEqual({
          code: 'InvalidImageId.NotFound',
          status: 404,
        });
      expect(await failureOf(() => permission(yours, {}))).toEqual({ code: 'MissingParameter', status: 400 });
    });

    it('refuses an unknown region and a request without a region', async () => {
      const imageId = sharedByYou.image.ImageId;
      expect(await failureOf(() => permission(yours, { regionId: 'xx-nowhere-1', imageId }))).toEqual({
        code: 'InvalidRegionId.NotFound',
        status: 404,
      });
      expect(
        await failureOf(() =>
          yours.describeImageSharePermission(new Ecs.DescribeImageSharePermissionRequest({ imageId })),
        ),
      ).toEqual({ code: 'MissingParameter', status: 400 });
    });
  });

  describe('DescribeSnapshots', () => {
    const snapshots = async (client: any, request: Record<string, unknown>) =>
      (await client.describeSnapshots(new Ecs.DescribeSnapshotsRequest({ regionId: REGION, ...request })))
        .body;

    it('gives the sizes of the snapshots behind an image’s disk mappings', async () => {
      const mappings = withDataDisk.image.DiskDeviceMappings.DiskDeviceMapping;
      const body = await snapshots(yours, { snapshotIds: JSON.stringify(mappings.map((d) => d.SnapshotId)) });
      expect(body.totalCount).toBe(mappings.length);
      const bySnapshot = new Map(body.snapshots.snapshot.map((s: any) => [s.snapshotId, s]));
      for (const disk of mappings)
        expect(bySnapshot.get(disk.SnapshotId), disk.SnapshotId).toMatchObject({
          sourceDiskSize: disk.Size,
          sourceDiskType: disk.Type,
          usage: 'image',
        });
      expect(mappings.reduce((sum, d) => sum + Number(d.Size), 0)).toBe(withDataDisk.snapshotGiB);
    });

    it('pages by NextToken and filters by type and time', async () => {
      const expected = catalog.snapshots(REGION).map((e) => e.snapshot.SnapshotId);
      const seen: string[] = [];
      let token: string | undefined;
      do {
        const body = await snapshots(yours, defined({ maxResults: 100, nextToken: token }));
        seen.push(...body.snapshots.snapshot.map((s: any) => s.snapshotId));
        token = body.nextToken || undefined;
      } while (token);
      expect(seen).toEqual(expected);
      const data = await snapshots(yours, { sourceDiskType: 'Data', pageSize: 100 });
      expect(data.totalCount).toBe(
        catalog.snapshots(REGION).filter((e) => e.snapshot.SourceDiskType === 'data').length,
      );
      const since = '2025-01-01T00:00Z';
      const recent = await snapshots(yours, {
        filter: [{ key: 'CreationStartTime', value: since }],
        pageSize: 100,
      });
      expect(recent.totalCount).toBe(
        catalog.snapshots(REGION).filter((e) => e.creationMs >= Date.parse(since)).length,
      );
    });

    it('answers with the documented errors, and keeps another account’s snapshots out', async () => {
      const fails = (request: Record<string, unknown>) => failureOf(() => snapshots(yours, request));
      const tooMany = JSON.stringify(Array.from({ length: 101 }, (_, i) => `s-${i}`));
      expect(await fails({ snapshotIds: tooMany })).toEqual({
        code: 'InvalidSnapshotIds.Malformed',
        status: 403,
      });
      expect(await fails({ snapshotType: 'manual' })).toEqual({
        code: 'InvalidSnapshotType.NotFound',
        status: 404,
      });
      expect(await fails({ usage: 'both' })).toEqual({ code: 'InvalidUsage', status: 404 });
      expect(await fails({ filter: [{ key: 'CreationStartTime', value: 'yesterday' }] })).toEqual({
        code: 'InvalidFilterKey.NotFound',
        status: 404,
      });
      expect(await fails({ snapshotIds: 's-1,s-2' })).toEqual({
        code: 'InvalidSnapshotIds.Malformed',
        status: 403,
      });
      expect(await fails({ sourceDiskType: 'root' })).toEqual({ code: 'InvalidSourceDiskType', status: 404 });
      expect(await fails({ status: 'done' })).toEqual({ code: 'InvalidStatus.NotFound', status: 404 });
      expect(await fails({ tag: [{ value: 'prod' }] })).toEqual({ code: 'InvalidTag.Mismatch', status: 400 });
      expect(await fails({ tag: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` })) })).toEqual({
        code: 'InvalidTagCount',
        status: 400,
      });
      expect(await fails({ regionId: 'xx-nowhere-1' })).toEqual({
        code: 'InvalidRegionId.NotFound',
        status: 404,
      });
      expect(await fails({ maxResults: 0 })).toEqual({ code: 'InvalidParameter.MaxResults', status: 400 });
      expect(await fails({ dryRun: true })).toEqual({ code: 'DryRunOperation', status: 400 });
      const theirs = sharedWithYou.DiskDeviceMappings.DiskDeviceMapping.map((d) => d.SnapshotId);
      expect((await snapshots(yours, { snapshotIds: JSON.stringify(theirs) })).totalCount).toBe(0);
      expect((await snapshots(team, { snapshotIds: JSON.stringify(theirs) })).totalCount).toBe(theirs.length);
    });
  });
});
