import type { EcsImage } from '../../ecs/image-types';

/** `cn-hangzhou/m-…`, or `prod:cn-hangzhou/m-…` for a row of the account `prod` (as in `image=`). */
export function imageRowKey(regionId: string, imageId: string, account?: string): string {
  return `${account !== undefined ? `${account}:` : ''}${regionId}/${imageId}`;
}

/**
 * One image as a table row. Public image IDs repeat across regions, so a row is identified by
 * `RegionId/ImageId` (docs/ecs-api-notes.md §5.4), never by the image ID alone — and by account
 * too when a view shows several (an image shared between them is listed for each). A class rather
 * than a plain object so react-query's structural sharing compares rows by identity instead of
 * walking every image.
 */
export class ImageRow {
  readonly key: string;
  readonly regionId: string;
  readonly image: EcsImage;
  /** The account of the accounts file it was listed for; undefined without one. */
  readonly account: string | undefined;

  constructor(regionId: string, image: EcsImage, account?: string) {
    this.key = imageRowKey(regionId, image.ImageId, account);
    this.regionId = regionId;
    this.image = image;
    this.account = account;
  }
}
