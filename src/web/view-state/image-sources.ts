// The fan-out: where the API takes one value and people want several (RegionId, ImageOwnerAlias),
// one call per region × owner, and per account of the proxy's accounts file (`account=`) around
// them (docs/ARCHITECTURE.md "The shareable URL").

import type { DescribeImagesRequest, ImageOwnerAlias } from '../../ecs/describe-images-params';
import { PAGE_SIZE_MAX, withStatusForUsable } from '../../ecs/describe-images-params';
import type { ViewState } from './view-state';

/** Every call asks for the largest page, so a catalog takes as few round trips as possible. */
export const FETCH_PAGE_SIZE = PAGE_SIZE_MAX;

/** One DescribeImages call sequence (all of its pages): an account, a region and an owner. */
export interface ImageSource {
  /** `cn-hangzhou/self`, `cn-hangzhou/default` for the API's default owners, `prod:cn-hangzhou/self`. */
  key: string;
  /** The account of the accounts file it is made as; undefined without an accounts file. */
  account: string | undefined;
  regionId: string;
  /** undefined: the API default (system, self and others). */
  owner: ImageOwnerAlias | undefined;
  /** The request for page 1; other pages only change PageNumber. */
  request: DescribeImagesRequest;
}

/** The part of a view that decides which calls are made. */
export type ApiPart = Pick<ViewState, 'regions' | 'owners' | 'filters'> &
  Partial<Pick<ViewState, 'accounts'>>;

/**
 * The calls a view makes. A view without regions asks the session's default region; until that
 * is known (`defaultRegionId` undefined) it makes none. A view without accounts is made as the
 * session's default account (`defaultAccount`: its name with an accounts file, null without one;
 * the caller waits for the session to know which). The page and the start-up prefetch both plan
 * with this, so they ask for the same queries.
 */
export function planImageSources(
  view: ApiPart,
  defaultRegionId: string | undefined,
  defaultAccount: string | null = null,
): ImageSource[] {
  const named = view.accounts ?? [];
  const accounts: (string | undefined)[] = named.length ? [...named] : [defaultAccount ?? undefined];
  const regions = view.regions.length ? view.regions : defaultRegionId ? [defaultRegionId] : [];
  const owners: (ImageOwnerAlias | undefined)[] = view.owners.length ? [...view.owners] : [undefined];
  const { IsPublic, ImageOwnerId, ...common } = view.filters;
  return accounts.flatMap((account) =>
    regions.flatMap((regionId) => owners.map((owner) => source(account, regionId, owner))),
  );

  function source(
    account: string | undefined,
    regionId: string,
    owner: ImageOwnerAlias | undefined,
  ): ImageSource {
    // IsPublic and ImageOwnerId are only valid on the `others` call (docs/ecs-api-notes.md §1).
    const othersOnly = owner === 'others' ? { IsPublic, ImageOwnerId } : {};
    const request: DescribeImagesRequest = { RegionId: regionId, ...common, PageSize: FETCH_PAGE_SIZE };
    if (owner) request.ImageOwnerAlias = owner;
    for (const [name, value] of Object.entries(othersOnly)) {
      if (value !== undefined) Object.assign(request, { [name]: value });
    }
    // The Status chip's default (Available) is sent where the API has none (with Usable).
    return {
      key: `${account !== undefined ? `${account}:` : ''}${regionId}/${owner ?? 'default'}`,
      account,
      regionId,
      owner,
      request: withStatusForUsable(request),
    };
  }
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
  return `${source.account !== undefined ? `${source.account} · ` : ''}${source.regionId} · ${owner}`;
}
