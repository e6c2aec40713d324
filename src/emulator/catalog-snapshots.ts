// The snapshots of one account in one region: one behind every disk mapping of its own custom
// images (the same SnapshotId, and the disk's Size as SourceDiskSize), and automatic snapshots of
// some of its instances' system disks. Built when DescribeSnapshots first asks.

import type { EcsSnapshot } from '../ecs/describe-snapshots';
import {
  CATALOG_EPOCH_MS,
  DAY_MS,
  randomTime,
  resourceId,
  toTime,
  type CustomImage,
  type Stream,
} from './catalog-images';
import type { InstanceEntry } from './catalog-instances';

const GIB = 1024 ** 3;

/** A snapshot with the facts DescribeSnapshots filters on. */
export interface SnapshotEntry {
  readonly snapshot: EcsSnapshot;
  readonly creationMs: number;
  /** The instance whose disk it was taken of, for automatic snapshots. */
  readonly instanceId: string;
}

function snapshotOf(
  fields: Omit<EcsSnapshot, 'Category' | 'InstantAccess' | 'ProductCode' | 'Tags'>,
): EcsSnapshot {
  return { ...fields, Category: 'standard', InstantAccess: false, ProductCode: '', Tags: { Tag: [] } };
}

/** Bytes a snapshot of a `sizeGiB` disk holds: the blocks in use, a fraction of the disk. */
function heldBytes(s: Stream, sizeGiB: number): number {
  return Math.round(sizeGiB * GIB * (0.08 + 0.85 * s.rng.next()));
}

const serial = (s: Stream) =>
  `${s.rng.int(10000, 99999)}-${s.rng.int(100000000, 999999999)}-${s.rng.int(10000, 99999)}`;

/** The snapshots behind an image's disk mappings, taken just before the image was made of them. */
export function imageSnapshots(s: Stream, regionId: string, custom: CustomImage): SnapshotEntry[] {
  const { image, creationMs: imageCreationMs } = custom.ownerView;
  const inProgress = image.Status === 'Creating' || image.Status === 'Waiting';
  return image.DiskDeviceMappings.DiskDeviceMapping.filter((disk) => disk.SnapshotId !== '').map((disk) => {
    const creationMs = imageCreationMs - s.rng.int(1, 30) * 60_000;
    return {
      creationMs,
      instanceId: '',
      snapshot: snapshotOf({
        SnapshotId: disk.SnapshotId,
        SnapshotName: '',
        Description: `Created for image ${image.ImageId}`,
        RegionId: regionId,
        CreationTime: toTime(creationMs),
        LastModifiedTime: image.CreationTime,
        Status: inProgress ? 'progressing' : 'accomplished',
        Progress: inProgress ? disk.Progress || image.Progress : '100%',
        RemainTime: inProgress ? (disk.RemainTime ?? 0) : 0,
        SnapshotType: 'user',
        SourceDiskId: resourceId(s, 'd'),
        SourceDiskSize: disk.Size,
        SourceDiskType: disk.Type,
        Usage: 'image',
        Encrypted: disk.Encrypted === true,
        FullSnapshotSizeInBytes: heldBytes(s, Number(disk.Size)),
        RetentionDays: 0,
        ResourceGroupId: image.ResourceGroupId,
        SnapshotSN: serial(s),
      }),
    };
  });
}

/** Automatic snapshots an instance's system disk has, under a 30-day policy (none for most). */
export function instanceSnapshots(s: Stream, regionId: string, entry: InstanceEntry): SnapshotEntry[] {
  if (!s.rng.chance(0.15)) return [];
  const creationMs = randomTime(
    s.rng,
    Math.max(entry.creationMs, CATALOG_EPOCH_MS - 30 * DAY_MS),
    CATALOG_EPOCH_MS,
  );
  const day = toTime(creationMs).slice(0, 10).replaceAll('-', '');
  return [
    {
      creationMs,
      instanceId: entry.instance.InstanceId,
      snapshot: snapshotOf({
        SnapshotId: resourceId(s, 's'),
        SnapshotName: `auto_${day}_1`,
        Description: '',
        RegionId: regionId,
        CreationTime: toTime(creationMs),
        LastModifiedTime: toTime(creationMs),
        Status: 'accomplished',
        Progress: '100%',
        RemainTime: 0,
        SnapshotType: 'auto',
        SourceDiskId: entry.systemDiskId,
        SourceDiskSize: String(entry.systemDiskSize),
        SourceDiskType: 'system',
        Usage: 'none',
        Encrypted: false,
        FullSnapshotSizeInBytes: heldBytes(s, entry.systemDiskSize),
        RetentionDays: 30,
        ResourceGroupId: entry.instance.ResourceGroupId,
        SnapshotSN: serial(s),
      }),
    },
  ];
}

/** DescribeSnapshots' order: newest first, then by SnapshotId. */
export function byNewestSnapshot(a: SnapshotEntry, b: SnapshotEntry): number {
  return (
    b.creationMs - a.creationMs ||
    (a.snapshot.SnapshotId < b.snapshot.SnapshotId
      ? -1
      : a.snapshot.SnapshotId > b.snapshot.SnapshotId
        ? 1
        : 0)
  );
}
