// Every DescribeImages request parameter (API version 2014-05-26): names, types, allowed values,
// limits and defaults. Sources: reference/DescribeImages.md and reference/ecs-api-notes.md §1
// (the current parameter list from aliyun-openapi-meta). The SDK-only `Usable` and the internal
// owner parameters are left out: they are not part of the documented API.

import { apiErrors, type ApiError } from './api-errors';

export const API_VERSION = '2014-05-26';

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
/** What an empty ImageOwnerAlias returns: marketplace is excluded (ecs-api-notes §1.1). */
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
export interface TagFilter {
  Key: string;
  Value?: string;
}

export const TIME_FILTER_KEYS = ['CreationStartTime', 'CreationEndTime'] as const;
export const ONLINE_RESIZE_FILTER_KEYS = [
  'CpuOnlineUpgrade',
  'CpuOnlineDowngrade',
  'MemoryOnlineUpgrade',
  'MemoryOnlineDowngrade',
] as const;
export const FILTER_KEYS = [...TIME_FILTER_KEYS, 'NetworkType', ...ONLINE_RESIZE_FILTER_KEYS] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A `Filter.N` pair. */
export interface ImageFilter {
  Key: FilterKey;
  Value: string;
}

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
  PageNumber?: number;
  PageSize?: number;
  DryRun?: boolean;
}

export type ScalarParamName = Exclude<keyof DescribeImagesRequest, 'Tag' | 'Filter'>;

interface ParamBase<N extends ScalarParamName> {
  name: N;
  label: string;
  /** One sentence for help text, from the reference. */
  help: string;
  /** The error the service raises for a bad value. */
  invalid: (name: string) => ApiError;
}

export type ParamSpec =
  | (ParamBase<ScalarParamName> & { kind: 'string'; pattern?: RegExp; maxLength: number })
  | (ParamBase<ScalarParamName> & { kind: 'enum'; values: readonly string[] })
  | (ParamBase<ScalarParamName> & { kind: 'status-list'; values: readonly string[] })
  // `default` only where the service documents one; without it, absent means "do not filter".
  | (ParamBase<ScalarParamName> & { kind: 'boolean'; default?: boolean })
  | (ParamBase<ScalarParamName> & { kind: 'integer'; min: number; max: number; default: number })
  | (ParamBase<ScalarParamName> & { kind: 'account-id' });

// Names and families are 2 to 128 characters where the service creates them (CreateImage); IDs are
// shorter. No text parameter may hold control characters.
const TEXT_MAX = 128;
/** Tag keys and values: at most 128 characters each (the ECS tag limits). */
export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 128;

/** Region IDs look like `cn-hangzhou` or `ap-southeast-1`; checked before one becomes a host name. */
export const REGION_ID_PATTERN = /^[a-z]{2,4}(-[a-z0-9]{1,20}){1,4}$/;
/** Instance types look like `ecs.g7.large`. */
export const INSTANCE_TYPE_PATTERN = /^ecs\.[a-z0-9-]+\.[a-z0-9-]+$/;

const invalid = apiErrors.invalidParameter;

/** Scalar parameters in the order the service checks them. */
export const SCALAR_PARAMS: readonly ParamSpec[] = [
  {
    name: 'RegionId',
    kind: 'string',
    label: 'Region',
    help: 'The region of the images.',
    pattern: REGION_ID_PATTERN,
    maxLength: 64,
    invalid: () => apiErrors.invalidRegionId(),
  },
  {
    name: 'ImageOwnerAlias',
    kind: 'enum',
    values: IMAGE_OWNER_ALIASES,
    label: 'Owner',
    help: 'system: public Alibaba Cloud images; self: your custom images; others: shared and community images; marketplace: Alibaba Cloud Marketplace images. Empty means system, self and others.',
    invalid: () => apiErrors.invalidOwnerAlias(),
  },
  {
    name: 'Status',
    kind: 'status-list',
    values: IMAGE_STATUSES,
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
    help: 'Include subscription images that have expired.',
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
    name: 'PageNumber',
    kind: 'integer',
    min: 1,
    max: 1_000_000,
    default: 1,
    label: 'Page',
    help: 'Pages start at 1.',
    invalid,
  },
  {
    name: 'PageSize',
    kind: 'integer',
    min: PAGE_SIZE_MIN,
    max: PAGE_SIZE_MAX,
    default: DEFAULT_PAGE_SIZE,
    label: 'Page size',
    help: '1 to 100. Default: 10.',
    invalid,
  },
  {
    name: 'DryRun',
    kind: 'boolean',
    default: false,
    label: 'Dry run',
    help: 'Check the request without running it; success comes back as DryRunOperation.',
    invalid,
  },
];

export const SCALAR_PARAM_NAMES: ReadonlySet<string> = new Set(SCALAR_PARAMS.map((p) => p.name));

export function scalarParam(name: ScalarParamName): ParamSpec {
  const spec = SCALAR_PARAMS.find((p) => p.name === name);
  if (!spec) throw new Error(`unknown DescribeImages parameter ${name}`);
  return spec;
}

/** Filter time values: the SDK documents minute precision, the old reference shows seconds; accept both. */
export const FILTER_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;

/** Whether a Filter value is allowed for its key, and the error the service raises if not. */
export function checkFilterValue(key: FilterKey, value: string, wireName: string): ApiError | undefined {
  if ((TIME_FILTER_KEYS as readonly string[]).includes(key)) {
    return FILTER_TIME_PATTERN.test(value) && !Number.isNaN(Date.parse(value))
      ? undefined
      : apiErrors.filterKey(wireName);
  }
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

/** What a parameter accepts, in words, for messages about a bad value. */
export function expectationOf(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'status-list':
      return `a comma-separated list of ${spec.values.join(', ')}, or ALL alone`;
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`;
    case 'account-id':
      return 'a numeric account ID';
    case 'string':
      if (spec.name === 'RegionId') return 'a region ID such as cn-hangzhou';
      if (spec.name === 'InstanceType') return 'an instance type such as ecs.g7.large';
      return `text of at most ${spec.maxLength} characters, without control characters`;
  }
}

/** The documented format of a Filter value, in words. */
export function filterExpectation(key: FilterKey): string {
  if ((TIME_FILTER_KEYS as readonly string[]).includes(key)) return 'a UTC time such as 2024-01-31T08:00Z';
  if (key === 'NetworkType') return `one of ${NETWORK_TYPES.join(', ')}`;
  return `one of ${ONLINE_RESIZE_VALUES.join(', ')}`;
}
