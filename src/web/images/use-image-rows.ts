// The page's data, from the view to the rows in the table, in one place:
//
//   view ─ planImageSources ─→ one call sequence per account × region × owner
//        ─ useImageCatalog ──→ every page of every call, merged into rows, with progress and errors
//        ─ useThrottledRows ─→ the loaded rows, refreshed at a pace their number allows
//        ─ sortRows ─────────→ in the view's sort (rank-based, sort-rows.ts)
//        ─ searchRows ───────→ matching the quick search: the rows the table shows.
//
// Ahead of the first keystroke or header click, idle time builds every row's search text and, once
// every page is in, the sort ranks of the visible columns (about 100 ms each at 100,000 rows, in
// small steps).

import { useCallback, useMemo } from 'react';
import type { ImageColumnId } from '../columns/image-columns';
import { imageColumn } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { planImageSources, type ImageSource } from '../view-state/image-sources';
import { listQueryString } from '../view-state/url-codec';
import type { ViewState } from '../view-state/view-state';
import { visibleColumnIds } from '../view-state/visible-columns';
import type { RowCounts } from './row-counts';
import { searchIndexInSteps, searchRows } from './search-rows';
import { useDefaultAccount, useDefaultRegion } from './session-queries';
import { rankColumnInSteps, sortRows } from './sort-rows';
import { useImageCatalog, type ImageCatalog } from './use-image-catalog';
import { useIdleWork } from './use-idle-work';
import { useThrottledRows } from './use-throttled-rows';

const NO_SOURCES: readonly ImageSource[] = [];

export interface ImageRows {
  /** The region a view without regions shows; undefined until the session says which. */
  defaultRegionId: string | undefined;
  /** The calls the view makes. */
  sources: readonly ImageSource[];
  /** Each call's progress and error, every row loaded so far, and the totals. */
  catalog: ImageCatalog;
  /** The loaded rows as shown: while pages stream in, refreshed every so often. */
  loaded: readonly ImageRow[];
  /** The rows the table shows: loaded, sorted and searched. */
  displayed: readonly ImageRow[];
  counts: RowCounts;
  /** The columns the table shows; the same array while the choice is unchanged. */
  columnIds: readonly ImageColumnId[];
  /** Changes when the list is a new one (other calls, sort or search), not when rows arrive. */
  listKey: string;
}

/**
 * Everything the page shows of its data. The view must come from the URL store, which keeps the
 * identity of its unchanged parts: the calls are planned again only when regions, owners or
 * filters change, so sorting or searching never refetches.
 */
export function useImageRows(view: ViewState): ImageRows {
  const defaultRegionId = useDefaultRegion();
  const defaultAccount = useDefaultAccount();
  const { accounts, regions, owners, filters, columns, sort, q } = view;
  // A view that names its regions (and accounts) is fetched at once, without waiting for the session.
  const regionIfNone = regions.length ? undefined : defaultRegionId;
  const accountIfNone = accounts.length ? null : defaultAccount;
  const sources = useMemo(
    () =>
      // Whether calls name an account is known once the session is.
      accountIfNone === undefined
        ? NO_SOURCES
        : planImageSources({ accounts, regions, owners, filters }, regionIfNone, accountIfNone),
    [accounts, regions, owners, filters, regionIfNone, accountIfNone],
  );
  const catalog = useImageCatalog(sources);
  const loaded = useThrottledRows(catalog.rows, catalog.complete, sources);

  const columnIds = useMemo(
    () => visibleColumnIds({ columns, regions, accounts }),
    [columns, regions, accounts],
  );
  const { complete } = catalog;
  const prepare = useCallback(
    function* () {
      yield* searchIndexInSteps(loaded);
      if (!complete) return;
      for (const id of columnIds) yield* rankColumnInSteps(loaded, imageColumn(id));
    },
    [loaded, complete, columnIds],
  );
  useIdleWork(prepare);

  const sorted = useMemo(() => sortRows(loaded, sort), [loaded, sort]);
  const displayed = useMemo(() => searchRows(sorted, q), [sorted, q]);
  const counts: RowCounts = {
    loaded: loaded.length,
    displayed: displayed.length,
    totalCount: catalog.totalCount,
    complete,
    sorted: sort.length > 0,
    searched: q.trim() !== '',
  };
  return {
    defaultRegionId,
    sources,
    catalog,
    loaded,
    displayed,
    counts,
    columnIds,
    listKey: listQueryString(view),
  };
}
