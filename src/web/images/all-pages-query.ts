// A query whose data is every page of a paged call, shown while the pages arrive. It is built on
// react-query's streamedQuery, and this is the one place that knows how; the contract:
//
// - Each page is a query of its own (`pageQuery(n)`): cached, retried and refetched by itself, so a
//   retry asks again only for what failed.
// - Page 1 first; `pagesToLoad(page 1)` says how many pages to load (all, or fewer for a large view
//   — load-control.ts). They are asked for a window at a time (the page query's fetcher bounds how
//   many are in flight) and handed over in batches: `data` is `reduce(previous data, batch)`,
//   starting from `initial`.
// - Cancelling this query — Stop, or the view moved on and its observer is gone — cancels its page
//   queries: running ones are aborted, queued ones are never sent. The pages that arrived stay.
// - A refetch (Retry, Resume, Reload) updates the data in place: what was shown stays on screen,
//   and pages still fresh in their own queries come from there without a request.
// - It fails with the first page that failed, keeping the pages that arrived, and asks for nothing
//   more.

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
  /** How many pages to load, page 1 included, decided from page 1 (it may wait). */
  pagesToLoad: (first: TPage, signal: AbortSignal) => number | Promise<number>;
  /** Pages asked for at once. */
  window: number;
  reduce: (previous: TData, batch: PageBatch<TPage>) => TData;
  initial: TData;
  /** Pages that arrive within this window are handed over together. */
  batchMs: number;
}

export function allPagesQueryFn<TPage, TError, TData, TPageKey extends QueryKey>(
  options: AllPagesOptions<TPage, TError, TData, TPageKey>,
): QueryFunction<TData> {
  const { client, pageQuery, pagesKey, pagesToLoad, window, reduce, initial, batchMs } = options;
  return streamedQuery({
    streamFn: ({ signal }) => {
      signal.addEventListener('abort', () => void client.cancelQueries({ queryKey: pagesKey }));
      return streamPages({
        fetchPage: (n) => client.fetchQuery(pageQuery(n)),
        pagesToLoad: (first) => pagesToLoad(first, signal),
        window,
        batchMs,
        signal,
      });
    },
    refetchMode: 'append',
    reducer: reduce,
    initialValue: initial,
  });
}
