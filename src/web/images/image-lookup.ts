// Finding one image for a deep link (`image=<RegionId>/<ImageId>`) that is not among the loaded
// rows: ask its region for that ID in every status, first with the API's default owners, then the
// owners the default leaves out (marketplace; community needs others + IsPublic).

import { ALL_STATUSES, type DescribeImagesRequest } from '../../ecs/describe-images-params';
import type { ImageRef } from '../view-state/view-state';

export function imageLookupRequests(ref: ImageRef): DescribeImagesRequest[] {
  const base: DescribeImagesRequest = {
    RegionId: ref.regionId,
    ImageId: ref.imageId,
    Status: [ALL_STATUSES],
  };
  return [
    base,
    { ...base, ImageOwnerAlias: 'marketplace' },
    { ...base, ImageOwnerAlias: 'others', IsPublic: true },
  ];
}
