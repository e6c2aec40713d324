// DescribeInstances (API 2014-05-26): the instances of a region, for "which instances run this
// image" (docs/ecs-api-notes.md §11). Parameters, answer types and reader from the ECS SDK 7.x model
// (DescribeInstancesRequest/ResponseBody) and the reference's error table. The model has about
// forty filters and eighty answer fields; these are the ones the dashboard uses, with the SDK's
// exact JSON types. Other parameters are unknown here (the proxy refuses them), and the reader
// keeps only these fields.
//
// Two ways to page (the reference): PageNumber/PageSize, or MaxResults and the NextToken of the
// previous answer. With MaxResults or NextToken the page parameters are ignored and TotalCount
// "is invalid" (its value is then not to be relied on).

import { defineAction, type ApiAction } from './api-action';
import { apiErrors } from './api-errors';
import {
  DRY_RUN_PARAM,
  NEXT_TOKEN_PARAM,
  PAGE_NUMBER_PARAM,
  pageSizeParam,
  regionIdParam,
  RESOURCE_ID_PATTERN,
  TEXT_MAX,
} from './api-params';
import type { ImageTag } from './image-types';
import { asObject, bool, num, sharedText, text, wrapped, wrappedTexts } from './lenient-json';
import { normalizeTag } from './normalize-response';
import { readPagedAnswer, type PagedAnswer } from './paged-answer';
import type { TagPair } from './repeated-params';

export const INSTANCE_STATUSES = ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];
export const INSTANCE_CHARGE_TYPES = ['PostPaid', 'PrePaid'] as const;
export const INSTANCE_NETWORK_TYPES = ['vpc', 'classic'] as const;

/** At most 100 IDs in InstanceIds (the reference). */
export const MAX_INSTANCE_IDS = 100;
/** MaxResults: below 10 counts as 10, above 100 as 100 (the SDK model). */
export const MAX_RESULTS_MIN = 10;
export const MAX_RESULTS_MAX = 100;
export const INSTANCES_PAGE_SIZE_MAX = 100;
export const INSTANCES_DEFAULT_PAGE_SIZE = 10;

export interface DescribeInstancesRequest {
  RegionId: string;
  /** A JSON array on the wire; an empty array matches no instance. */
  InstanceIds?: readonly string[];
  ImageId?: string;
  Status?: InstanceStatus;
  /** `*` is a wildcard (the reference: fuzzy search with the asterisk). */
  InstanceName?: string;
  InstanceType?: string;
  ZoneId?: string;
  ResourceGroupId?: string;
  InstanceChargeType?: (typeof INSTANCE_CHARGE_TYPES)[number];
  InstanceNetworkType?: (typeof INSTANCE_NETWORK_TYPES)[number];
  Tag?: readonly TagPair[];
  PageNumber?: number;
  PageSize?: number;
  MaxResults?: number;
  NextToken?: string;
  DryRun?: boolean;
}

export interface InstanceLock {
  LockReason: string;
  LockMsg: string;
}

export interface EcsInstance {
  InstanceId: string;
  InstanceName: string;
  Description: string;
  HostName: string;
  /** The image the instance runs (its system disk was created from). */
  ImageId: string;
  RegionId: string;
  ZoneId: string;
  Status: string;
  InstanceType: string;
  InstanceTypeFamily: string;
  Cpu: number;
  /** MiB. */
  Memory: number;
  OSName: string;
  OSNameEn: string;
  OSType: string;
  CreationTime: string;
  StartTime: string;
  ExpiredTime: string;
  InstanceChargeType: string;
  InternetChargeType: string;
  InstanceNetworkType: string;
  IoOptimized: boolean;
  ResourceGroupId: string;
  SerialNumber: string;
  DeletionProtection: boolean;
  VpcAttributes: {
    VpcId: string;
    VSwitchId: string;
    NatIpAddress: string;
    PrivateIpAddress: { IpAddress: string[] };
  };
  PublicIpAddress: { IpAddress: string[] };
  SecurityGroupIds: { SecurityGroupId: string[] };
  OperationLocks: { LockReason: InstanceLock[] };
  Tags: { Tag: ImageTag[] };
}

export interface DescribeInstancesResponse extends PagedAnswer {
  Instances: { Instance: EcsInstance[] };
}

export function normalizeInstance(raw: unknown): EcsInstance {
  const o = asObject(raw);
  const vpc = asObject(o.VpcAttributes);
  return {
    InstanceId: text(o.InstanceId),
    InstanceName: text(o.InstanceName),
    Description: text(o.Description),
    HostName: text(o.HostName),
    ImageId: text(o.ImageId),
    RegionId: sharedText(o.RegionId),
    ZoneId: sharedText(o.ZoneId),
    Status: sharedText(o.Status),
    InstanceType: sharedText(o.InstanceType),
    InstanceTypeFamily: sharedText(o.InstanceTypeFamily),
    Cpu: num(o.Cpu),
    Memory: num(o.Memory),
    OSName: sharedText(o.OSName),
    OSNameEn: sharedText(o.OSNameEn),
    OSType: sharedText(o.OSType),
    CreationTime: text(o.CreationTime),
    StartTime: text(o.StartTime),
    ExpiredTime: text(o.ExpiredTime),
    InstanceChargeType: sharedText(o.InstanceChargeType),
    InternetChargeType: sharedText(o.InternetChargeType),
    InstanceNetworkType: sharedText(o.InstanceNetworkType),
    IoOptimized: bool(o.IoOptimized),
    ResourceGroupId: sharedText(o.ResourceGroupId),
    SerialNumber: text(o.SerialNumber),
    DeletionProtection: bool(o.DeletionProtection),
    VpcAttributes: {
      VpcId: sharedText(vpc.VpcId),
      VSwitchId: sharedText(vpc.VSwitchId),
      NatIpAddress: text(vpc.NatIpAddress),
      PrivateIpAddress: { IpAddress: wrappedTexts(vpc.PrivateIpAddress, 'IpAddress') },
    },
    PublicIpAddress: { IpAddress: wrappedTexts(o.PublicIpAddress, 'IpAddress') },
    SecurityGroupIds: { SecurityGroupId: wrappedTexts(o.SecurityGroupIds, 'SecurityGroupId') },
    OperationLocks: {
      LockReason: wrapped(o.OperationLocks, 'LockReason').map((l) => {
        const lock = asObject(l);
        return { LockReason: sharedText(lock.LockReason), LockMsg: text(lock.LockMsg) };
      }),
    },
    Tags: { Tag: wrapped(o.Tags, 'Tag').map(normalizeTag) },
  };
}

export function normalizeDescribeInstancesResponse(raw: unknown): DescribeInstancesResponse {
  const o = asObject(raw);
  return {
    ...readPagedAnswer(o),
    Instances: { Instance: wrapped(o.Instances, 'Instance').map(normalizeInstance) },
  };
}

const invalid = apiErrors.invalidParameter;

export const DESCRIBE_INSTANCES: ApiAction<DescribeInstancesRequest, DescribeInstancesResponse> =
  defineAction({
    name: 'DescribeInstances',
    params: [
      regionIdParam('The region of the instances.'),
      {
        name: 'InstanceIds',
        kind: 'json-array',
        item: RESOURCE_ID_PATTERN,
        maxItems: MAX_INSTANCE_IDS,
        label: 'Instance IDs',
        help: 'A JSON array of up to 100 instance IDs, such as ["i-bp67acfmxazb4p****"].',
        invalid: () => apiErrors.instanceIdsMalformed(),
      },
      {
        name: 'ImageId',
        kind: 'string',
        maxLength: TEXT_MAX,
        label: 'Image ID',
        help: 'Only instances that run this image.',
        invalid,
      },
      {
        name: 'Status',
        kind: 'enum',
        values: INSTANCE_STATUSES,
        label: 'Status',
        help: 'Pending, Running, Starting, Stopping or Stopped.',
        invalid: () => apiErrors.statusNotFound(),
      },
      {
        name: 'InstanceName',
        kind: 'string',
        maxLength: 128,
        label: 'Name',
        help: 'The instance name; * is a wildcard.',
        invalid,
      },
      {
        name: 'InstanceType',
        kind: 'string',
        maxLength: 64,
        label: 'Instance type',
        help: 'The instance type, such as ecs.g7.large.',
        invalid,
      },
      {
        name: 'ZoneId',
        kind: 'string',
        maxLength: 64,
        label: 'Zone',
        help: 'The zone, such as cn-hangzhou-g.',
        invalid,
      },
      {
        name: 'ResourceGroupId',
        kind: 'string',
        maxLength: 64,
        label: 'Resource group',
        help: 'The resource group of the instances.',
        invalid,
      },
      {
        name: 'InstanceChargeType',
        kind: 'enum',
        values: INSTANCE_CHARGE_TYPES,
        label: 'Billing',
        help: 'PostPaid: pay-as-you-go; PrePaid: subscription.',
        invalid: () => apiErrors.instanceChargeType(),
      },
      {
        name: 'InstanceNetworkType',
        kind: 'enum',
        values: INSTANCE_NETWORK_TYPES,
        label: 'Network type',
        help: 'vpc or classic.',
        invalid: () => apiErrors.instanceNetworkType(),
      },
      {
        ...PAGE_NUMBER_PARAM,
        deprecated: true,
        help: 'Pages start at 1. Deprecated by the service: page with MaxResults and NextToken.',
      },
      {
        ...pageSizeParam(INSTANCES_PAGE_SIZE_MAX, INSTANCES_DEFAULT_PAGE_SIZE),
        deprecated: true,
      },
      {
        name: 'MaxResults',
        kind: 'integer',
        min: MAX_RESULTS_MIN,
        max: MAX_RESULTS_MAX,
        default: MAX_RESULTS_MIN,
        clamp: true,
        label: 'Results per page',
        help: 'Entries per page when paging with NextToken: 10 to 100 (other values are moved into that range).',
        invalid: () => apiErrors.maxResults(),
      },
      NEXT_TOKEN_PARAM,
      DRY_RUN_PARAM,
    ],
    tags: { max: 20 },
    normalizeResponse: normalizeDescribeInstancesResponse,
  });
