import { useQuery } from '@tanstack/react-query';
import { fetchDescribeImages } from '../images/describe-images-api';
import { ImageRow } from '../images/image-row';
import type { ImageRef } from '../view-state/view-state';
import { imageLookupRequests } from './image-lookup';

/**
 * The image of a deep link when it is not among the loaded rows: one DescribeImages call after
 * another (imageLookupRequests) until one finds it. `null` when none does.
 */
export function useImageLookup(ref: ImageRef | null, enabled: boolean) {
  return useQuery({
    queryKey: ['ImageLookup', ref?.regionId, ref?.imageId],
    enabled: enabled && ref !== null,
    staleTime: 5 * 60_000,
    retry: false,
    queryFn: async ({ signal }): Promise<ImageRow | null> => {
      for (const request of imageLookupRequests(ref!)) {
        const answer = await fetchDescribeImages(request, { signal });
        const image = answer.Images.Image.find((i) => i.ImageId === ref!.imageId);
        if (image) return new ImageRow(ref!.regionId, image);
      }
      return null;
    },
  });
}
