// The family view's answer where the rows alone cannot tell what a family resolves to (the view's
// filters may hide its newest Available image, images/family-resolution.ts): the service is asked
// with DescribeImageFromFamily. The cell that shows it exists only while its line is on screen (and
// not while rows fly past, when cells are plain text), so only the families in view are asked, once
// each — react-query keeps the answer — never one call per row. Loaded lazily with the action's model.

import { useQuery } from '@tanstack/react-query';
import type { ImageFamily } from '../columns/image-families';
import type { ImageRow } from '../columns/image-row';
import { imageFromFamilyQueryOptions } from '../images/related-queries';

export default function FamilyConfirmation({ family, shown }: { family: ImageFamily; shown: ImageRow }) {
  const answer = useQuery(imageFromFamilyQueryOptions(family.regionId, family.name));
  if (answer.isPending)
    return (
      <span className="badge tone-grey ml-1" title="Asking DescribeImageFromFamily">
        checking…
      </span>
    );
  if (answer.isError)
    return (
      <span
        className="badge tone-amber ml-1"
        title={`DescribeImageFromFamily failed: ${String(answer.error)}`}
      >
        newest loaded
      </span>
    );
  const image = answer.data.Image;
  if (!image)
    return (
      <span
        className="badge tone-amber ml-1"
        title="DescribeImageFromFamily answers that no image of this family is Available"
      >
        no Available version
      </span>
    );
  if (image.ImageId === shown.image.ImageId)
    return (
      <span className="badge tone-green ml-1" title="Confirmed by DescribeImageFromFamily">
        resolves to
      </span>
    );
  const text = `resolves to ${image.ImageName || image.ImageId}, ${image.CreationTime.slice(0, 10)}`;
  return (
    <span
      className="badge tone-blue ml-1 min-w-0 truncate"
      title={`${text} (DescribeImageFromFamily; the view's filters leave it out)`}
    >
      {text}
    </span>
  );
}
