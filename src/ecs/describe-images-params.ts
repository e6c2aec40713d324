// Every DescribeImages request parameter (API version 2014-05-26): names, types, allowed values,
// limits and defaults. Sources: docs/ecs-api-notes.md §1 (the current parameter list) and the ECS
// SDK model (@alicloud/ecs20140526 DescribeImagesRequest), which adds `Usable`. The internal owner
// parameters (OwnerId, ResourceOwnerAccount, …) are left out: callers never set them.
//
// Enum values are compared case-sensitively, as written in the documentation; whether the service
// also takes other spellings (`Linux`, `available`) is not documented (uncertain).

import { defineAction, ECS_SERVICE, type ApiAction } from './api-action';
import { apiErrors, type ApiError } from './api-errors';
import {
  DRY_RUN_PARAM,
  PAGE_NUMBER_PARAM,
  pageSizeParam,
  regionIdParam,
  TEXT_MAX,
  timeFilterError,
  type ParamSpec as AnyParamSpec,
} from './api-params';
import type { DescribeImagesResponse } from './image-types';
import { normalizeDescribeImagesResponse } from './normalize-response';
import type { FilterPair, TagPair } from './repeated-params';

/** The ECS API version (every image action's). */
export const API_VERSION = ECS_SERVICE.version;

export const IMAGE_STATUSES = [
  'Creating',
  'Waiting',
  'Available',
  'UnAvailable',
  'CreateFailed',
  'Deprecated',
] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];
/** `Status=ALL` means every status and cannot be combined with others. */
export const ALL_STATUSES = 'ALL';
export const DEFAULT_STATUS: ImageStatus = 'Available';

export const IMAGE_OWNER_ALIASES = ['system', 'self', 'others', 'marketplace'] as const;
export type ImageOwnerAlias = (typeof IMAGE_OWNER_ALIASES)[number];
/** What an empty ImageOwnerAlias returns: marketplace is excluded (docs/ecs-api-notes.md §1.1). */
export const DEFAULT_OWNER_ALIASES: readonly ImageOwnerAlias[] = ['system', 'self', 'others'];

export const OS_TYPES = ['windows', 'linux'] as const;
export type OsType = (typeof OS_TYPES)[number];

export const ARCHITECTURES = ['i386', 'x86_64', 'arm64'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const IMAGE_USAGES = ['instance', 'none'] as const;
export type ImageUsage = (typeof IMAGE_USAGES)[number];

export const ACTION_TYPES = ['CreateEcs', 'ChangeOS'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const NETWORK_TYPES = ['vpc', 'classic'] as const;
export const ONLINE_RESIZE_VALUES = ['supported', 'unsupported'] as const;

export const PAGE_SIZE_MIN = 1;
export const PAGE_SIZE_MAX = 100;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_TAGS = 20;
// The number of Filter.N entries is not documented; there are seven keys, and 20 mirrors the Tag
// limit (uncertain, follows the Tag.N documentation).
export const MAX_FILTERS = 20;

/** A `Tag.N` pair. A key without a value matches any value of that key. */
export type TagFilter = TagPair;

export const TIME_FILTER_KEYS = ['CreationStartTime', 'CreationEndTime'] as const;
export const ONLINE_RESIZE_FILTER_KEYS = [
  'CpuOnlineUpgrade',
  'CpuOnlineDowngrade',
  'MemoryOnlineUpgrade',
  'MemoryOnlineDowngrade',
] as const;
export const FILTER_KEYS = [...TIME_FILTER_KEYS, 'NetworkType', ...ONLINE_RESIZE_FILTER_KEYS] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A `Filter.N` pair of DescribeImages. */
export type ImageFilter = FilterPair<FilterKey>;

/** DescribeImages parameters in structured form; wire names, wire semantics. */
export interface DescribeImagesRequest {
  RegionId: string;
  ImageId?: string;
  ImageName?: string;
  ImageFamily?: string;
  ImageOwnerAlias?: ImageOwnerAlias;
  /** An account ID (a long); kept as decimal text because 16-digit IDs exceed 2^53. */
  ImageOwnerId?: string;
  IsPublic?: boolean;
  /** Several statuses, or `['ALL']`. Absent means `Available`. */
  Status?: readonly string[];
  ShowExpired?: boolean;
  SnapshotId?: string;
  InstanceType?: string;
  IsSupportIoOptimized?: boolean;
  IsSupportCloudinit?: boolean;
  OSType?: OsType;
  Architecture?: Architecture;
  Usage?: ImageUsage;
  ActionType?: ActionType;
  ResourceGroupId?: string;
  Tag?: readonly TagFilter[];
  Filter?: readonly ImageFilter[];
  Usable?: boolean;
  PageNumber?: number;
  PageSize?: number;
  DryRun?: boolean;
}

export type ScalarParamName = Exclude<keyof DescribeImagesRequest, 'Tag' | 'Filter'>;

/** How the dashboard marks what the service says it will remove. */
export const DEPRECATED_BY_SERVICE = 'Deprecated by the service: it will be removed.';

/**
 * `Tag.N.key` and `Tag.N.value` (lower case) are older spellings of `Tag.N.Key`/`Tag.N.Value` that
 * the service still takes but will remove (docs/ecs-api-notes.md §1); requests are rebuilt with the
 * current spelling.
 */
export const LOWER_CASE_TAG_NOTE =
  'The lower-case Tag.N.key and Tag.N.value are deprecated by the service; links may use them, requests send Tag.N.Key and Tag.N.Value.';

/** The spec of one DescribeImages parameter (api-params.ts kinds). */
export type ParamSpec = AnyParamSpec<ScalarParamName>;

/** Instance types look like `ecs.g7.large`. */
export const INSTANCE_TYPE_PATTERN = /^ecs\.[a-z0-9-]+\.[a-z0-9-]+$/;

const invalid = apiErrors.invalidParameter;

/** Scalar parameters in the order the service checks them. */
export const SCALAR_PARAMS: readonly ParamSpec[] = [
  regionIdParam('The region of the images.'),
  {
    name: 'ImageOwnerAlias',
    kind: 'enum',
    oneValuePerCall: true,
    values: IMAGE_OWNER_ALIASES,
    label: 'Owner',
    help: 'system: public Alibaba Cloud images; self: your custom images; others: shared and community images; marketplace: Alibaba Cloud Marketplace images. Empty means system, self and others.',
    invalid: () => apiErrors.invalidOwnerAlias(),
  },
  {
    name: 'Status',
    kind: 'enum-list',
    values: IMAGE_STATUSES,
    all: ALL_STATUSES,
    label: 'Status',
    help: 'Image statuses, comma-separated, or ALL. Default: Available.',
    invalid,
  },
  {
    name: 'ImageId',
    kind: 'string',
    label: 'Image ID',
    help: 'One image ID, such as m-bp1g7004ksh0oeuc**** or a public image name.',
    maxLength: TEXT_MAX,
    invalid,
  },
  {
    name: 'ImageName',
    kind: 'string',
    label: 'Name',
    help: 'The image name; fuzzy match.',
    maxLength: TEXT_MAX,
    invalid,
  },
  {
    name: 'ImageFamily',
    kind: 'string',
    label: 'Family',
    help: 'The image family, such as acs:alibaba_cloud_linux_3_2104_lts_x64.',
    maxLength: TEXT_MAX,
    invalid,
  },
  {
    name: 'ImageOwnerId',
    kind: 'account-id',
    label: 'Owner account ID',
    help: 'The account that owns shared or community images. Needs owner others.',
    invalid,
  },
  {
    name: 'IsPublic',
    kind: 'boolean',
    default: false,
    label: 'Community images',
    help: 'true returns published community images; needs owner others.',
    invalid,
  },
  {
    name: 'ShowExpired',
    kind: 'boolean',
    default: false,
    label: 'Show expired',
    help: `${DEPRECATED_BY_SERVICE} Include subscription images that have expired.`,
    deprecated: true,
    invalid,
  },
  {
    name: 'SnapshotId',
    kind: 'string',
    label: 'Snapshot ID',
    help: 'The snapshot a custom image was created from.',
    maxLength: TEXT_MAX,
    invalid,
  },
  {
    name: 'InstanceType',
    kind: 'string',
    label: 'Instance type',
    help: 'Only images that can run on this instance type, such as ecs.g7.large.',
    pattern: INSTANCE_TYPE_PATTERN,
    maxLength: 64,
    example: 'an instance type such as ecs.g7.large',
    invalid: () => apiErrors.instanceType(),
  },
  {
    name: 'IsSupportIoOptimized',
    kind: 'boolean',
    label: 'I/O optimized',
    help: 'Whether the image can run on I/O optimized instances.',
    invalid,
  },
  {
    name: 'IsSupportCloudinit',
    kind: 'boolean',
    label: 'cloud-init',
    help: 'Whether the image supports cloud-init.',
    invalid,
  },
  {
    name: 'OSType',
    kind: 'enum',
    values: OS_TYPES,
    label: 'OS type',
    help: 'windows or linux.',
    invalid: () => apiErrors.osType(),
  },
  {
    name: 'Architecture',
    kind: 'enum',
    values: ARCHITECTURES,
    label: 'Architecture',
    help: 'i386, x86_64 or arm64.',
    invalid: () => apiErrors.architecture(),
  },
  {
    name: 'Usage',
    kind: 'enum',
    values: IMAGE_USAGES,
    label: 'Usage',
    help: 'instance: running on at least one instance; none: not in use.',
    invalid: () => apiErrors.usage(),
  },
  {
    name: 'ActionType',
    kind: 'enum',
    values: ACTION_TYPES,
    label: 'Scenario',
    help: 'CreateEcs: creating instances; ChangeOS: replacing a system disk.',
    invalid,
  },
  {
    name: 'ResourceGroupId',
    kind: 'string',
    label: 'Resource group',
    help: 'The resource group of custom images, such as rg-bp67acfmxazb4p****.',
    maxLength: 64,
    invalid,
  },
  {
    name: 'Usable',
    kind: 'boolean',
    label: 'Usable',
    help: 'Whether the image can create an instance right away. Needs a Status: the Available default does not apply.',
    invalid,
  },
  PAGE_NUMBER_PARAM,
  pageSizeParam(PAGE_SIZE_MAX, DEFAULT_PAGE_SIZE),
  DRY_RUN_PARAM,
];

export const SCALAR_PARAM_NAMES: ReadonlySet<string> = new Set(SCALAR_PARAMS.map((p) => p.name));

export function scalarParam(name: ScalarParamName): ParamSpec {
  const spec = SCALAR_PARAMS.find((p) => p.name === name);
  if (!spec) throw new Error(`unknown DescribeImages parameter ${name}`);
  return spec;
}

/**
 * With `Usable`, "Status is required and has no default value" (the SDK model's Status comment).
 * Whether the service then refuses a request without Status (our reading of "required") or returns
 * every status is not documented (uncertain). A caller that means the usual default sends it.
 */
export function withStatusForUsable(request: DescribeImagesRequest): DescribeImagesRequest {
  return request.Usable !== undefined && request.Status === undefined
    ? { ...request, Status: [DEFAULT_STATUS] }
    : request;
}

/** Whether a Filter value is allowed for its key, and the error the service raises if not. */
export function checkFilterValue(key: FilterKey, value: string, wireName: string): ApiError | undefined {
  if ((TIME_FILTER_KEYS as readonly string[]).includes(key)) return timeFilterError(value, wireName);
  if (key === 'NetworkType') {
    return (NETWORK_TYPES as readonly string[]).includes(value) ? undefined : apiErrors.networkType(wireName);
  }
  return (ONLINE_RESIZE_VALUES as readonly string[]).includes(value)
    ? undefined
    : apiErrors.filterValue(wireName);
}

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** The documented format of a Filter value, in words. */
export function filterExpectation(key: FilterKey): string {
  if ((TIME_FILTER_KEYS as readonly string[]).includes(key)) return 'a UTC time such as 2024-01-31T08:00Z';
  if (key === 'NetworkType') return `one of ${NETWORK_TYPES.join(', ')}`;
  return `one of ${ONLINE_RESIZE_VALUES.join(', ')}`;
}

/**
 * Rules that tie parameters together: IsPublic and ImageOwnerId need `others` (docs/ecs-api-notes.md
 * §1), and Usable needs a Status (the SDK model; see withStatusForUsable).
 */
export function checkParameterCombination(request: DescribeImagesRequest): ApiError | undefined {
  if (request.IsPublic === true && request.ImageOwnerAlias !== 'others')
    return apiErrors.publicImageUnsupported();
  if (request.ImageOwnerId !== undefined && request.ImageOwnerAlias !== 'others')
    return apiErrors.ownerIdUnsupported();
  if (request.Usable !== undefined && request.Status === undefined)
    return apiErrors.missingParameter('Status');
  return undefined;
}

export const DESCRIBE_IMAGES: ApiAction<DescribeImagesRequest, DescribeImagesResponse> = defineAction({
  name: 'DescribeImages',
  params: SCALAR_PARAMS,
  tags: { max: MAX_TAGS },
  filters: { keys: FILTER_KEYS, max: MAX_FILTERS, checkValue: checkFilterValue },
  checkCombination: checkParameterCombination,
  normalizeResponse: normalizeDescribeImagesResponse,
});
