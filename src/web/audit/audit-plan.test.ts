import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import {
  ASK_ABOVE_CALLS,
  asksFirst,
  countRegions,
  needsInstanceCount,
  planAudit,
  planRegion,
  type RegionCounts,
} from './audit-plan';

const region = (over: Partial<RegionCounts>): RegionCounts => ({
  regionId: 'cn-hangzhou',
  images: 0,
  imagesInUse: 0,
  sharedImages: 0,
  snapshotIds: 0,
  ...over,
});

describe('planRegion', () => {
  it('makes no instance call when no image is in use', () => {
    expect(planRegion(region({ images: 50, snapshotIds: 60 }))).toMatchObject({
      instanceStrategy: 'none',
      calls: { instances: 0, snapshots: 1, shares: 0 },
    });
  });

  it('asks image by image when too few are in use for a count to pay off', () => {
    const counts = region({ images: 10, imagesInUse: 2 });
    expect(needsInstanceCount(counts)).toBe(false);
    expect(planRegion(counts)).toMatchObject({ instanceStrategy: 'per-image', calls: { instances: 2 } });
  });

  it('counts the instances first when three or more images are in use', () => {
    const counts = region({ images: 135, imagesInUse: 54 });
    expect(needsInstanceCount(counts)).toBe(true);
    expect(planRegion(counts).instanceStrategy).toBe('uncounted');
  });

  it('needs no more instance calls when the count call held the whole region', () => {
    expect(planRegion(region({ imagesInUse: 54, instances: 100 }))).toMatchObject({
      instanceStrategy: 'counted',
      calls: { instances: 0 },
    });
  });

  it('scans the region when its pages cost fewer calls than the images in use', () => {
    // The emulator's default cn-hangzhou and the bench's region.
    expect(planRegion(region({ imagesInUse: 54, instances: 223 }))).toMatchObject({
      instanceStrategy: 'region-scan',
      calls: { instances: 3 },
      perImageCalls: 54,
      regionScanCalls: 3,
    });
    expect(planRegion(region({ imagesInUse: 786, instances: 10_000 })).calls.instances).toBe(100);
  });

  it('asks image by image when a large fleet runs few images', () => {
    expect(planRegion(region({ imagesInUse: 12, instances: 5_000 }))).toMatchObject({
      instanceStrategy: 'per-image',
      calls: { instances: 12 },
      regionScanCalls: 50,
    });
    // A tie goes to per image, whose calls run side by side.
    expect(planRegion(region({ imagesInUse: 3, instances: 300 })).instanceStrategy).toBe('per-image');
  });

  it('batches snapshot IDs 100 to a call and asks once per shared image', () => {
    expect(planRegion(region({ snapshotIds: 201, sharedImages: 7 })).calls).toMatchObject({
      snapshots: 3,
      shares: 7,
    });
  });
});

describe('planAudit', () => {
  it('adds the regions up and asks first above a few dozen calls', () => {
    const plan = planAudit([
      region({ imagesInUse: 54, instances: 223, snapshotIds: 159, sharedImages: 23 }),
      region({ regionId: 'cn-shanghai', imagesInUse: 1, snapshotIds: 10, sharedImages: 16 }),
    ]);
    expect(plan.calls).toEqual({ instances: 3 + 1, snapshots: 2 + 1, shares: 23 + 16 });
    expect(plan.total).toBe(46);
    expect(plan.needsCounts).toBe(false);
    expect(asksFirst(plan)).toBe(true);
    expect(asksFirst(planAudit([region({ sharedImages: ASK_ABOVE_CALLS })]))).toBe(false);
    expect(planAudit([region({ imagesInUse: 5 })]).needsCounts).toBe(true);
  });
});

describe('countRegions', () => {
  it('counts images, the ones in use and shared, and distinct snapshots, per region in order', () => {
    const row = (regionId: string, id: string, fields: Record<string, unknown>, snapshots: string[]) =>
      new ImageRow(
        regionId,
        normalizeImage({
          ImageId: id,
          ...fields,
          DiskDeviceMappings: { DiskDeviceMapping: snapshots.map((s) => ({ SnapshotId: s, Size: '20' })) },
        }),
      );
    const rows = [
      row('cn-shanghai', 'm-1', { Usage: 'instance', IsSelfShared: 'True' }, ['s-1', 's-2']),
      row('cn-shanghai', 'm-2', { Usage: 'none', IsPublic: true }, ['s-2', '']),
      row('cn-hangzhou', 'm-3', { Usage: 'none', IsSelfShared: 'False' }, []),
      row('eu-central-1', 'm-4', {}, ['s-9']),
    ];
    expect(countRegions(['cn-hangzhou', 'cn-shanghai'], rows, new Map([['cn-shanghai', 7]]))).toEqual([
      { regionId: 'cn-hangzhou', images: 1, imagesInUse: 0, sharedImages: 0, snapshotIds: 0 },
      { regionId: 'cn-shanghai', images: 2, imagesInUse: 1, sharedImages: 2, snapshotIds: 2, instances: 7 },
    ]);
  });
});
