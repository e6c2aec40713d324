// The image list: its layout, and the state that belongs to the screen rather than the link — which
// panel or dialog is open, which rows are selected, which families are open, the last message — and
// the person's preferences (localStorage). The data comes from useImageRows; the grid and what opens
// beside it are image-grid.tsx.

import { Suspense, useCallback, useState } from 'react';
import { DEFAULT_REGION_ID } from '../../ecs/regions';
import type { ImageColumnId } from '../columns/image-columns';
import { CheckRequestResults, type CheckState } from '../filters/check-request';
import { controlErrorMessages, requestProblems } from '../filters/error-controls';
import { FilterBar } from '../filters/filter-bar';
import { FilterChipBar } from '../filters/filter-chip-bar';
import { filterChips } from '../filters/filter-chips';
import { MoreFiltersButton, useMoreFiltersOpen } from '../filters/more-filters-button';
import { useRegions, useSessionAccounts } from '../images/session-queries';
import { useImageRows } from '../images/use-image-rows';
import { IgnoredNotice } from '../status/ignored-notice';
import { LargeViewPrompt } from '../status/large-view-prompt';
import { SourceErrorList } from '../status/source-error-list';
import { ColumnChooser, type ColumnSource } from '../table/column-chooser';
import { buttonClass } from '../ui/button';
import { PHONE_QUERY, useMediaQuery } from '../ui/use-media-query';
import {
  narrowingFilterCount,
  withColumns,
  withCompare,
  withImage,
  withSort,
} from '../view-state/view-edits';
import { ImageGrid } from './image-grid';
import {
  FacetsSection,
  MoreFiltersSection,
  PreferencesNotice,
  SelectionSection,
  SortSelect,
  usePreloadPanels,
} from './lazy-panels';
import { ListToolbar } from './list-toolbar';
import { PageDialogs, type OpenDialog } from './page-dialogs';
import { PageHeader } from './page-header';
import { SkipLink } from './skip-link';
import { usePreferences } from './use-preferences';
import { useSelection } from './use-selection';
import { usePageShortcuts } from './use-shortcuts';
import { useTimeDisplay } from './use-time-display';
import { useViewUrl } from './use-view-url';

const NO_FAMILIES: ReadonlySet<string> = new Set();

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
  const selection = useSelection(rows.displayed, rows.loaded, rows.sources);
  const times = useTimeDisplay(preferences);
  const closeDialog = useCallback(() => setDialog(undefined), []);
  usePageShortcuts({
    search: () => document.getElementById('quick-search')?.focus(),
    shortcuts: () => setDialog('shortcuts'),
  });
  const toggleFamily = useCallback(
    (key: string) =>
      setExpandedFamilies((open) => {
        const next = new Set(open);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  // Column edits go where the columns came from: the link's cols=, else the preference.
  const columnSource: ColumnSource = view.columns ? 'link' : preferences.columns ? 'preference' : 'default';
  const setColumns = (columns: readonly ImageColumnId[] | null) => {
    if (view.columns) navigate(withColumns(view, columns));
    else prefs.save({ ...preferences, columns: withColumns(view, columns).columns });
  };
  const filters = (
    <>
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
      {moreOpen && <MoreFiltersSection view={view} navigate={navigate} errors={controlErrors} />}
    </>
  );
  const filterCount =
    narrowingFilterCount(view) +
    view.accounts.length +
    view.regions.length +
    view.owners.length +
    (view.filters.Status ? 1 : 0);
  const compareSelected = () =>
    navigate(
      withCompare(
        withImage(view, null),
        selection.selected.map((r) => ({
          account: r.account,
          regionId: r.regionId,
          imageId: r.image.ImageId,
        })),
      ),
    );

  return (
    <div className="flex h-dvh flex-col">
      <SkipLink />
      <PageHeader />
      <main className="flex min-h-0 flex-1 flex-col gap-2 px-4 py-2">
        <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        {prefs.problems.length > 0 && (
          <Suspense fallback={null}>
            <PreferencesNotice problems={prefs.problems} onDismiss={prefs.dismissProblems} />
          </Suspense>
        )}
        {!phone && filters}
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
            onCompare={compareSelected}
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
        <ImageGrid
          view={view}
          navigate={navigate}
          rows={rows}
          selection={phone ? undefined : selection.controls}
          phone={phone}
          times={times}
          preferences={preferences}
          onWidthsChange={(widths) => prefs.save({ ...preferences, widths })}
          onColumns={setColumns}
          onToggleFamily={toggleFamily}
          onNotice={setNotice}
        />
      </main>
      <PageDialogs
        dialog={dialog}
        onClose={closeDialog}
        view={view}
        navigate={navigate}
        prefs={prefs}
        filters={filters}
      />
    </div>
  );
}
