import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import { DEFAULT_REGION_ID } from '../../ecs/regions';
import type { DetailLookup } from '../detail/image-detail-panel';
import { useImageLookup } from '../detail/use-image-lookup';
import { CheckRequestButton, CheckRequestResults, type CheckState } from '../filters/check-request';
import { controlErrorMessages } from '../filters/error-controls';
import { FilterBar } from '../filters/filter-bar';
import { FilterChipBar } from '../filters/filter-chip-bar';
import { filterChips, isMoreFiltersControl, moreFilterCount } from '../filters/filter-chips';
import { imageColumn, type ImageColumnId } from '../images/image-columns';
import { imageRowKey, type ImageRow } from '../images/image-row';
import { useImageCatalog } from '../images/use-image-catalog';
import { SessionBanner } from '../session/session-banner';
import { useRegions, useSession } from '../session/use-session';
import { EmptyState } from '../status/empty-state';
import { IgnoredNotice } from '../status/ignored-notice';
import { LoadProgress } from '../status/load-progress';
import { SourceErrorList } from '../status/source-error-list';
import { TableSkeleton } from '../status/table-skeleton';
import { TableActionsContext, type TableActions } from '../table/cell-parts';
import { ColumnChooser } from '../table/column-chooser';
import { ImageTable } from '../table/image-table';
import type { FocusRequest } from '../table/image-table-body';
import { QuickSearch } from '../table/quick-search';
import { searchIndexInSteps, searchRows } from '../table/search-rows';
import { rankColumnInSteps, sortRows } from '../table/sort-rows';
import { ariaRowCount, coverageNote, visibleColumnIds } from '../table/table-view';
import { useThrottledRows } from '../table/use-throttled-rows';
import { useIdleWork } from '../table/use-idle-work';
import { buttonClass } from '../ui/button';
import { ThemeToggle } from '../ui/theme-toggle';
import { apiPartOf } from '../view-state/api-part';
import { planImageSources } from '../view-state/image-sources';
import { parseViewUrl } from '../view-state/url-codec';
import { addTag, withImage, withSort } from '../view-state/view-edits';
import { CopyLinkButton, ReloadButton } from './page-actions';
import { useViewUrl } from './use-view-url';

const loadMoreFilters = () => import('../filters/more-filters-panel');
const loadImageDetail = () => import('../detail/image-detail-panel');
const MoreFiltersPanel = lazy(loadMoreFilters);
const ImageDetailPanel = lazy(loadImageDetail);

export function App() {
  const { view, ignored, navigate, dismissIgnored } = useViewUrl();
  const session = useSession();
  const regions = useRegions();
  const defaultRegionId = session.data?.defaultRegion || (session.isError ? DEFAULT_REGION_ID : undefined);

  // The requests depend only on the API part of the view: sorting or searching never refetches.
  const apiPart = apiPartOf(view);
  // A view that names its regions is fetched at once; only one without waits for the session's
  // default region.
  const fallbackRegionId = view.regions.length ? view.regions[0] : defaultRegionId;
  const sources = useMemo(
    () => (fallbackRegionId ? planImageSources(parseViewUrl(apiPart).state, fallbackRegionId) : []),
    [apiPart, fallbackRegionId],
  );
  const catalog = useImageCatalog(sources);
  // The lazy panels are small; fetch them once the list is in, so opening one never waits.
  useEffect(() => {
    if (!catalog.complete) return;
    const handle = setTimeout(() => void Promise.all([loadMoreFilters(), loadImageDetail()]), 500);
    return () => clearTimeout(handle);
  }, [catalog.complete]);

  const loadedRows = useThrottledRows(catalog.rows, catalog.complete, apiPart);
  const columnIds = visibleColumnIds(view, view.regions.length || 1);
  const columnKey = columnIds.join(',');
  // Ahead of the first keystroke or header click: the search text of every row, and once every
  // page is in, the sort ranks of the visible columns (≈100 ms each at 100k rows, in small steps).
  useIdleWork(
    function* () {
      yield* searchIndexInSteps(loadedRows);
      if (!catalog.complete) return;
      for (const id of columnKey.split(','))
        yield* rankColumnInSteps(loadedRows, imageColumn(id as ImageColumnId));
    },
    [loadedRows, catalog.complete, columnKey],
  );
  const sortedRows = useMemo(() => sortRows(loadedRows, view.sort), [loadedRows, view.sort]);
  const rows = useMemo(() => searchRows(sortedRows, view.q), [sortedRows, view.q]);
  const searched = view.q.trim() !== '';
  const counts = {
    loaded: loadedRows.length,
    displayed: rows.length,
    totalCount: catalog.totalCount,
    complete: catalog.complete,
    sorted: view.sort.length > 0,
    searched,
  };

  const problems = catalog.sources.flatMap((s) =>
    s.state === 'error' && s.error
      ? [{ code: s.error.code, message: s.error.body.Message, parameter: s.error.parameter }]
      : [],
  );
  const controlErrors = controlErrorMessages(problems, view);

  // "More filters" opens by itself when the service refuses one of its controls.
  const [moreOpen, setMoreOpen] = useState(false);
  const panelErrorKey = [...controlErrors.keys()].filter(isMoreFiltersControl).join(',');
  const [seenPanelErrors, setSeenPanelErrors] = useState('');
  if (panelErrorKey !== seenPanelErrors) {
    setSeenPanelErrors(panelErrorKey);
    if (panelErrorKey) setMoreOpen(true);
  }

  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const [tagNotice, setTagNotice] = useState('');
  const [activeKey, setActiveKey] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();

  const openKey = view.image ? imageRowKey(view.image.regionId, view.image.imageId) : undefined;
  const openRow = useMemo(
    () => (openKey ? catalog.rows.find((r) => r.key === openKey) : undefined),
    [catalog.rows, openKey],
  );
  const lookup = useImageLookup(view.image, !openRow);
  const detail: DetailLookup = openRow
    ? { state: 'found', row: openRow }
    : lookup.data
      ? { state: 'found', row: lookup.data }
      : lookup.data === null
        ? { state: 'not-found' }
        : lookup.error
          ? { state: 'error', message: lookup.error.message }
          : { state: 'loading' };

  const addTagFilter = useCallback(
    (tag: ImageTag): string => {
      const result = addTag(view, { Key: tag.TagKey, Value: tag.TagValue });
      const message = result.added ? `Added the tag filter ${tag.TagKey}=${tag.TagValue}.` : result.reason!;
      if (result.added) navigate(result.view);
      setTagNotice(message);
      return message;
    },
    [view, navigate],
  );
  const tableActions = useMemo<TableActions>(() => ({ addTagFilter }), [addTagFilter]);
  const openImage = useCallback(
    (row: ImageRow) => navigate(withImage(view, { regionId: row.regionId, imageId: row.image.ImageId })),
    [view, navigate],
  );
  const closeImage = () => {
    navigate(withImage(view, null));
    if (openKey) setFocusRequest((r) => ({ key: openKey, serial: (r?.serial ?? 0) + 1 }));
  };

  const ready = defaultRegionId !== undefined;
  const failedAll = catalog.sources.length > 0 && catalog.sources.every((s) => s.state === 'error');
  const loading = catalog.sources.some((s) => s.state === 'pending' || s.state === 'loading');
  const placeholder =
    !ready || (catalog.rows.length === 0 && loading) ? (
      <TableSkeleton />
    ) : (
      <EmptyState view={view} navigate={navigate} failed={failedAll} />
    );
  const note = coverageNote(counts);
  const moreCount = moreFilterCount(view);

  return (
    <div className="flex h-screen flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
        <h1 className="text-base font-semibold">ECS Image Browser</h1>
        <SessionBanner session={session.data} error={session.error} />
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col gap-2 px-4 py-2">
        <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        <FilterBar
          view={view}
          navigate={navigate}
          regions={regions.data ?? []}
          defaultRegionId={defaultRegionId ?? DEFAULT_REGION_ID}
          errors={controlErrors}
          rows={loadedRows}
          moreButton={
            <button
              type="button"
              className={buttonClass}
              aria-expanded={moreOpen}
              aria-controls="more-filters"
              onClick={() => setMoreOpen((o) => !o)}
            >
              More filters
              {moreCount > 0 && (
                <span className="rounded-full bg-blue-600 px-1.5 text-xs text-white">{moreCount}</span>
              )}
              <span aria-hidden="true">{moreOpen ? '▴' : '▾'}</span>
            </button>
          }
        />
        {moreOpen && (
          <section
            id="more-filters"
            aria-label="More filters"
            className="max-h-[40vh] overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900/50"
          >
            <Suspense fallback={<p className="text-sm text-zinc-500">Loading filters…</p>}>
              <MoreFiltersPanel view={view} navigate={navigate} errors={controlErrors} />
            </Suspense>
          </section>
        )}
        <CheckRequestResults check={check} onClose={() => setCheck({ state: 'idle' })} />
        <FilterChipBar
          chips={filterChips(view, defaultRegionId ?? DEFAULT_REGION_ID)}
          view={view}
          navigate={navigate}
        />
        <div className="flex flex-wrap items-end gap-x-4 gap-y-1">
          <QuickSearch view={view} navigate={navigate} />
          <div className="flex min-w-64 flex-1 flex-col gap-0.5">
            <LoadProgress catalog={catalog} />
            <p role="status" className="min-h-4 text-xs text-zinc-600 dark:text-zinc-400">
              {[
                searched &&
                  `${rows.length.toLocaleString('en-US')} of ${loadedRows.length.toLocaleString('en-US')} loaded images match the search.`,
                note,
                tagNotice,
              ]
                .filter(Boolean)
                .join(' ')}
            </p>
          </div>
          <div className="ml-auto flex items-end gap-2">
            <CheckRequestButton sources={sources} onResult={setCheck} />
            <ReloadButton busy={catalog.isFetching} />
            <CopyLinkButton />
            <ColumnChooser view={view} navigate={navigate} visible={columnIds} />
          </div>
        </div>
        <SourceErrorList sources={catalog.sources} rowsLoaded={catalog.rows.length} />
        <div className="flex min-h-48 flex-1 overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
          <TableActionsContext value={tableActions}>
            <ImageTable
              rows={rows}
              columnIds={columnIds}
              sort={view.sort}
              onSortChange={(sort) => navigate(withSort(view, sort))}
              ariaRowCount={ariaRowCount(counts)}
              busy={catalog.isFetching || !ready}
              activeKey={activeKey}
              openKey={openKey}
              focusRequest={focusRequest}
              onActivate={setActiveKey}
              onOpen={openImage}
              placeholder={placeholder}
              scrollResetKey={`${apiPart}|${view.sort.map((s) => `${s.id}.${s.desc}`).join()}|${view.q}`}
            />
          </TableActionsContext>
          {view.image && (
            <Suspense fallback={<p className="w-[30rem] p-4 text-sm text-zinc-500">Loading details…</p>}>
              <ImageDetailPanel
                imageRef={view.image}
                lookup={detail}
                onClose={closeImage}
                onAddTag={addTagFilter}
              />
            </Suspense>
          )}
        </div>
      </main>
    </div>
  );
}
