// Expected values computed from the emulator's catalog, independently of the actions that serve it:
// what a test of a page built on DescribeImages, DescribeInstances, DescribeSnapshots and
// DescribeImageSharePermission should find for an account's custom images (the audit). Pure.

import type { EcsImage } from '../../ecs/image-types';
import type { Catalog } from '../catalog';
import type { EmulatorAccount } from '../world-accounts';

export interface CustomImageFacts {
  image: EcsImage;
  /** IDs of the account's instances that run it. */
  instanceIds: string[];
  /** Account IDs it is shared with. */
  sharedWith: string[];
  /** Published as a community image. */
  published: boolean;
  /** The snapshots behind its disk mappings: the sum of their SourceDiskSize, in GiB. */
  snapshotGiB: number;
  /** The bytes those snapshots hold (FullSnapshotSizeInBytes). */
  snapshotBytes: number;
}

/** Every custom image `account` owns in the region, as DescribeImages lists them (newest first). */
export function customImageFacts(
  catalog: Catalog,
  regionId: string,
  account: EmulatorAccount,
): CustomImageFacts[] {
  const instancesByImage = new Map<string, string[]>();
  for (const { instance } of catalog.instances(regionId, account)) {
    const list = instancesByImage.get(instance.ImageId) ?? [];
    list.push(instance.InstanceId);
    instancesByImage.set(instance.ImageId, list);
  }
  const snapshots = new Map(
    catalog.snapshots(regionId, account).map(({ snapshot }) => [snapshot.SnapshotId, snapshot]),
  );
  return catalog
    .images(regionId, account)
    .filter((e) => e.owner === 'self')
    .map(({ image }) => {
      const own = catalog.ownImage(regionId, account, image.ImageId)!;
      const behind = image.DiskDeviceMappings.DiskDeviceMapping.map((d) =>
        snapshots.get(d.SnapshotId),
      ).filter((s) => s !== undefined);
      return {
        image,
        instanceIds: instancesByImage.get(image.ImageId) ?? [],
        sharedWith: own.shares.map((s) => s.accountId),
        published: own.published,
        snapshotGiB: behind.reduce((sum, s) => sum + Number(s.SourceDiskSize), 0),
        snapshotBytes: behind.reduce((sum, s) => sum + s.FullSnapshotSizeInBytes, 0),
      };
    });
}
