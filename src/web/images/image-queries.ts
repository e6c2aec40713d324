// react-query options for DescribeImages (the fetcher / queryOptions / hook trio of
// bulletproof-react). Every page is its own query, keyed by canonical API parameters, so equal
// filters share cache entries and a retry refetches only what failed. A source (one region ×
// owner) is a streamed query over its pages: its first page shows as soon as it arrives.

import {
  experimental_streamedQuery as streamedQuery,
  queryOptions,
  type QueryClient,
} from '@tanstack/react-query';
import { isRetryableError } from '../../ecs/api-errors';
import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { ConcurrencyLimiter } from '../../ecs/concurrency-limiter';
import { canonicalRequestKey } from '../../ecs/describe-images-wire';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import { FETCH_PAGE_SIZE, type ImageSource } from '../view-state/image-sources';
import { EcsRequestError, fetchDescribeImages } from './describe-images-api';
import { streamPages, type PageBatch } from './page-stream';

/** Page requests in flight across all sources (frontend-notes §6: C = 3–4 fits browser and service). */
export const PAGE_CONCURRENCY = 4;
const pageLimit = new ConcurrencyLimiter(PAGE_CONCURRENCY);
const BATCH_MS = 150;

const LOCAL_RETRYABLE = new Set(['NetworkError', 'InvalidResponse']);

/** Retry throttling, server errors and lost connections, never a request the service refused. */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false;
  if (!(error instanceof EcsRequestError)) return false;
  // status 0: the browser's own errors; a lost connection or a garbled answer may not repeat.
  return error.status === 0 ? LOCAL_RETRYABLE.has(error.code) : isRetryableError(error.status, error.code);
}

const sourceKey = (request: DescribeImagesRequest) =>
  ['DescribeImages', canonicalRequestKey({ ...request, PageNumber: undefined })] as const;

export function describeImagesPageQueryOptions(request: DescribeImagesRequest, pageNumber: number) {
  return queryOptions({
    queryKey: [...sourceKey(request), 'page', pageNumber] as const,
    queryFn: ({ signal, client, queryKey }) => {
      // A page that was loaded before is only fetched again on reload: skip the proxy's cache too.
      const fresh = (client.getQueryState(queryKey)?.dataUpdatedAt ?? 0) > 0;
      return fetchDescribeImages(
        { ...request, PageNumber: pageNumber },
        { signal, fresh, limiter: pageLimit },
      );
    },
    staleTime: 5 * 60_000,
    retry: shouldRetryRequest,
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
  pages.length = Math.min(pages.length, Math.max(1, Math.ceil(totalCount / FETCH_PAGE_SIZE)));
  return { totalCount, pages };
}

export function imageSourceQueryOptions(source: ImageSource, client: QueryClient) {
  return queryOptions({
    queryKey: sourceKey(source.request),
    queryFn: streamedQuery({
      streamFn: ({ signal }) => {
        // Stopping the source stops its queued and running pages too.
        signal.addEventListener(
          'abort',
          () => void client.cancelQueries({ queryKey: [...sourceKey(source.request), 'page'] }),
        );
        return streamPages({
          fetchPage: (n) => client.fetchQuery(describeImagesPageQueryOptions(source.request, n)),
          pageCount: (first) => Math.max(1, Math.ceil(first.TotalCount / FETCH_PAGE_SIZE)),
          batchMs: BATCH_MS,
        });
      },
      // A refetch (retry, reload) updates pages in place, so rows already shown stay on screen.
      refetchMode: 'append',
      reducer: addPages,
      initialValue: EMPTY_SOURCE,
    }),
    staleTime: 5 * 60_000,
    // Page queries already retried; a failed source waits for the person to press Retry.
    retry: false,
    structuralSharing: false,
  });
}
