// react-query options for DescribeImages (the fetcher / queryOptions / hook trio of
// bulletproof-react). Every page is its own query, keyed by canonical API parameters (query-keys.ts),
// so equal filters share cache entries and a retry refetches only what failed. A source (one
// region × owner) is one query over all its pages (all-pages-query.ts).

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { ConcurrencyLimiter } from '../../ecs/concurrency-limiter';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import { ImageRow } from '../columns/image-row';
import type { ImageSource } from '../view-state/image-sources';
import type { ImageRef } from '../view-state/view-state';
import { allPagesQueryFn } from './all-pages-query';
import { EcsRequestError, fetchDescribeImages } from './ecs-api';
import { imageLookupRequests } from './image-lookup';
import { loadControlOf } from './load-control';
import { pagesFor } from './load-plan';
import type { PageBatch } from './page-stream';
import { imageKeys } from './query-keys';

/** Page requests in flight across all sources (docs/frontend-notes.md §6: C = 3–4 fits browser and service). */
export const PAGE_CONCURRENCY = 4;
/** The browser's one limit on ECS requests in flight, shared with related-queries.ts. */
export const pageLimit = new ConcurrencyLimiter(PAGE_CONCURRENCY);
const BATCH_MS = 150;
/** Image answers stay fresh for five minutes; nothing refetches them behind people's backs. */
const STALE_MS = 5 * 60_000;

/** Tries after the first when the proxy could not be reached: a restart or a dropped connection. */
const NETWORK_RETRIES = 2;

/**
 * The browser retries only its own network failures — the proxy unreachable — never an answer the
 * proxy gave: the proxy is the one retry layer, with backoff and a retry budget per account and
 * region (docs/ARCHITECTURE.md "Proxy ⇄ ECS"), and its answer, error or not, is final here.
 */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  return (
    failureCount < NETWORK_RETRIES &&
    error instanceof EcsRequestError &&
    error.origin === 'browser' &&
    error.code === 'NetworkError'
  );
}

/** 300 ms, then 600 ms: a restarting proxy is back soon, and an error should show within a second. */
export function networkRetryDelay(failureCount: number): number {
  return 300 * 2 ** failureCount;
}

export function describeImagesPageQueryOptions(
  request: DescribeImagesRequest,
  pageNumber: number,
  account?: string,
) {
  return queryOptions({
    queryKey: imageKeys.page(request, pageNumber, account),
    queryFn: ({ signal, client, queryKey }) => {
      // A page that was loaded before is only fetched again on reload: skip the proxy's cache too.
      const fresh = (client.getQueryState(queryKey)?.dataUpdatedAt ?? 0) > 0;
      return fetchDescribeImages(
        { ...request, PageNumber: pageNumber },
        { signal, fresh, limiter: pageLimit, account },
      );
    },
    staleTime: STALE_MS,
    retry: shouldRetryRequest,
    retryDelay: networkRetryDelay,
    // Pages are replaced whole; deep comparison of 100 images per page buys nothing.
    structuralSharing: false,
  });
}

/** All pages of one source loaded so far, by page number (1-based, sparse while loading). */
export interface SourcePages {
  totalCount: number;
  pages: readonly (DescribeImagesResponse | undefined)[];
}

const EMPTY_SOURCE: SourcePages = { totalCount: 0, pages: [] };

/** Adds a batch; a page replaces the one with the same number, so a retry never duplicates rows. */
export function addPages(previous: SourcePages, batch: PageBatch<DescribeImagesResponse>): SourcePages {
  const pages = [...previous.pages];
  let totalCount = previous.totalCount;
  for (const [number, page] of batch) {
    pages[number - 1] = page;
    if (number === 1) totalCount = page.TotalCount;
  }
  // A fresh page 1 may report fewer images than before: drop pages past the new end.
  pages.length = Math.min(pages.length, pagesFor(totalCount));
  return { totalCount, pages };
}

/**
 * The pages of one source the view's load plan allows (allPagesQueryFn, load-control.ts): its first
 * page shows as soon as it arrives.
 */
export function imageSourceQueryOptions(source: ImageSource, client: QueryClient) {
  return queryOptions({
    queryKey: imageKeys.source(source.request, source.account),
    queryFn: allPagesQueryFn({
      client,
      pageQuery: (n) => describeImagesPageQueryOptions(source.request, n, source.account),
      pagesKey: imageKeys.pages(source.request, source.account),
      pagesToLoad: (_first, signal) => loadControlOf(client).allowance(source, signal),
      // One source alone may fill every place; several share them a window each.
      window: PAGE_CONCURRENCY,
      reduce: addPages,
      initial: EMPTY_SOURCE,
      batchMs: BATCH_MS,
    }),
    staleTime: STALE_MS,
    // A failed source waits for the person to press Retry: the proxy has retried already.
    retry: false,
    structuralSharing: false,
  });
}

/**
 * The image of a deep link when it is not among the loaded rows: one DescribeImages call after
 * another (imageLookupRequests) until one finds it. `null` when none does.
 */
export function imageLookupQueryOptions(ref: ImageRef) {
  return queryOptions({
    queryKey: imageKeys.lookup(ref),
    queryFn: async ({ signal }): Promise<ImageRow | null> => {
      for (const request of imageLookupRequests(ref)) {
        const answer = await fetchDescribeImages(request, { signal, account: ref.account });
        const image = answer.Images.Image.find((i) => i.ImageId === ref.imageId);
        if (image) return new ImageRow(ref.regionId, image, ref.account);
      }
      return null;
    },
    staleTime: STALE_MS,
    retry: false,
  });
}
