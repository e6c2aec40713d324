// The page: its layout, and the state that belongs to the screen rather than the link — which
// panel or dialog is open, which rows are selected, which families are open, the last message — and
// the person's preferences (localStorage). The data comes from useImageRows.

import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import { DEFAULT_REGION_ID } from '../../ecs/regions';
import {
  FamilyCellsContext,
  NameOnlyContext,
  RowSelectionContext,
  TableActionsContext,
  type FamilyCells,
} from '../columns/cell-parts';
import {
  SELECT_COLUMN_ID,
  type GridColumnId,
  type ImageColumnId,
  type TimeDisplay,
} from '../columns/image-columns';
import { imageRowKey, type ImageRow } from '../columns/image-row';
import { choosesByNameAlone } from '../columns/image-trust';
import { CheckRequestResults, type CheckState } from '../filters/check-request';
import { controlErrorMessages, requestProblems } from '../filters/error-controls';
import { FilterBar } from '../filters/filter-bar';
import { FilterChipBar } from '../filters/filter-chip-bar';
import { filterChips } from '../filters/filter-chips';
import { MoreFiltersButton, useMoreFiltersOpen } from '../filters/more-filters-button';
import { rowsResolveFamilies } from '../images/family-resolution';
import { ariaRowCount } from '../images/row-counts';
import { useRegions, useSessionAccounts } from '../images/session-queries';
import { useImageRows } from '../images/use-image-rows';
import { useComparedImages, useOpenImage } from '../images/use-open-image';
import { IgnoredNotice } from '../status/ignored-notice';
import { LargeViewPrompt } from '../status/large-view-prompt';
import { ListPlaceholder } from '../status/list-placeholder';
import { SourceErrorList } from '../status/source-error-list';
import { ColumnChooser, type ColumnSource } from '../table/column-chooser';
import { ImageTable } from '../table/image-table';
import type { FocusRequest } from '../table/image-table-body';
import { buttonClass } from '../ui/button';
import { browserTimeZone } from '../ui/format';
import { PHONE_QUERY, useMediaQuery } from '../ui/use-media-query';
import {
  addTag,
  narrowingFilterCount,
  toggleSort,
  withColumns,
  withCompare,
  withImage,
  withSort,
} from '../view-state/view-edits';
import type { ImageRef } from '../view-state/view-state';
import { moveColumn, visibleColumnIds } from '../view-state/visible-columns';
import {
  CompareSection,
  FacetsSection,
  FamilyConfirmationBadge,
  FiltersDrawer,
  ImageDetailSection,
  MoreFiltersSection,
  PreferencesDialog,
  PreferencesNotice,
  SavedViewsDialog,
  SelectionSection,
  ShortcutsDialog,
  SortSelect,
  usePreloadPanels,
} from './lazy-panels';
import { ListToolbar } from './list-toolbar';
import { PageHeader } from './page-header';
import { usePreferences } from './use-preferences';
import { useSelection } from './use-selection';
import { usePageShortcuts } from './use-shortcuts';
import { useViewUrl } from './use-view-url';

const NO_FAMILIES: ReadonlySet<string> = new Set();

type OpenDialog = 'views' | 'preferences' | 'shortcuts' | 'filters' | undefined;

/** The time now, to the minute: ages ("3 days ago") move on while the page stays open. */
function useMinute(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Focuses the grid's one Tab stop (the skip link does), leaving a sticky cell where it is. */
function focusGrid() {
  const stop = document.querySelector<HTMLElement>('#image-grid [tabindex="0"]');
  stop?.focus({ preventScroll: stop.closest('.is-sticky') !== null });
}

export function App() {
  const { view, ignored, navigate, dismissIgnored } = useViewUrl();
  const prefs = usePreferences();
  const { preferences } = prefs;
  const phone = useMediaQuery(PHONE_QUERY);
  const regions = useRegions();
  const accounts = useSessionAccounts();
  const [expandedFamilies, setExpandedFamilies] = useState(NO_FAMILIES);
  const rows = useImageRows(view, preferences.columns, expandedFamilies);
  const { catalog } = rows;
  const defaultRegionId = rows.defaultRegionId ?? DEFAULT_REGION_ID;
  usePreloadPanels(catalog.complete);

  const controlErrors = controlErrorMessages(requestProblems(catalog.sources), view);
  const [moreOpen, toggleMore] = useMoreFiltersOpen(controlErrors);
  const [facetsOpen, setFacetsOpen] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();
  const openImage = useOpenImage(view.image, catalog.rows);
  const compared = useComparedImages(view.compare, catalog.rows);
  const openKey = view.image
    ? imageRowKey(view.image.regionId, view.image.imageId, view.image.account)
    : undefined;
  const selection = useSelection(rows.displayed, rows.loaded, rows.sources);
  const closeDialog = useCallback(() => setDialog(undefined), []);
  usePageShortcuts({
    search: () => document.getElementById('quick-search')?.focus(),
    shortcuts: () => setDialog('shortcuts'),
  });

  const now = useMinute();
  const times: TimeDisplay = useMemo(
    () => ({
      zone: preferences.timeZone === 'utc' ? 'UTC' : browserTimeZone(),
      age: preferences.timeStyle === 'age',
      now,
    }),
    [preferences.timeZone, preferences.timeStyle, now],
  );

  // Column edits go where the columns came from: the link's cols=, else the preference.
  const columnSource: ColumnSource = view.columns ? 'link' : preferences.columns ? 'preference' : 'default';
  const setColumns = (columns: readonly ImageColumnId[] | null) => {
    if (view.columns) navigate(withColumns(view, columns));
    else prefs.save({ ...preferences, columns: withColumns(view, columns).columns });
  };

  const addTagFilter = useCallback(
    (tag: ImageTag): string => {
      const added = addTag(view, { Key: tag.TagKey, Value: tag.TagValue });
      if (added.ok) navigate(added.value);
      const message = added.ok ? `Added the tag filter ${tag.TagKey}=${tag.TagValue}.` : added.error;
      setNotice(message);
      return message;
    },
    [view, navigate],
  );
  const copyImageId = useCallback(
    (imageId: string) =>
      navigator.clipboard.writeText(imageId).then(
        () => `Copied ${imageId}.`,
        () => 'Copying is blocked here; select the ID in the image details instead.',
      ),
    [],
  );
  const tableActions = useMemo(
    () => ({ addTagFilter, copyImageId: (imageId: string) => void copyImageId(imageId).then(setNotice) }),
    [addTagFilter, copyImageId],
  );
  const { families, familyView } = rows;
  const rowsResolve = rowsResolveFamilies(view.filters);
  const familyCells = useMemo(
    (): FamilyCells => ({
      newerVersionOf: (row) => families?.newerVersionOf(row),
      lineOf: familyView?.lineOf,
      rowsResolve,
      confirm: (family, shown) => <FamilyConfirmationBadge family={family} shown={shown} />,
      toggleFamily: (key) =>
        setExpandedFamilies((open) => {
          const next = new Set(open);
          if (!next.delete(key)) next.add(key);
          return next;
        }),
    }),
    [families, familyView, rowsResolve],
  );
  const nameOnly = choosesByNameAlone({
    imageName: view.filters.ImageName,
    search: view.q,
    ownerId: view.filters.ImageOwnerId,
    imageId: view.filters.ImageId,
  });
  // The selection checkboxes lead every row (not on a phone's list).
  const gridColumnIds = useMemo(
    (): GridColumnId[] => (phone ? [...rows.columnIds] : [SELECT_COLUMN_ID, ...rows.columnIds]),
    [rows.columnIds, phone],
  );
  const showImage = useCallback(
    (row: ImageRow) =>
      navigate(
        withImage(view, {
          ...(row.account !== undefined ? { account: row.account } : {}),
          regionId: row.regionId,
          imageId: row.image.ImageId,
        }),
      ),
    [view, navigate],
  );
  const openRef = (ref: ImageRef) => navigate(withImage(withCompare(view, []), ref));
  const closeImage = () => {
    navigate(withImage(view, null));
    if (openKey) setFocusRequest((r) => ({ key: openKey, serial: (r?.serial ?? 0) + 1 }));
  };
  const ready = rows.defaultRegionId !== undefined;
  const sortIsDefault = view.sort.length === 0 && rows.sort.length > 0;

  const filterBar = (
    <FilterBar
      view={view}
      navigate={navigate}
      accounts={accounts}
      regions={regions.data ?? []}
      defaultRegionId={defaultRegionId}
      errors={controlErrors}
      rows={rows.loaded}
      moreButton={<MoreFiltersButton view={view} open={moreOpen} onToggle={toggleMore} />}
    />
  );
  const moreFilters = moreOpen && (
    <MoreFiltersSection view={view} navigate={navigate} errors={controlErrors} />
  );
  const filterCount =
    narrowingFilterCount(view) +
    view.accounts.length +
    view.regions.length +
    view.owners.length +
    (view.filters.Status ? 1 : 0);

  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#image-grid"
        className="sr-only z-50 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        onClick={(e) => {
          e.preventDefault();
          focusGrid();
        }}
      >
        Skip to the images
      </a>
      <PageHeader />
      <main className="flex min-h-0 flex-1 flex-col gap-2 px-4 py-2">
        <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        {prefs.problems.length > 0 && (
          <Suspense fallback={null}>
            <PreferencesNotice problems={prefs.problems} onDismiss={prefs.dismissProblems} />
          </Suspense>
        )}
        {!phone && filterBar}
        {!phone && moreFilters}
        <CheckRequestResults check={check} onClose={() => setCheck({ state: 'idle' })} />
        <FilterChipBar
          chips={filterChips(view, defaultRegionId, rows.searchLanguage)}
          view={view}
          navigate={navigate}
        />
        <ListToolbar
          view={view}
          navigate={navigate}
          rows={rows}
          notice={notice}
          onCheck={setCheck}
          phone={phone}
          filtersButton={
            phone && (
              <button type="button" className={buttonClass} onClick={() => setDialog('filters')}>
                Filters{filterCount > 0 && ` (${filterCount})`}
              </button>
            )
          }
          columns={
            phone ? (
              <Suspense fallback={null}>
                <SortSelect
                  className="min-w-0 flex-1"
                  sort={rows.sort}
                  onSort={(sort) => navigate(withSort(view, sort))}
                />
              </Suspense>
            ) : (
              <ColumnChooser visible={rows.columnIds} source={columnSource} onChange={setColumns} />
            )
          }
          facetsOpen={facetsOpen}
          onToggleFacets={() => setFacetsOpen((o) => !o)}
          onOpenViews={() => setDialog('views')}
          onOpenPreferences={() => setDialog('preferences')}
        />
        {selection.selected.length > 0 && (
          <SelectionSection
            selected={selection.selected}
            onCompare={() =>
              navigate(
                withCompare(
                  withImage(view, null),
                  selection.selected.map((r) => ({
                    account: r.account,
                    regionId: r.regionId,
                    imageId: r.image.ImageId,
                  })),
                ),
              )
            }
            onClear={selection.clear}
          />
        )}
        <LargeViewPrompt catalog={catalog} />
        <SourceErrorList
          sources={catalog.sources}
          rowsLoaded={catalog.rows.length}
          onRetryAll={catalog.controls.retryFailed}
        />
        {facetsOpen && <FacetsSection rows={rows.displayed} view={view} navigate={navigate} />}
        <div className="flex min-h-48 flex-1 overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
          <TableActionsContext value={tableActions}>
            <RowSelectionContext value={phone ? undefined : selection.controls}>
              <FamilyCellsContext value={familyCells}>
                <NameOnlyContext value={nameOnly}>
                  <ImageTable
                    rows={rows.displayed}
                    columnIds={gridColumnIds}
                    sort={rows.sort}
                    sortIsDefault={sortIsDefault}
                    onSort={(id, addToSort) => navigate(toggleSort(view, id, addToSort))}
                    // Places in the grid count the selection column; the column order does not.
                    onMoveColumn={(id, to) =>
                      setColumns(
                        moveColumn(rows.columnIds, id, to - (gridColumnIds.length - rows.columnIds.length)),
                      )
                    }
                    widths={preferences.widths}
                    onWidthsChange={(widths) => prefs.save({ ...preferences, widths })}
                    layout={phone ? 'list' : preferences.density}
                    times={times}
                    ariaRowCount={ariaRowCount(rows.counts)}
                    busy={catalog.isFetching || !ready}
                    openKey={openKey}
                    focusRequest={focusRequest}
                    onOpen={showImage}
                    onCopyId={(row) => copyImageId(row.image.ImageId)}
                    placeholder={
                      <ListPlaceholder ready={ready} catalog={catalog} view={view} navigate={navigate} />
                    }
                    listKey={rows.listKey}
                  />
                </NameOnlyContext>
              </FamilyCellsContext>
            </RowSelectionContext>
          </TableActionsContext>
          {view.compare.length > 0 ? (
            <NameOnlyContext value={nameOnly}>
              <CompareSection
                refs={view.compare}
                images={compared}
                onClose={() => navigate(withCompare(view, []))}
                onOpen={openRef}
              />
            </NameOnlyContext>
          ) : (
            view.image &&
            openImage && (
              <NameOnlyContext value={nameOnly}>
                <ImageDetailSection
                  imageRef={view.image}
                  lookup={openImage}
                  loaded={rows.loaded}
                  times={times}
                  fullScreen={phone}
                  onClose={closeImage}
                  onAddTag={addTagFilter}
                  onOpen={openRef}
                />
              </NameOnlyContext>
            )
          )}
        </div>
      </main>
      <Suspense fallback={null}>
        {dialog === 'filters' && (
          <FiltersDrawer onClose={closeDialog}>
            {filterBar}
            {moreFilters}
          </FiltersDrawer>
        )}
        {dialog === 'views' && <SavedViewsDialog view={view} navigate={navigate} onClose={closeDialog} />}
        {dialog === 'preferences' && (
          <PreferencesDialog
            preferences={preferences}
            shownColumns={visibleColumnIds({ ...view, columns: null }, null)}
            linkHasColumns={view.columns !== null}
            onSave={(changes) => prefs.save({ ...preferences, ...changes })}
            onReset={prefs.reset}
            onDropLinkColumns={() => navigate(withColumns(view, null))}
            onClose={closeDialog}
          />
        )}
        {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      </Suspense>
    </div>
  );
}
