import type { EcsImage } from '../../ecs/image-types';

export function imageRowKey(regionId: string, imageId: string): string {
  return `${regionId}/${imageId}`;
}

/**
 * One image as a table row. Public image IDs repeat across regions, so a row is identified by
 * `RegionId/ImageId` (docs/ecs-api-notes.md §5.4), never by the image ID alone. A class rather than a
 * plain object so react-query's structural sharing compares rows by identity instead of walking
 * every image.
 */
export class ImageRow {
  readonly key: string;
  readonly regionId: string;
  readonly image: EcsImage;

  constructor(regionId: string, image: EcsImage) {
    this.key = imageRowKey(regionId, image.ImageId);
    this.regionId = regionId;
    this.image = image;
  }
}
