// DescribeSnapshots (API 2014-05-26): snapshots of a region, for the sizes of the snapshots behind
// custom images' disk mappings (docs/ecs-api-notes.md §13). Parameters, answer types and reader
// from the ECS SDK 7.x model (DescribeSnapshotsRequest/ResponseBody) and the reference's error
// table; the parameters the dashboard uses, with the SDK's exact JSON types. Paging as in
// DescribeInstances: PageNumber/PageSize, or MaxResults and NextToken.

import { defineAction, type ApiAction } from './api-action';
import { apiErrors } from './api-errors';
import {
  DRY_RUN_PARAM,
  NEXT_TOKEN_PARAM,
  PAGE_NUMBER_PARAM,
  pageSizeParam,
  regionIdParam,
  RESOURCE_ID_PATTERN,
  timeFilterError,
} from './api-params';
import type { ImageTag } from './image-types';
import { asObject, bool, num, sharedText, text, wrapped } from './lenient-json';
import { normalizeTag } from './normalize-response';
import { readPagedAnswer, type PagedAnswer } from './paged-answer';
import type { FilterPair, TagPair } from './repeated-params';

/** `all` is the default and stands for every value (the SDK model). */
export const SNAPSHOT_STATUSES = ['progressing', 'accomplished', 'failed', 'all'] as const;
export const SNAPSHOT_TYPES = ['auto', 'user', 'all'] as const;
/** "The values are case-insensitive" (the SDK model). */
export const SOURCE_DISK_TYPES = ['system', 'data'] as const;
export const SNAPSHOT_USAGES = ['image', 'disk', 'image_disk', 'none'] as const;
export const SNAPSHOT_FILTER_KEYS = ['CreationStartTime', 'CreationEndTime'] as const;

export const MAX_SNAPSHOT_IDS = 100;
export const SNAPSHOTS_PAGE_SIZE_MAX = 100;
export const SNAPSHOTS_DEFAULT_PAGE_SIZE = 10;

export interface DescribeSnapshotsRequest {
  RegionId: string;
  /** A JSON array on the wire; an empty array matches no snapshot. */
  SnapshotIds?: readonly string[];
  InstanceId?: string;
  DiskId?: string;
  SnapshotName?: string;
  Status?: (typeof SNAPSHOT_STATUSES)[number];
  SnapshotType?: (typeof SNAPSHOT_TYPES)[number];
  SourceDiskType?: (typeof SOURCE_DISK_TYPES)[number];
  Usage?: (typeof SNAPSHOT_USAGES)[number];
  /**
   * "Specifies whether to filter encrypted snapshots. Default value: false." We read true as "only
   * encrypted snapshots" and false as no filter (uncertain: false could mean "only unencrypted").
   */
  Encrypted?: boolean;
  ResourceGroupId?: string;
  Tag?: readonly TagPair[];
  Filter?: readonly FilterPair<(typeof SNAPSHOT_FILTER_KEYS)[number]>[];
  PageNumber?: number;
  PageSize?: number;
  MaxResults?: number;
  NextToken?: string;
  DryRun?: boolean;
}

export interface EcsSnapshot {
  SnapshotId: string;
  SnapshotName: string;
  Description: string;
  RegionId: string;
  CreationTime: string;
  LastModifiedTime: string;
  Status: string;
  /** Percent, as text: "100%". */
  Progress: string;
  /** Seconds left while the snapshot is being created. */
  RemainTime: number;
  SnapshotType: string;
  Category: string;
  SourceDiskId: string;
  /** GiB of the disk the snapshot was taken of, as text (a number in some samples). */
  SourceDiskSize: string;
  SourceDiskType: string;
  /** image, disk, image_disk or none. */
  Usage: string;
  Encrypted: boolean;
  /** Bytes the snapshot holds: what snapshot storage is billed by. */
  FullSnapshotSizeInBytes: number;
  RetentionDays: number;
  InstantAccess: boolean;
  ProductCode: string;
  ResourceGroupId: string;
  SnapshotSN: string;
  Tags: { Tag: ImageTag[] };
}

export interface DescribeSnapshotsResponse extends PagedAnswer {
  Snapshots: { Snapshot: EcsSnapshot[] };
}

export function normalizeSnapshot(raw: unknown): EcsSnapshot {
  const o = asObject(raw);
  return {
    SnapshotId: text(o.SnapshotId),
    SnapshotName: text(o.SnapshotName),
    Description: text(o.Description),
    RegionId: sharedText(o.RegionId),
    CreationTime: text(o.CreationTime),
    LastModifiedTime: text(o.LastModifiedTime),
    Status: sharedText(o.Status),
    Progress: sharedText(o.Progress),
    RemainTime: num(o.RemainTime),
    SnapshotType: sharedText(o.SnapshotType),
    Category: sharedText(o.Category),
    SourceDiskId: text(o.SourceDiskId),
    SourceDiskSize: sharedText(o.SourceDiskSize),
    SourceDiskType: sharedText(o.SourceDiskType),
    Usage: sharedText(o.Usage),
    Encrypted: bool(o.Encrypted),
    FullSnapshotSizeInBytes: num(o.FullSnapshotSizeInBytes),
    RetentionDays: num(o.RetentionDays),
    InstantAccess: bool(o.InstantAccess),
    ProductCode: sharedText(o.ProductCode),
    ResourceGroupId: sharedText(o.ResourceGroupId),
    SnapshotSN: text(o.SnapshotSN),
    Tags: { Tag: wrapped(o.Tags, 'Tag').map(normalizeTag) },
  };
}

export function normalizeDescribeSnapshotsResponse(raw: unknown): DescribeSnapshotsResponse {
  const o = asObject(raw);
  return {
    ...readPagedAnswer(o),
    Snapshots: { Snapshot: wrapped(o.Snapshots, 'Snapshot').map(normalizeSnapshot) },
  };
}

const invalid = apiErrors.invalidParameter;
const idParam = (name: 'InstanceId' | 'DiskId', label: string, help: string) =>
  ({ name, kind: 'string', maxLength: 64, label, help, invalid }) as const;

export const DESCRIBE_SNAPSHOTS: ApiAction<DescribeSnapshotsRequest, DescribeSnapshotsResponse> =
  defineAction({
    name: 'DescribeSnapshots',
    params: [
      regionIdParam('The region of the snapshots.'),
      {
        name: 'SnapshotIds',
        kind: 'json-array',
        item: RESOURCE_ID_PATTERN,
        maxItems: MAX_SNAPSHOT_IDS,
        label: 'Snapshot IDs',
        help: 'A JSON array of up to 100 snapshot IDs, such as ["s-bp67acfmxazb4p****"].',
        invalid: () => apiErrors.snapshotIdsMalformed(),
      },
      idParam('InstanceId', 'Instance ID', 'Snapshots of the disks of this instance.'),
      idParam('DiskId', 'Disk ID', 'Snapshots of this disk.'),
      {
        name: 'SnapshotName',
        kind: 'string',
        maxLength: 128,
        label: 'Name',
        help: 'The snapshot name.',
        invalid,
      },
      {
        name: 'Status',
        kind: 'enum',
        values: SNAPSHOT_STATUSES,
        label: 'Status',
        help: 'progressing, accomplished, failed, or all (the default).',
        invalid: () => apiErrors.statusNotFound(),
      },
      {
        name: 'SnapshotType',
        kind: 'enum',
        values: SNAPSHOT_TYPES,
        label: 'Type',
        help: 'auto: automatic; user: manual; all (the default).',
        invalid: () => apiErrors.snapshotType(),
      },
      {
        name: 'SourceDiskType',
        kind: 'enum',
        values: SOURCE_DISK_TYPES,
        caseInsensitive: true,
        label: 'Disk type',
        help: 'system or data (any letter case).',
        invalid: () => apiErrors.sourceDiskType(),
      },
      {
        name: 'Usage',
        kind: 'enum',
        values: SNAPSHOT_USAGES,
        label: 'Used by',
        help: 'image: custom images were made of it; disk: disks; image_disk: both; none: neither.',
        invalid: () => apiErrors.usage(),
      },
      {
        name: 'Encrypted',
        kind: 'boolean',
        label: 'Encrypted',
        help: 'true: only encrypted snapshots.',
        invalid,
      },
      {
        name: 'ResourceGroupId',
        kind: 'string',
        maxLength: 64,
        label: 'Resource group',
        help: 'The resource group of the snapshots.',
        invalid,
      },
      {
        ...PAGE_NUMBER_PARAM,
        deprecated: true,
        help: 'Pages start at 1. Deprecated by the service: page with MaxResults and NextToken.',
      },
      { ...pageSizeParam(SNAPSHOTS_PAGE_SIZE_MAX, SNAPSHOTS_DEFAULT_PAGE_SIZE), deprecated: true },
      {
        name: 'MaxResults',
        kind: 'integer',
        // "Maximum value: 100. Default value: 10." Below 1 is refused here (uncertain).
        min: 1,
        max: SNAPSHOTS_PAGE_SIZE_MAX,
        default: SNAPSHOTS_DEFAULT_PAGE_SIZE,
        label: 'Results per page',
        help: 'Entries per page when paging with NextToken: 1 to 100. Default: 10.',
        invalid: () => apiErrors.maxResults(),
      },
      NEXT_TOKEN_PARAM,
      DRY_RUN_PARAM,
    ],
    tags: { max: 20 },
    filters: {
      keys: SNAPSHOT_FILTER_KEYS,
      // Filter.1 and Filter.2 are documented: a start and an end time.
      max: 2,
      checkValue: (_key, value, wireName) => timeFilterError(value, wireName),
    },
    normalizeResponse: normalizeDescribeSnapshotsResponse,
  });
