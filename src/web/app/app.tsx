// The page: its layout, and the state that belongs to the screen rather than the link — which
// panel is open, which row has focus, which rows are selected, which families are open, the last
// message. The data comes from useImageRows.

import { useCallback, useMemo, useState } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import { DEFAULT_REGION_ID } from '../../ecs/regions';
import {
  FamilyCellsContext,
  NameOnlyContext,
  RowSelectionContext,
  TableActionsContext,
  type FamilyCells,
} from '../columns/cell-parts';
import { SELECT_COLUMN_ID, type GridColumnId } from '../columns/image-columns';
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
import { useRegions } from '../images/session-queries';
import { useImageRows } from '../images/use-image-rows';
import { useComparedImages, useOpenImage } from '../images/use-open-image';
import { IgnoredNotice } from '../status/ignored-notice';
import { LargeViewPrompt } from '../status/large-view-prompt';
import { ListPlaceholder } from '../status/list-placeholder';
import { SourceErrorList } from '../status/source-error-list';
import { ImageTable } from '../table/image-table';
import type { FocusRequest } from '../table/image-table-body';
import { addTag, toggleSort, withCompare, withImage } from '../view-state/view-edits';
import type { ImageRef } from '../view-state/view-state';
import {
  CompareSection,
  FamilyConfirmationBadge,
  ImageDetailSection,
  MoreFiltersSection,
  SelectionSection,
  usePreloadPanels,
} from './lazy-panels';
import { ListToolbar } from './list-toolbar';
import { PageHeader } from './page-header';
import { useSelection } from './use-selection';
import { useViewUrl } from './use-view-url';

const NO_FAMILIES: ReadonlySet<string> = new Set();

export function App() {
  const { view, ignored, navigate, dismissIgnored } = useViewUrl();
  const regions = useRegions();
  const [expandedFamilies, setExpandedFamilies] = useState(NO_FAMILIES);
  const rows = useImageRows(view, expandedFamilies);
  const { catalog } = rows;
  const defaultRegionId = rows.defaultRegionId ?? DEFAULT_REGION_ID;
  usePreloadPanels(catalog.complete);

  const controlErrors = controlErrorMessages(requestProblems(catalog.sources), view);
  const [moreOpen, toggleMore] = useMoreFiltersOpen(controlErrors);
  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const [notice, setNotice] = useState('');
  const [activeKey, setActiveKey] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();
  const openImage = useOpenImage(view.image, catalog.rows);
  const compared = useComparedImages(view.compare, catalog.rows);
  const openKey = view.image ? imageRowKey(view.image.regionId, view.image.imageId) : undefined;
  const selection = useSelection(rows.displayed, rows.loaded, rows.sources);

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
  const copyImageId = useCallback((imageId: string) => {
    navigator.clipboard.writeText(imageId).then(
      () => setNotice(`Copied the image ID ${imageId}.`),
      () => setNotice('Copying is blocked here; select the ID in the image details instead.'),
    );
  }, []);
  const tableActions = useMemo(() => ({ addTagFilter, copyImageId }), [addTagFilter, copyImageId]);
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
  const columnIds = useMemo((): GridColumnId[] => [SELECT_COLUMN_ID, ...rows.columnIds], [rows.columnIds]);

  const showImage = useCallback(
    (row: ImageRow) => navigate(withImage(view, { regionId: row.regionId, imageId: row.image.ImageId })),
    [view, navigate],
  );
  const openRef = (ref: ImageRef) => navigate(withImage(withCompare(view, []), ref));
  const closeImage = () => {
    navigate(withImage(view, null));
    if (openKey) setFocusRequest((r) => ({ key: openKey, serial: (r?.serial ?? 0) + 1 }));
  };
  const ready = rows.defaultRegionId !== undefined;

  return (
    <div className="flex h-screen flex-col">
      <PageHeader />
      <main className="flex min-h-0 flex-1 flex-col gap-2 px-4 py-2">
        <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        <FilterBar
          view={view}
          navigate={navigate}
          regions={regions.data ?? []}
          defaultRegionId={defaultRegionId}
          errors={controlErrors}
          rows={rows.loaded}
          moreButton={<MoreFiltersButton view={view} open={moreOpen} onToggle={toggleMore} />}
        />
        {moreOpen && <MoreFiltersSection view={view} navigate={navigate} errors={controlErrors} />}
        <CheckRequestResults check={check} onClose={() => setCheck({ state: 'idle' })} />
        <FilterChipBar chips={filterChips(view, defaultRegionId)} view={view} navigate={navigate} />
        <ListToolbar view={view} navigate={navigate} rows={rows} notice={notice} onCheck={setCheck} />
        {selection.selected.length > 0 && (
          <SelectionSection
            selected={selection.selected}
            onCompare={() =>
              navigate(
                withCompare(
                  withImage(view, null),
                  selection.selected.map((r) => ({ regionId: r.regionId, imageId: r.image.ImageId })),
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
        <div className="flex min-h-48 flex-1 overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
          <TableActionsContext value={tableActions}>
            <RowSelectionContext value={selection.controls}>
              <FamilyCellsContext value={familyCells}>
                <NameOnlyContext value={nameOnly}>
                  <ImageTable
                    rows={rows.displayed}
                    columnIds={columnIds}
                    sort={view.sort}
                    onSort={(id, addToSort) => navigate(toggleSort(view, id, addToSort))}
                    ariaRowCount={ariaRowCount(rows.counts)}
                    busy={catalog.isFetching || !ready}
                    activeKey={activeKey}
                    openKey={openKey}
                    focusRequest={focusRequest}
                    onActivate={setActiveKey}
                    onOpen={showImage}
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
                  onClose={closeImage}
                  onAddTag={addTagFilter}
                  onOpen={openRef}
                />
              </NameOnlyContext>
            )
          )}
        </div>
      </main>
    </div>
  );
}
