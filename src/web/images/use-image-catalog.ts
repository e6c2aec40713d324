// Every source of the current view, loaded and merged into one list of rows, with per-source
// progress and errors.

import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ImageSource } from '../view-state/image-sources';
import { EcsRequestError } from './ecs-api';
import type { ImageRow } from '../columns/image-row';
import { imageSourceQueryOptions, type SourcePages } from './image-queries';
import { createRowMerger, mergeSourceRows, type RowMerger } from './merge-rows';

export interface SourceStatus {
  source: ImageSource;
  /** pending: nothing yet; loading: some pages; done: all pages; error: stopped, rows kept. */
  state: 'pending' | 'loading' | 'done' | 'error';
  loaded: number;
  total: number | undefined;
  error: EcsRequestError | undefined;
  retry: () => void;
}

export interface ImageCatalog {
  rows: readonly ImageRow[];
  sources: readonly SourceStatus[];
  /** Images the filters match across all sources whose first page has arrived. */
  totalCount: number;
  /** Every page of every source is loaded. */
  complete: boolean;
  isFetching: boolean;
}

function loadedImages(data: SourcePages | undefined): number {
  return data?.pages.reduce((n, page) => n + (page?.Images.Image.length ?? 0), 0) ?? 0;
}

function toError(error: unknown): EcsRequestError | undefined {
  if (!error) return undefined;
  if (error instanceof EcsRequestError) return error;
  return new EcsRequestError(0, {
    RequestId: '',
    HostId: '',
    Code: 'UnexpectedError',
    Message: String(error),
    Recommend: '',
  });
}

const NO_PAGES: SourcePages['pages'] = [];

/**
 * A class instance rather than a plain object: react-query shares structure between combine
 * results by walking plain objects and arrays (replaceEqualDeep), which for 100,000 rows costs two
 * Object.keys and a copy of the row list on every batch of pages. It takes a class instance as
 * it is; the row list keeps its identity through the merger instead (createRowMerger).
 */
class CatalogSnapshot implements ImageCatalog {
  readonly rows: readonly ImageRow[];
  readonly sources: readonly SourceStatus[];
  readonly totalCount: number;
  readonly complete: boolean;
  readonly isFetching: boolean;

  constructor(fields: ImageCatalog) {
    this.rows = fields.rows;
    this.sources = fields.sources;
    this.totalCount = fields.totalCount;
    this.complete = fields.complete;
    this.isFetching = fields.isFetching;
  }
}

/** Pure: the catalog from the source queries' results. */
export function buildCatalog(
  sources: readonly ImageSource[],
  results: readonly UseQueryResult<SourcePages>[],
  merge: RowMerger = mergeSourceRows,
): ImageCatalog {
  const rows = merge(
    sources.map((source, i) => ({ regionId: source.regionId, pages: results[i]?.data?.pages ?? NO_PAGES })),
  );
  const statuses = sources.map((source, i): SourceStatus => {
    const result = results[i]!;
    const firstPage = result.data?.pages[0];
    const state = result.isError ? 'error' : result.isFetching ? (firstPage ? 'loading' : 'pending') : 'done';
    return {
      source,
      state,
      loaded: loadedImages(result.data),
      total: firstPage ? result.data!.totalCount : undefined,
      error: toError(result.error),
      retry: () => void result.refetch(),
    };
  });
  return new CatalogSnapshot({
    rows,
    sources: statuses,
    totalCount: statuses.reduce((n, s) => n + (s.total ?? 0), 0),
    complete: statuses.every((s) => s.state === 'done'),
    isFetching: results.some((r) => r.isFetching),
  });
}

/**
 * Loads every source of the view. `sources` must keep its identity while the view is unchanged.
 * react-query re-runs the combine only when a source's result changes; the rows keep their
 * identity until a source has a new page.
 */
export function useImageCatalog(sources: readonly ImageSource[]): ImageCatalog {
  const client = useQueryClient();
  const [merge] = useState(createRowMerger);
  const combine = useCallback(
    (results: UseQueryResult<SourcePages>[]) => buildCatalog(sources, results, merge),
    [sources, merge],
  );
  return useQueries({ queries: sources.map((source) => imageSourceQueryOptions(source, client)), combine });
}
