// DescribeImageSharePermission (API 2014-05-26): whom one of your custom images is shared with
// (docs/ecs-api-notes.md §12). Parameters, answer types and reader from the ECS SDK 7.x model
// (DescribeImageSharePermissionRequest/ResponseBody) and the reference's error table.
//
// The answer lists accounts (`AliyunId`, a string, and since newer versions `SharedTime`) and
// share groups; the one documented group is `all`, which marks an image published as a community
// image. The API has no organisation shares: ModifyImageSharePermission's `LaunchPermission` is "in
// invitational preview and not available", and nothing of it shows in this answer.

import { defineAction, type ApiAction } from './api-action';
import { apiErrors } from './api-errors';
import { PAGE_NUMBER_PARAM, pageSizeParam, regionIdParam, TEXT_MAX } from './api-params';
import { asObject, num, sharedText, text, wrapped } from './lenient-json';

export const SHARE_PAGE_SIZE_MAX = 100;
export const SHARE_DEFAULT_PAGE_SIZE = 10;
/** The share group of an image published as a community image. */
export const COMMUNITY_SHARE_GROUP = 'all';

export interface DescribeImageSharePermissionRequest {
  RegionId: string;
  ImageId: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface SharedAccount {
  /** The account ID, as text. */
  AliyunId: string;
  /** When the image was shared with it, `yyyy-MM-ddTHH:mm:ssZ` (UTC). */
  SharedTime: string;
}

export interface DescribeImageSharePermissionResponse {
  RequestId: string;
  RegionId: string;
  ImageId: string;
  /** The number of accounts the image is shared with; pages cover Accounts. */
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  ShareGroups: { ShareGroup: { Group: string }[] };
  Accounts: { Account: SharedAccount[] };
}

export function normalizeDescribeImageSharePermissionResponse(
  raw: unknown,
): DescribeImageSharePermissionResponse {
  const o = asObject(raw);
  return {
    RequestId: text(o.RequestId),
    RegionId: text(o.RegionId),
    ImageId: text(o.ImageId),
    TotalCount: num(o.TotalCount),
    PageNumber: num(o.PageNumber),
    PageSize: num(o.PageSize),
    ShareGroups: {
      ShareGroup: wrapped(o.ShareGroups, 'ShareGroup').map((g) => ({ Group: sharedText(asObject(g).Group) })),
    },
    Accounts: {
      Account: wrapped(o.Accounts, 'Account').map((a) => {
        const account = asObject(a);
        return { AliyunId: text(account.AliyunId), SharedTime: text(account.SharedTime) };
      }),
    },
  };
}

export const DESCRIBE_IMAGE_SHARE_PERMISSION: ApiAction<
  DescribeImageSharePermissionRequest,
  DescribeImageSharePermissionResponse
> = defineAction({
  name: 'DescribeImageSharePermission',
  params: [
    regionIdParam('The region of the image.'),
    {
      name: 'ImageId',
      kind: 'string',
      maxLength: TEXT_MAX,
      label: 'Image ID',
      help: 'One of your custom images, such as m-bp1caf3yicx5jlfl****.',
      required: true,
      invalid: apiErrors.invalidParameter,
    },
    PAGE_NUMBER_PARAM,
    pageSizeParam(SHARE_PAGE_SIZE_MAX, SHARE_DEFAULT_PAGE_SIZE),
  ],
  normalizeResponse: normalizeDescribeImageSharePermissionResponse,
});
