// DescribeImageFromFamily (API 2014-05-26): the image a family resolves to, i.e. the newest
// Available image of the family in a region (docs/ecs-api-notes.md §10). Parameters, answer types
// and reader from the ECS SDK 7.x model (DescribeImageFromFamilyRequest/ResponseBody).
//
// Which images take part is uncertain: the SDK model (and the current request-parameter text) says
// "custom images, public images, community images, and shared images all support image families",
// while older and some current pages of the reference say the action returns custom images only.
// We follow the SDK: every image the caller may use — its own, public, shared with it, community —
// except marketplace images, which no source names. "Newest" is by CreationTime.

import { defineAction, type ApiAction } from './api-action';
import { apiErrors } from './api-errors';
import { regionIdParam } from './api-params';
import type { DiskDeviceMapping, EcsImage } from './image-types';
import { asObject, text } from './lenient-json';
import { normalizeImage } from './normalize-response';

export interface DescribeImageFromFamilyRequest {
  RegionId: string;
  ImageFamily: string;
}

/** The disk fields the SDK model lists for this action (no progress, copy time or encryption). */
export type FamilyImageDisk = Pick<
  DiskDeviceMapping,
  'Device' | 'Format' | 'ImportOSSBucket' | 'ImportOSSObject' | 'Size' | 'SnapshotId' | 'Type'
>;

/** The image fields the SDK model lists, in DescribeImages' JSON types. */
export interface FamilyImage extends Pick<
  EcsImage,
  | 'Architecture'
  | 'CreationTime'
  | 'Description'
  | 'ImageFamily'
  | 'ImageId'
  | 'ImageName'
  | 'ImageOwnerAlias'
  | 'ImageVersion'
  | 'IsCopied'
  | 'IsSelfShared'
  | 'IsSubscribed'
  | 'IsSupportCloudinit'
  | 'IsSupportIoOptimized'
  | 'OSName'
  | 'OSType'
  | 'Platform'
  | 'ProductCode'
  | 'Progress'
  | 'Size'
  | 'Status'
  | 'Tags'
  | 'Usage'
> {
  DiskDeviceMappings: { DiskDeviceMapping: FamilyImageDisk[] };
}

export const FAMILY_IMAGE_FIELDS = [
  'Architecture',
  'CreationTime',
  'Description',
  'DiskDeviceMappings',
  'ImageFamily',
  'ImageId',
  'ImageName',
  'ImageOwnerAlias',
  'ImageVersion',
  'IsCopied',
  'IsSelfShared',
  'IsSubscribed',
  'IsSupportCloudinit',
  'IsSupportIoOptimized',
  'OSName',
  'OSType',
  'Platform',
  'ProductCode',
  'Progress',
  'Size',
  'Status',
  'Tags',
  'Usage',
] as const satisfies readonly (keyof FamilyImage)[];

export const FAMILY_DISK_FIELDS = [
  'Device',
  'Format',
  'ImportOSSBucket',
  'ImportOSSObject',
  'Size',
  'SnapshotId',
  'Type',
] as const satisfies readonly (keyof FamilyImageDisk)[];

export interface DescribeImageFromFamilyResponse {
  RequestId: string;
  /** Absent when the family has no Available image ("the response is empty"). */
  Image?: FamilyImage;
}

/** An image in the fields this action answers with (the emulator's answer, the reader's output). */
export function familyImageOf(image: EcsImage | FamilyImage): FamilyImage {
  const picked = Object.fromEntries(FAMILY_IMAGE_FIELDS.map((f) => [f, image[f]])) as unknown as FamilyImage;
  picked.DiskDeviceMappings = {
    DiskDeviceMapping: image.DiskDeviceMappings.DiskDeviceMapping.map(
      (d) => Object.fromEntries(FAMILY_DISK_FIELDS.map((f) => [f, d[f]])) as unknown as FamilyImageDisk,
    ),
  };
  return picked;
}

export function normalizeDescribeImageFromFamilyResponse(raw: unknown): DescribeImageFromFamilyResponse {
  const o = asObject(raw);
  const image = asObject(o.Image);
  const response: DescribeImageFromFamilyResponse = { RequestId: text(o.RequestId) };
  // An empty answer may carry `Image: {}` or no Image at all; either means "no image".
  if (text(image.ImageId) !== '') response.Image = familyImageOf(normalizeImage(image));
  return response;
}

/** Family names: the naming rule of custom families (2–128 characters) plus the `acs:` of public ones. */
export const IMAGE_FAMILY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$/;

export const DESCRIBE_IMAGE_FROM_FAMILY: ApiAction<
  DescribeImageFromFamilyRequest,
  DescribeImageFromFamilyResponse
> = defineAction({
  name: 'DescribeImageFromFamily',
  params: [
    regionIdParam('The region of the family.'),
    {
      name: 'ImageFamily',
      kind: 'string',
      label: 'Family',
      help: 'The image family, such as hangzhou-daily-update or acs:alibaba_cloud_linux_3_2104_lts_x64.',
      pattern: IMAGE_FAMILY_PATTERN,
      maxLength: 128,
      example: 'a family name such as hangzhou-daily-update',
      required: true,
      // The reference lists no error for a malformed family (uncertain).
      invalid: apiErrors.invalidParameter,
    },
  ],
  normalizeResponse: normalizeDescribeImageFromFamilyResponse,
});
