// The page's data, from the view to the rows in the table, in one place:
//
//   view ─ planImageSources ─→ one call sequence per account × region × owner
//        ─ useImageCatalog ──→ every page of every call, merged into rows, with progress and errors
//        ─ useThrottledRows ─→ the loaded rows, refreshed at a pace their number allows
//        ─ sortRows ─────────→ in the view's sort, or newest first for a merged view (sort-rows.ts)
//        ─ searchRows ───────→ matching the quick search (search-query.ts): the rows the table shows,
//        ─ familyViewRows ───→ or, in the family view, one line per family × region.
//
// The families (columns/image-families.ts, loaded on demand by use-families.ts) are worked out once
// no more rows are on their way — or at once in the family view, which needs them — so the
// newer-version badges cost nothing while pages stream in.
//
// Ahead of the first keystroke or header click, idle time builds every row's search text and, once
// every page is in, the sort ranks of the visible columns (about 100 ms each at 100,000 rows, in
// small steps).

import { useCallback, useMemo } from 'react';
import type { ImageColumnId } from '../columns/image-columns';
import { imageColumn } from '../columns/image-columns';
import type { FamilyIndex, FamilyView } from '../columns/image-families';
import type { ImageRow } from '../columns/image-row';
import { planImageSources, type ImageSource } from '../view-state/image-sources';
import { listQueryString } from '../view-state/url-codec';
import { effectiveSort } from '../view-state/view-edits';
import type { SortSpec, ViewState } from '../view-state/view-state';
import { visibleColumnIds } from '../view-state/visible-columns';
import { coverageOf, type RowCounts } from './row-counts';
import { useSearchLanguage, type SearchLanguage } from './search-language';
import type { SearchQuery } from './search-query';
import { searchIndexInSteps } from './search-text';
import { useDefaultAccount, useDefaultRegion } from './session-queries';
import { rankColumnInSteps, sortRows } from './sort-rows';
import { useImageCatalog, type ImageCatalog } from './use-image-catalog';
import { useIdleWork } from './use-idle-work';
import { useFamilies } from './use-families';
import { useThrottledRows } from './use-throttled-rows';

const NO_FAMILIES: ReadonlySet<string> = new Set();
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
  /** The rows the table shows: loaded, sorted and searched (in the family view, its lines). */
  displayed: readonly ImageRow[];
  /** The loaded rows' families; undefined until every page is in, unless the family view needs them. */
  families: FamilyIndex | undefined;
  /** The family view's lines; undefined outside it. */
  familyView: FamilyView | undefined;
  /** The sort the rows are in: the link's, or the default sort of a view that names none. */
  sort: readonly SortSpec[];
  /**
   * The quick search as read by the search language, with the terms it could not use; undefined
   * while the language loads (the rows show unsearched meanwhile).
   */
  search: SearchQuery | undefined;
  /** The search language, once loaded. */
  searchLanguage: SearchLanguage | undefined;
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
export function useImageRows(
  view: ViewState,
  preferredColumns: readonly ImageColumnId[] | null,
  /** The families whose other versions the family view shows, by `RegionId/ImageFamily`. */
  expandedFamilies: ReadonlySet<string> = NO_FAMILIES,
): ImageRows {
  const defaultRegionId = useDefaultRegion();
  const defaultAccount = useDefaultAccount();
  const { accounts, regions, owners, filters, columns, q, group } = view;
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
  // Settled: no more rows are on their way (all in, or the rest waits for a person).
  const loaded = useThrottledRows(catalog.rows, catalog.settled, sources);

  const columnIds = useMemo(
    () => visibleColumnIds({ columns, regions, accounts, group }, preferredColumns),
    [columns, regions, accounts, group, preferredColumns],
  );
  const { settled } = catalog;
  const prepare = useCallback(
    function* () {
      yield* searchIndexInSteps(loaded);
      if (!settled) return;
      for (const id of columnIds) yield* rankColumnInSteps(loaded, imageColumn(id));
    },
    [loaded, settled, columnIds],
  );
  useIdleWork(prepare);

  // The view keeps the identity of its unchanged parts, and so does the default sort.
  const sort = view.sort.length ? view.sort : effectiveSort(view);
  const sorted = useMemo(() => sortRows(loaded, sort), [loaded, sort]);
  const searching = q.trim() !== '';
  const language = useSearchLanguage(searching);
  const search = useMemo(() => (searching ? language?.parse(q) : undefined), [language, searching, q]);
  const searched = useMemo(
    () => (language && search ? language.search(sorted, search) : sorted),
    [language, sorted, search],
  );
  const grouped = group === 'family';
  const { families, familyView } = useFamilies(loaded, searched, {
    settled,
    grouped,
    expanded: expandedFamilies,
  });
  const displayed = familyView?.rows ?? searched;
  const counts: RowCounts = {
    loaded: loaded.length,
    displayed: displayed.length,
    grouped,
    totalCount: catalog.totalCount,
    coverage: coverageOf(catalog.sources.map((s) => s.state)),
    sorted: sort.length > 0,
    searched: searching,
  };
  return {
    defaultRegionId,
    sources,
    catalog,
    loaded,
    displayed,
    families,
    familyView,
    sort,
    search,
    searchLanguage: language,
    counts,
    columnIds,
    listKey: listQueryString(view),
  };
}
