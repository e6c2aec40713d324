// The audit of custom images, as a pure function of what the API said: the images (DescribeImages),
// the instances that run them (DescribeInstances), whom they are shared with
// (DescribeImageSharePermission) and the snapshots behind their disk mappings (DescribeSnapshots).
// For each image: its age, the capacity and contents of its snapshots, an estimated monthly cost,
// and whether it is a cleanup candidate and why — or why it is kept although a reason applies.
// Facts that have not arrived yet stay unknown, never guessed (docs/ecs-api-notes.md §15).

import type { EcsInstance } from '../../ecs/describe-instances';
import type { EcsSnapshot } from '../../ecs/describe-snapshots';
import type { EcsImage } from '../../ecs/image-types';
import type { ImageRow } from '../columns/image-row';
import type { AuditSettings } from './audit-settings';

export const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;

/** Why an image could go. */
export type CandidateReason = 'unused' | 'deprecated' | 'copy' | 'failed';
/** Why an image with a reason is kept all the same: these are never candidates. */
export type KeepReason = 'shared' | 'in-use' | 'recent';

export const CANDIDATE_REASONS: readonly CandidateReason[] = ['unused', 'deprecated', 'copy', 'failed'];
export const KEEP_REASONS: readonly KeepReason[] = ['shared', 'in-use', 'recent'];

/** What the per-image and per-region calls found; a key that is absent is not known yet. */
export interface AuditFacts {
  /** The instances that run an image, by row key (`RegionId/ImageId`). */
  instances: ReadonlyMap<string, ImageInstances>;
  /** The accounts an image is shared with, by row key. */
  shares: ReadonlyMap<string, readonly string[]>;
  /** Snapshots by `RegionId/SnapshotId`; null: asked for, and the answer did not have it. */
  snapshots: ReadonlyMap<string, EcsSnapshot | null>;
}

export interface ImageInstances {
  /** How many instances run the image. */
  count: number;
  /** Those the calls returned (all of them, or the first page of a count). */
  listed: readonly EcsInstance[];
}

/** not-candidate: no reason applies; pending: a reason applies but the instances are not known yet. */
export type AuditVerdict = 'candidate' | 'kept' | 'not-candidate' | 'pending';

export interface AuditRow {
  key: string;
  regionId: string;
  image: EcsImage;
  /** Whole days since the image was created (0 when its time cannot be read). */
  ageDays: number;
  /** The size of the disks behind the image: the sum of its disk mappings, GiB. */
  diskGiB: number;
  /** What its snapshots hold (what snapshot storage is billed by), GiB; undefined until known. */
  storedGiB: number | undefined;
  /** storedGiB × the price; undefined until known. */
  monthlyCost: number | undefined;
  /** undefined until known. */
  instances: number | undefined;
  /** Accounts it is shared with; undefined until known (only asked for images that say they are shared). */
  sharedWith: readonly string[] | undefined;
  /** Published as a community image. */
  published: boolean;
  reasons: readonly CandidateReason[];
  kept: readonly KeepReason[];
  verdict: AuditVerdict;
}

export interface AuditTotals {
  images: number;
  diskGiB: number;
  /** Over the rows whose snapshots are known. */
  storedGiB: number;
  monthlyCost: number;
  /** Rows whose snapshots are not known yet. */
  storedUnknown: number;
  candidates: number;
  candidateStoredGiB: number;
  candidateMonthlyCost: number;
  kept: number;
  /** Rows whose verdict waits for their instances. */
  pending: number;
}

export interface AuditReport {
  rows: readonly AuditRow[];
  totals: AuditTotals;
}

export const snapshotKey = (regionId: string, snapshotId: string) => `${regionId}/${snapshotId}`;

/** Whether the image says anyone else can use it (IsSelfShared, or published: IsPublic). */
export function saysShared(image: EcsImage): boolean {
  return image.IsSelfShared.toLowerCase() === 'true' || image.IsPublic;
}

/** Bytes a snapshot holds, or (when the answer lacks them) the size of its disk, in GiB. */
function snapshotGiB(snapshot: EcsSnapshot): number {
  return snapshot.FullSnapshotSizeInBytes > 0
    ? snapshot.FullSnapshotSizeInBytes / GIB
    : Number(snapshot.SourceDiskSize) || 0;
}

function storedOf(row: ImageRow, snapshots: AuditFacts['snapshots']): number | undefined {
  let sum = 0;
  for (const disk of row.image.DiskDeviceMappings.DiskDeviceMapping) {
    if (disk.SnapshotId === '') continue;
    const snapshot = snapshots.get(snapshotKey(row.regionId, disk.SnapshotId));
    if (snapshot === undefined) return undefined;
    if (snapshot) sum += snapshotGiB(snapshot);
  }
  return sum;
}

/** The reasons an image could go, from its own fields (`unused` until instances say otherwise). */
export function candidateReasons(image: EcsImage): CandidateReason[] {
  const reasons: CandidateReason[] = [];
  const status = image.Status;
  if (status === 'Available') reasons.push('unused');
  if (status === 'Deprecated') reasons.push('deprecated');
  if (image.IsCopied && (status === 'Available' || status === 'Deprecated')) reasons.push('copy');
  if (status === 'CreateFailed' || status === 'UnAvailable') reasons.push('failed');
  return reasons;
}

function ageInDays(image: EcsImage, now: number): number {
  const created = Date.parse(image.CreationTime);
  return Number.isNaN(created) ? 0 : Math.max(0, Math.floor((now - created) / DAY_MS));
}

export function auditRow(row: ImageRow, facts: AuditFacts, settings: AuditSettings, now: number): AuditRow {
  const { image } = row;
  const ageDays = ageInDays(image, now);
  const storedGiB = storedOf(row, facts.snapshots);
  const instances = facts.instances.get(row.key)?.count;
  const sharedWith = facts.shares.get(row.key);
  // Usage says whether instances run it (docs/ecs-api-notes.md §14); a count from DescribeInstances
  // says so too. Either is enough to keep an image, and an image in use is not unused.
  const inUse = (instances ?? 0) > 0 || image.Usage === 'instance';
  const reasons = candidateReasons(image).filter((r) => r !== 'unused' || !inUse);
  const kept: KeepReason[] = [];
  if (saysShared(image) || (sharedWith?.length ?? 0) > 0) kept.push('shared');
  if (inUse) kept.push('in-use');
  if (ageDays < settings.unusedDays) kept.push('recent');
  const verdict: AuditVerdict =
    reasons.length === 0
      ? 'not-candidate'
      : kept.length > 0
        ? 'kept'
        : instances === undefined
          ? 'pending'
          : 'candidate';
  return {
    key: row.key,
    regionId: row.regionId,
    image,
    ageDays,
    diskGiB: image.DiskDeviceMappings.DiskDeviceMapping.reduce((sum, d) => sum + (Number(d.Size) || 0), 0),
    storedGiB,
    monthlyCost: storedGiB === undefined ? undefined : storedGiB * settings.pricePerGiBMonth,
    instances,
    sharedWith,
    published: image.IsPublic,
    reasons: verdict === 'not-candidate' ? [] : reasons,
    kept: verdict === 'kept' ? kept : [],
    verdict,
  };
}

export function auditTotals(rows: readonly AuditRow[]): AuditTotals {
  const totals: AuditTotals = {
    images: rows.length,
    diskGiB: 0,
    storedGiB: 0,
    monthlyCost: 0,
    storedUnknown: 0,
    candidates: 0,
    candidateStoredGiB: 0,
    candidateMonthlyCost: 0,
    kept: 0,
    pending: 0,
  };
  for (const row of rows) {
    totals.diskGiB += row.diskGiB;
    if (row.storedGiB === undefined) totals.storedUnknown++;
    else {
      totals.storedGiB += row.storedGiB;
      totals.monthlyCost += row.monthlyCost!;
    }
    if (row.verdict === 'candidate') {
      totals.candidates++;
      totals.candidateStoredGiB += row.storedGiB ?? 0;
      totals.candidateMonthlyCost += row.monthlyCost ?? 0;
    } else if (row.verdict === 'kept') totals.kept++;
    else if (row.verdict === 'pending') totals.pending++;
  }
  return totals;
}

export function buildAuditReport(
  images: readonly ImageRow[],
  facts: AuditFacts,
  settings: AuditSettings,
  now: number,
): AuditReport {
  const rows = images.map((row) => auditRow(row, facts, settings, now));
  return { rows, totals: auditTotals(rows) };
}

/** The snapshot IDs behind an image, and the key its answer is kept under. */
export function snapshotRefs(row: ImageRow): { id: string; key: string }[] {
  return row.image.DiskDeviceMappings.DiskDeviceMapping.filter((d) => d.SnapshotId !== '').map((d) => ({
    id: d.SnapshotId,
    key: snapshotKey(row.regionId, d.SnapshotId),
  }));
}
