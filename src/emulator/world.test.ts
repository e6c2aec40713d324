import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInstance } from '../ecs/describe-instances';
import { normalizeSnapshot } from '../ecs/describe-snapshots';
import { Catalog } from './catalog';
import { customImageFacts } from './testing/world-facts';
import {
  accountNamed,
  accountOf,
  DEFAULT_ACCOUNT,
  EMULATOR_ACCOUNTS,
  type EmulatorAccount,
} from './world-accounts';

const REGION = 'cn-shanghai';
const catalog = new Catalog({ seed: 7, imagesPerRegion: 600 });
const viewOf = (account: EmulatorAccount) => catalog.images(REGION, account);
const byId = (account: EmulatorAccount) => new Map(viewOf(account).map((e) => [e.image.ImageId, e.image]));
const others = EMULATOR_ACCOUNTS.filter((a) => a !== DEFAULT_ACCOUNT);

describe('hosted accounts', () => {
  it('have fixed, distinct 16-digit IDs that are exact as JSON numbers', () => {
    expect(new Set(EMULATOR_ACCOUNTS.map((a) => a.id)).size).toBe(EMULATOR_ACCOUNTS.length);
    expect(new Set(EMULATOR_ACCOUNTS.map((a) => a.name)).size).toBe(EMULATOR_ACCOUNTS.length);
    for (const a of EMULATOR_ACCOUNTS) {
      expect(a.id).toMatch(/^[1-9]\d{15}$/);
      expect(Number.isSafeInteger(a.idNumber) && String(a.idNumber) === a.id).toBe(true);
    }
    expect(EMULATOR_ACCOUNTS[0]).toBe(DEFAULT_ACCOUNT);
    expect(new Set(EMULATOR_ACCOUNTS.map((a) => a.role))).toEqual(new Set(['you', 'team', 'publisher']));
  });

  it('are what a credential acts as: the account it names, else yours', () => {
    const team = accountNamed('platform-team')!;
    expect(accountOf({ accountId: team.id })).toBe(team);
    expect(accountOf({})).toBe(DEFAULT_ACCOUNT);
    expect(accountOf(undefined)).toBe(DEFAULT_ACCOUNT);
  });
});

describe('shares between accounts', () => {
  it('an image A shares with B is `others` for B, with A’s ID, and the same image otherwise', () => {
    let checked = 0;
    for (const owner of EMULATOR_ACCOUNTS) {
      for (const viewer of EMULATOR_ACCOUNTS) {
        if (viewer === owner) continue;
        const seen = byId(viewer);
        for (const entry of viewOf(owner).filter((e) => e.owner === 'self')) {
          const own = catalog.ownImage(REGION, owner, entry.image.ImageId)!;
          const visible = seen.get(entry.image.ImageId);
          const shouldSee = own.published || own.shares.some((s) => s.accountId === viewer.id);
          expect(visible !== undefined, `${owner.name} → ${viewer.name} ${entry.image.ImageId}`).toBe(
            shouldSee,
          );
          if (!visible) continue;
          checked++;
          expect(visible).toMatchObject({
            ImageOwnerAlias: 'others',
            ImageOwnerId: owner.idNumber,
            IsPublic: own.published,
            IsSelfShared: '',
            Usable: true,
            SupplierName: own.published ? owner.supplierName : '',
            ImageName: entry.image.ImageName,
            CreationTime: entry.image.CreationTime,
            Status: entry.image.Status,
            DiskDeviceMappings: entry.image.DiskDeviceMappings,
          });
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('every `others` image belongs to a hosted account that shared or published it', () => {
    for (const viewer of EMULATOR_ACCOUNTS)
      for (const { image } of viewOf(viewer).filter((e) => e.owner === 'others')) {
        const owner = EMULATOR_ACCOUNTS.find((a) => a.idNumber === image.ImageOwnerId)!;
        expect(owner).toBeDefined();
        const own = catalog.ownImage(REGION, owner, image.ImageId)!;
        expect(own.published || own.shares.some((s) => s.accountId === viewer.id)).toBe(true);
      }
  });

  it('IsSelfShared of an owner’s image says whether it is shared or published', () => {
    for (const owner of EMULATOR_ACCOUNTS)
      for (const { image } of viewOf(owner).filter((e) => e.owner === 'self')) {
        const own = catalog.ownImage(REGION, owner, image.ImageId)!;
        expect(image.IsSelfShared).toBe(own.shares.length > 0 || own.published ? 'True' : 'False');
      }
    const yours = viewOf(DEFAULT_ACCOUNT).filter((e) => e.owner === 'self');
    expect(yours.some((e) => e.image.IsSelfShared === 'True')).toBe(true);
  });

  it('community images come from the publishers and are seen by every other account', () => {
    const publishers = EMULATOR_ACCOUNTS.filter((a) => a.role === 'publisher');
    for (const publisher of publishers) {
      const published = viewOf(publisher).filter((e) => e.owner === 'self' && e.image.IsPublic);
      expect(published.length, publisher.name).toBeGreaterThan(0);
      for (const viewer of EMULATOR_ACCOUNTS.filter((a) => a !== publisher)) {
        const seen = byId(viewer);
        for (const { image } of published)
          expect(seen.get(image.ImageId)?.SupplierName).toBe(publisher.supplierName);
      }
    }
  });

  it('public and marketplace images are the same for everyone (but Usage, which is the viewer’s)', () => {
    const withoutUsage = (account: EmulatorAccount) =>
      viewOf(account)
        .filter((e) => e.owner === 'system' || e.owner === 'marketplace')
        .map((e) => ({ ...e.image, Usage: undefined }));
    const yours = withoutUsage(DEFAULT_ACCOUNT);
    expect(yours.length).toBeGreaterThan(100);
    for (const account of others) expect(withoutUsage(account)).toEqual(yours);
  });
});

describe('instances and Usage', () => {
  it('Usage is "instance" exactly when the account runs an instance of the image (public images always say so)', () => {
    for (const account of EMULATOR_ACCOUNTS) {
      const running = new Set(catalog.instances(REGION, account).map((e) => e.instance.ImageId));
      for (const { image, owner } of viewOf(account)) {
        if (owner === 'system') expect(image.Usage).toBe('instance');
        else
          expect(image.Usage, `${account.name} ${image.ImageId}`).toBe(
            running.has(image.ImageId) ? 'instance' : 'none',
          );
      }
    }
  });

  it('instances run on images the account may use, ready or deprecated, deprecated ones included', () => {
    const seen = byId(DEFAULT_ACCOUNT);
    const instances = catalog.instances(REGION);
    expect(instances.length).toBeGreaterThan(100);
    for (const { instance } of instances) {
      const image = seen.get(instance.ImageId)!;
      expect(image, instance.ImageId).toBeDefined();
      expect(['Available', 'Deprecated']).toContain(image.Status);
      expect(instance).toMatchObject({ RegionId: REGION, OSName: image.OSName, OSType: image.OSType });
      expect(instance.InstanceId).toMatch(/^i-[a-z0-9]{20}$/);
      expect(instance.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
      expect(Date.parse(instance.CreationTime)).toBeGreaterThanOrEqual(
        Date.parse(image.CreationTime) - 60_000,
      );
    }
    const on = (owner: string, status: string) =>
      instances.some(
        ({ instance }) =>
          seen.get(instance.ImageId)!.ImageOwnerAlias === owner &&
          seen.get(instance.ImageId)!.Status === status,
      );
    for (const owner of ['self', 'system', 'others']) expect(on(owner, 'Available'), owner).toBe(true);
    expect(on('self', 'Deprecated') || on('system', 'Deprecated')).toBe(true);
  });

  it('holds about as many instances as asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3_000 }), (wanted) => {
        const sized = new Catalog({ seed: 11, imagesPerRegion: 400, instancesPerRegion: wanted });
        expect(sized.instances('cn-beijing')).toHaveLength(wanted);
      }),
      { numRuns: 5 },
    );
    const few = new Catalog({ seed: 11, imagesPerRegion: 400, instancesPerRegion: 3 });
    expect(few.instances('cn-beijing')).toHaveLength(3);
    expect(
      few.images('cn-beijing').filter((e) => e.owner !== 'system' && e.image.Usage === 'instance').length,
    ).toBeLessThanOrEqual(3);
  });
});

describe('snapshots', () => {
  it('one behind every disk mapping of the account’s own images, with its ID and size', () => {
    for (const account of [DEFAULT_ACCOUNT, ...others.slice(0, 2)]) {
      const snapshots = new Map(
        catalog.snapshots(REGION, account).map((e) => [e.snapshot.SnapshotId, e.snapshot]),
      );
      for (const { image } of viewOf(account).filter((e) => e.owner === 'self'))
        for (const disk of image.DiskDeviceMappings.DiskDeviceMapping) {
          const snapshot = snapshots.get(disk.SnapshotId)!;
          expect(snapshot, disk.SnapshotId).toBeDefined();
          expect(snapshot).toMatchObject({
            SourceDiskSize: disk.Size,
            SourceDiskType: disk.Type,
            Usage: 'image',
          });
          expect(snapshot.FullSnapshotSizeInBytes).toBeLessThanOrEqual(Number(disk.Size) * 1024 ** 3);
        }
      // Images shared with the account are backed by their owner's snapshots, not its own.
      for (const { image } of viewOf(account).filter((e) => e.owner === 'others'))
        for (const disk of image.DiskDeviceMappings.DiskDeviceMapping)
          expect(snapshots.has(disk.SnapshotId)).toBe(false);
    }
  });

  it('agree with the expected values a test computes from the catalog', () => {
    const facts = customImageFacts(catalog, REGION, DEFAULT_ACCOUNT);
    expect(facts.length).toBe(viewOf(DEFAULT_ACCOUNT).filter((e) => e.owner === 'self').length);
    for (const f of facts) {
      const mapped = f.image.DiskDeviceMappings.DiskDeviceMapping.reduce((sum, d) => sum + Number(d.Size), 0);
      expect(f.snapshotGiB).toBe(mapped);
      expect(f.instanceIds.length > 0).toBe(f.image.Usage === 'instance');
      expect(f.sharedWith.length > 0 || f.published).toBe(f.image.IsSelfShared === 'True');
    }
  });
});

describe('determinism', () => {
  it('an account’s view, instances and snapshots do not depend on what was built first', () => {
    const team = accountNamed('security-baseline')!;
    const a = new Catalog({ seed: 7, imagesPerRegion: 600 });
    a.images(REGION, team);
    a.snapshots('cn-hangzhou');
    const b = new Catalog({ seed: 7, imagesPerRegion: 600 });
    b.instances(REGION);
    for (const catalogToCompare of [a, b]) {
      expect(JSON.stringify(catalogToCompare.images(REGION))).toBe(JSON.stringify(viewOf(DEFAULT_ACCOUNT)));
      expect(JSON.stringify(catalogToCompare.images(REGION, team))).toBe(JSON.stringify(viewOf(team)));
      expect(JSON.stringify(catalogToCompare.instances(REGION, team))).toBe(
        JSON.stringify(catalog.instances(REGION, team)),
      );
      expect(JSON.stringify(catalogToCompare.snapshots(REGION))).toBe(
        JSON.stringify(catalog.snapshots(REGION)),
      );
    }
  });
});

describe('answer fields', () => {
  it('instances and snapshots have exactly the documented fields in the SDK model’s JSON types', () => {
    // The lenient readers change nothing: every field is there, in its documented type.
    for (const { instance } of catalog.instances(REGION))
      expect(normalizeInstance(JSON.parse(JSON.stringify(instance)))).toEqual(instance);
    for (const { snapshot } of catalog.snapshots(REGION)) {
      expect(normalizeSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
      expect(snapshot.SnapshotId).toMatch(/^s-[a-z0-9]{20}$/);
      expect(snapshot.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    const snapshots = catalog.snapshots(REGION).map((e) => e.snapshot);
    expect(new Set(snapshots.map((s) => s.SnapshotType))).toEqual(new Set(['user', 'auto']));
    expect(snapshots.some((s) => s.Status === 'progressing')).toBe(true);
  });
});
