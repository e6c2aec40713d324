// The fan-out: where the API takes one value and people want several (RegionId, ImageOwnerAlias),
// one call per region × owner (DESIGN.md, "The shareable URL").

import type { DescribeImagesRequest, ImageOwnerAlias } from '../../ecs/describe-images-params';
import { PAGE_SIZE_MAX, withStatusForUsable } from '../../ecs/describe-images-params';
import type { ViewState } from './view-state';

/** Every call asks for the largest page, so a catalog takes as few round trips as possible. */
export const FETCH_PAGE_SIZE = PAGE_SIZE_MAX;

/** One DescribeImages call sequence (all of its pages): a region and an owner. */
export interface ImageSource {
  /** `cn-hangzhou/self`, or `cn-hangzhou/default` for the API's default owners. */
  key: string;
  regionId: string;
  /** undefined: the API default (system, self and others). */
  owner: ImageOwnerAlias | undefined;
  /** The request for page 1; other pages only change PageNumber. */
  request: DescribeImagesRequest;
}

export function planImageSources(state: ViewState, defaultRegionId: string): ImageSource[] {
  const regions = state.regions.length ? state.regions : [defaultRegionId];
  const owners: (ImageOwnerAlias | undefined)[] = state.owners.length ? [...state.owners] : [undefined];
  const { IsPublic, ImageOwnerId, ...common } = state.filters;
  return regions.flatMap((regionId) =>
    owners.map((owner) => {
      // IsPublic and ImageOwnerId are only valid on the `others` call (ecs-api-notes §1).
      const othersOnly = owner === 'others' ? { IsPublic, ImageOwnerId } : {};
      const request: DescribeImagesRequest = { RegionId: regionId, ...common, PageSize: FETCH_PAGE_SIZE };
      if (owner) request.ImageOwnerAlias = owner;
      for (const [name, value] of Object.entries(othersOnly)) {
        if (value !== undefined) Object.assign(request, { [name]: value });
      }
      // The Status chip's default (Available) is sent where the API has none (with Usable).
      return {
        key: `${regionId}/${owner ?? 'default'}`,
        regionId,
        owner,
        request: withStatusForUsable(request),
      };
    }),
  );
}
