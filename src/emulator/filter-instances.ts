// DescribeInstances and DescribeSnapshots semantics over an account's instances and snapshots:
// which entries a validated request matches, in the order the catalog keeps them (newest first).
// Filters combine with AND (the reference); an empty ID array matches nothing. Pure.

import type { DescribeInstancesRequest } from '../ecs/describe-instances';
import type { DescribeSnapshotsRequest } from '../ecs/describe-snapshots';
import type { InstanceEntry } from './catalog-instances';
import type { SnapshotEntry } from './catalog-snapshots';
import { filterTimeMs, hasTags } from './filter-images';

/**
 * InstanceName: "fuzzy search with the asterisk (*) wildcard" (the SDK model). Our reading: the
 * whole name matches the pattern, where `*` stands for any run of characters, case-insensitively;
 * without a `*` the name must be equal (whether the service matches within names is uncertain).
 */
export function instanceNameMatcher(pattern: string): (nameLower: string) => boolean {
  const escaped = pattern
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(`^${escaped.join('.*')}$`, 's');
  return (name) => regex.test(name);
}

export function filterInstances(
  instances: readonly InstanceEntry[],
  request: DescribeInstancesRequest,
): InstanceEntry[] {
  const ids = request.InstanceIds && new Set(request.InstanceIds);
  const nameMatches =
    request.InstanceName === undefined ? undefined : instanceNameMatcher(request.InstanceName);
  return instances.filter(({ instance, nameLower }) => {
    if (ids && !ids.has(instance.InstanceId)) return false;
    if (request.ImageId !== undefined && instance.ImageId !== request.ImageId) return false;
    if (request.Status !== undefined && instance.Status !== request.Status) return false;
    if (nameMatches && !nameMatches(nameLower)) return false;
    if (request.InstanceType !== undefined && instance.InstanceType !== request.InstanceType) return false;
    if (request.ZoneId !== undefined && instance.ZoneId !== request.ZoneId) return false;
    if (request.ResourceGroupId !== undefined && instance.ResourceGroupId !== request.ResourceGroupId)
      return false;
    if (
      request.InstanceChargeType !== undefined &&
      instance.InstanceChargeType !== request.InstanceChargeType
    )
      return false;
    if (
      request.InstanceNetworkType !== undefined &&
      instance.InstanceNetworkType !== request.InstanceNetworkType
    )
      return false;
    return !request.Tag?.length || hasTags(instance.Tags.Tag, request.Tag);
  });
}

/**
 * Status and SnapshotType `all` (their default) filter nothing; SourceDiskType compares in any
 * letter case (the model says the values are case-insensitive); Encrypted=true keeps encrypted
 * snapshots and false keeps all (see DescribeSnapshotsRequest.Encrypted); the creation-time filters
 * are inclusive bounds, as for images.
 */
export function filterSnapshots(
  snapshots: readonly SnapshotEntry[],
  request: DescribeSnapshotsRequest,
): SnapshotEntry[] {
  const ids = request.SnapshotIds && new Set(request.SnapshotIds);
  const from = request.Filter?.find((f) => f.Key === 'CreationStartTime');
  const until = request.Filter?.find((f) => f.Key === 'CreationEndTime');
  const fromMs = from && filterTimeMs(from.Value);
  const untilMs = until && filterTimeMs(until.Value);
  const status = request.Status === 'all' ? undefined : request.Status;
  const type = request.SnapshotType === 'all' ? undefined : request.SnapshotType;
  return snapshots.filter(({ snapshot, creationMs, instanceId }) => {
    if (ids && !ids.has(snapshot.SnapshotId)) return false;
    if (request.InstanceId !== undefined && instanceId !== request.InstanceId) return false;
    if (request.DiskId !== undefined && snapshot.SourceDiskId !== request.DiskId) return false;
    if (request.SnapshotName !== undefined && snapshot.SnapshotName !== request.SnapshotName) return false;
    if (status !== undefined && snapshot.Status !== status) return false;
    if (type !== undefined && snapshot.SnapshotType !== type) return false;
    if (
      request.SourceDiskType !== undefined &&
      snapshot.SourceDiskType.toLowerCase() !== request.SourceDiskType
    )
      return false;
    if (request.Usage !== undefined && snapshot.Usage !== request.Usage) return false;
    if (request.Encrypted === true && !snapshot.Encrypted) return false;
    if (request.ResourceGroupId !== undefined && snapshot.ResourceGroupId !== request.ResourceGroupId)
      return false;
    if (fromMs !== undefined && creationMs < fromMs) return false;
    if (untilMs !== undefined && creationMs > untilMs) return false;
    return !request.Tag?.length || hasTags(snapshot.Tags.Tag, request.Tag);
  });
}
