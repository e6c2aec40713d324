import type { EcsImage } from '../../ecs/image-types';

/**
 * One image as a table row. Public image IDs repeat across regions, so a row is identified by
 * `RegionId/ImageId` (ecs-api-notes §5.4), never by the image ID alone.
 */
export interface ImageRow {
  key: string;
  regionId: string;
  image: EcsImage;
}

export function imageRowKey(regionId: string, imageId: string): string {
  return `${regionId}/${imageId}`;
}

export function toImageRow(regionId: string, image: EcsImage): ImageRow {
  return { key: imageRowKey(regionId, image.ImageId), regionId, image };
}
