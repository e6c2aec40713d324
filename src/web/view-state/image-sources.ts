// The fan-out: where the API takes one value and people want several (RegionId, ImageOwnerAlias),
// one call per region × owner (docs/ARCHITECTURE.md "The shareable URL").

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

/** The part of a view that decides which calls are made. */
export type ApiPart = Pick<ViewState, 'regions' | 'owners' | 'filters'>;

/**
 * The calls a view makes. A view without regions asks the session's default region; until that
 * is known (`defaultRegionId` undefined) it makes none. The page and the start-up prefetch both
 * plan with this, so they ask for the same queries.
 */
export function planImageSources(view: ApiPart, defaultRegionId: string | undefined): ImageSource[] {
  const regions = view.regions.length ? view.regions : defaultRegionId ? [defaultRegionId] : [];
  const owners: (ImageOwnerAlias | undefined)[] = view.owners.length ? [...view.owners] : [undefined];
  const { IsPublic, ImageOwnerId, ...common } = view.filters;
  return regions.flatMap((regionId) =>
    owners.map((owner) => {
      // IsPublic and ImageOwnerId are only valid on the `others` call (docs/ecs-api-notes.md §1).
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

/** A source in words: `cn-hangzhou · community`. */
export function sourceLabel(source: ImageSource): string {
  const owner =
    source.owner === undefined
      ? 'default owners'
      : source.owner === 'others'
        ? source.request.IsPublic
          ? 'community'
          : 'shared'
        : source.owner;
  return `${source.regionId} · ${owner}`;
}
