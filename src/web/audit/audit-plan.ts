// How many calls an audit makes, per region, and which way it finds the instances that run the
// images. Pure; the figures behind the rule are in docs/ARCHITECTURE.md "The audit".
//
// Instances (DescribeInstances) can be found two ways:
// - per image: `ImageId=X, PageSize=100`, one call for each image whose Usage says instances run it
//   (`instance`; docs/ecs-api-notes.md §14) — its TotalCount is the count, its page the first 100;
// - region scan: every instance of the region, 100 per call with MaxResults/NextToken, joined to the
//   images by ImageId: ⌈T/100⌉ calls for T instances, one after another.
// Which costs fewer calls depends on U (images in use) against T. U is known from the image list;
// T takes one call (`PageSize=100`: its TotalCount, and the first 100 instances, which is the whole
// scan when T ≤ 100). That count is only worth a call when U ≥ 3 (below, per image costs at most
// what the count and one scan page would). Counted on the emulator's world (bench case 9 prints
// these): 135 images, U 54, T 223 (the default cn-hangzhou) — per image 54 calls, scan 1 + 3;
// 2,004 images, U 752, T 10,000 — 752 against 1 + 100; 1,890 images, U 389, T 500 — 389 against
// 1 + 5; but 17 images, U 8, T 5,000 — 8 against 1 + 50, and 135 images, U 54, T 20,000 — 54
// against 1 + 200: a large fleet on few images is cheaper image by image. The rule: scan when
// ⌈T/100⌉ < U, else per image (a tie goes to per image, whose calls run side by side).

import type { ImageRow } from '../columns/image-row';
import { saysShared } from './audit-report';

/** The most entries one call returns (PageSize, MaxResults), and the most SnapshotIds one call takes. */
export const PER_CALL = 100;
/** From this many images in use on, counting a region's instances first can save calls. */
export const COUNT_INSTANCES_FROM = 3;
/** More calls than this ("a few dozen") are shown and wait for the person to start them. */
export const ASK_ABOVE_CALLS = 40;

/** What the image list and (when made) the instance count say about one region. */
export interface RegionCounts {
  regionId: string;
  /** Custom images. */
  images: number;
  /** Of them, the ones whose Usage is `instance`. */
  imagesInUse: number;
  /** Of them, the ones that say they are shared (IsSelfShared), whose accounts take a call each. */
  sharedImages: number;
  /** Distinct snapshot IDs behind their disk mappings. */
  snapshotIds: number;
  /** The region's instances (the count call's TotalCount), once counted. */
  instances?: number;
}

/**
 * none: no image is in use; per-image and region-scan as above; counted: the count call's page
 * already holds every instance of the region; uncounted: the count call has to come first.
 */
export type InstanceStrategy = 'none' | 'per-image' | 'region-scan' | 'counted' | 'uncounted';

export interface RegionPlan {
  regionId: string;
  instanceStrategy: InstanceStrategy;
  /** Calls still to make, by action. */
  calls: { instances: number; snapshots: number; shares: number };
  /** Both ways' instance calls, when T is known, for the page to show why. */
  perImageCalls: number;
  regionScanCalls: number | undefined;
}

export interface AuditPlan {
  regions: readonly RegionPlan[];
  calls: { instances: number; snapshots: number; shares: number };
  total: number;
  /** Some region must count its instances before the plan is complete. */
  needsCounts: boolean;
}

const pages = (n: number) => Math.ceil(n / PER_CALL);

export function needsInstanceCount(counts: RegionCounts): boolean {
  return counts.instances === undefined && counts.imagesInUse >= COUNT_INSTANCES_FROM;
}

export function planRegion(counts: RegionCounts): RegionPlan {
  const perImage = counts.imagesInUse;
  const scan =
    counts.instances === undefined ? undefined : counts.instances <= PER_CALL ? 0 : pages(counts.instances);
  let strategy: InstanceStrategy;
  if (perImage === 0) strategy = 'none';
  else if (needsInstanceCount(counts)) strategy = 'uncounted';
  else if (scan === undefined) strategy = 'per-image';
  else if (scan === 0) strategy = 'counted';
  else strategy = scan < perImage ? 'region-scan' : 'per-image';
  const instanceCalls = strategy === 'per-image' ? perImage : strategy === 'region-scan' ? scan! : 0;
  return {
    regionId: counts.regionId,
    instanceStrategy: strategy,
    calls: { instances: instanceCalls, snapshots: pages(counts.snapshotIds), shares: counts.sharedImages },
    perImageCalls: perImage,
    regionScanCalls: scan,
  };
}

export function planAudit(regions: readonly RegionCounts[]): AuditPlan {
  const plans = regions.map(planRegion);
  const calls = { instances: 0, snapshots: 0, shares: 0 };
  for (const plan of plans) {
    calls.instances += plan.calls.instances;
    calls.snapshots += plan.calls.snapshots;
    calls.shares += plan.calls.shares;
  }
  return {
    regions: plans,
    calls,
    total: calls.instances + calls.snapshots + calls.shares,
    needsCounts: plans.some((p) => p.instanceStrategy === 'uncounted'),
  };
}

/** Whether the person is asked before the calls are made. */
export function asksFirst(plan: AuditPlan): boolean {
  return plan.total > ASK_ABOVE_CALLS;
}

/** The counts of each region's images, in the order the regions are given. */
export function countRegions(
  regionIds: readonly string[],
  rows: readonly ImageRow[],
  instanceTotals: ReadonlyMap<string, number>,
): RegionCounts[] {
  const byRegion = new Map(
    regionIds.map((regionId) => [
      regionId,
      { regionId, images: 0, imagesInUse: 0, sharedImages: 0, snapshots: new Set<string>() },
    ]),
  );
  for (const { regionId, image } of rows) {
    const counts = byRegion.get(regionId);
    if (!counts) continue;
    counts.images++;
    if (image.Usage === 'instance') counts.imagesInUse++;
    if (saysShared(image)) counts.sharedImages++;
    for (const disk of image.DiskDeviceMappings.DiskDeviceMapping)
      if (disk.SnapshotId !== '') counts.snapshots.add(disk.SnapshotId);
  }
  return [...byRegion.values()].map(({ snapshots, ...counts }) => {
    const instances = instanceTotals.get(counts.regionId);
    return { ...counts, snapshotIds: snapshots.size, ...(instances === undefined ? {} : { instances }) };
  });
}
