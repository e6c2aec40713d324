// Every react-query key of the page, from these factories only, so a key is written once and what
// an invalidation reaches can be read here. Keys nest: a source's pages sit under the source, every
// list query under `imageKeys.lists()`, every call of an action under `actionKeys.all(action)`.

import {
  canonicalRequestKey as actionRequestKey,
  type ApiAction,
  type RequestOf,
} from '../../ecs/api-action';
import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { canonicalRequestKey } from '../../ecs/describe-images-wire';
import type { RegionLanguage } from '../../ecs/regions';
import type { ImageRef } from '../view-state/view-state';

export const imageKeys = {
  /** Every DescribeImages list query, sources and pages: what Reload fetches again. */
  lists: () => ['DescribeImages'] as const,
  /**
   * All pages of one call sequence, as one account (of the accounts file; '' without one). Keyed
   * by the canonical request without its page number, so equal filters share the entry whichever
   * view asked.
   */
  source: (request: DescribeImagesRequest, account?: string) =>
    [
      ...imageKeys.lists(),
      account ?? '',
      canonicalRequestKey({ ...request, PageNumber: undefined }),
    ] as const,
  /** The pages of one source, each its own query. */
  pages: (request: DescribeImagesRequest, account?: string) =>
    [...imageKeys.source(request, account), 'page'] as const,
  page: (request: DescribeImagesRequest, pageNumber: number, account?: string) =>
    [...imageKeys.pages(request, account), pageNumber] as const,
  /** One image looked up for a deep link; not a list, so Reload leaves it alone. */
  lookup: (ref: ImageRef) => ['ImageLookup', ref.account ?? '', ref.regionId, ref.imageId] as const,
};

export const sessionKeys = {
  /** Which account and signature the proxy uses. */
  session: () => ['session'] as const,
  /** DescribeRegions: the regions to pick from, named in one language (as the default account). */
  regions: (language: RegionLanguage, account: string | null) =>
    ['DescribeRegions', language, account ?? ''] as const,
};

export const statusKeys = {
  /** What the proxy is doing for the calls under way (GET /api/status), polled while they are. */
  proxy: () => ['proxy-status'] as const,
};

/** Calls of any action of the registry (src/ecs/api-actions.ts) other than DescribeImages' lists. */
export const actionKeys = {
  /** Every query of one action. */
  all: (action: ApiAction) => [action.name] as const,
  /**
   * One call, keyed by its canonical parameters (equal requests share the entry however spelled)
   * and the account it is made as ('' without an accounts file).
   */
  call: <A extends ApiAction>(action: A, request: RequestOf<A>, account?: string) =>
    [...actionKeys.all(action), account ?? '', actionRequestKey(action, request)] as const,
  /** Every page of a call that pages by NextToken, fetched as one query. */
  everyPage: <A extends ApiAction>(action: A, request: RequestOf<A>, account?: string) =>
    [...actionKeys.call(action, request, account), 'every-page'] as const,
};
