// A query whose data is every page of a paged call, shown while the pages arrive. It is built on
// react-query's streamedQuery, and this is the one place that knows how; the contract:
//
// - Each page is a query of its own (`pageQuery(n)`): cached, retried and refetched by itself, so a
//   retry asks again only for what failed.
// - Page 1 says how many pages there are; the others are asked for at once (the page query's
//   fetcher bounds how many are in flight) and handed over in batches: `data` is
//   `reduce(previous data, batch)`, starting from `initial`.
// - Cancelling this query — the view moved on, its observer is gone — cancels its page queries:
//   running ones are aborted, queued ones are never sent.
// - A refetch (Retry, Reload) updates the data in place: what was shown stays on screen.
// - It fails with the first page that failed, keeping the pages that arrived.

import {
  experimental_streamedQuery as streamedQuery,
  type FetchQueryOptions,
  type QueryClient,
  type QueryFunction,
  type QueryKey,
} from '@tanstack/react-query';
import { streamPages, type PageBatch } from './page-stream';

export interface AllPagesOptions<TPage, TError, TData, TPageKey extends QueryKey> {
  client: QueryClient;
  /** The query of one page; every page's key must start with `pagesKey`. */
  pageQuery: (pageNumber: number) => FetchQueryOptions<TPage, TError, TPage, TPageKey>;
  pagesKey: QueryKey;
  /** How many pages there are, read from page 1. */
  pageCount: (first: TPage) => number;
  reduce: (previous: TData, batch: PageBatch<TPage>) => TData;
  initial: TData;
  /** Pages that arrive within this window are handed over together. */
  batchMs: number;
}

export function allPagesQueryFn<TPage, TError, TData, TPageKey extends QueryKey>(
  options: AllPagesOptions<TPage, TError, TData, TPageKey>,
): QueryFunction<TData> {
  const { client, pageQuery, pagesKey, pageCount, reduce, initial, batchMs } = options;
  return streamedQuery({
    streamFn: ({ signal }) => {
      signal.addEventListener('abort', () => void client.cancelQueries({ queryKey: pagesKey }));
      return streamPages({ fetchPage: (n) => client.fetchQuery(pageQuery(n)), pageCount, batchMs });
    },
    refetchMode: 'append',
    reducer: reduce,
    initialValue: initial,
  });
}
