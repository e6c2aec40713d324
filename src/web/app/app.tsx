// The page: its layout, and the state that belongs to the screen rather than the link — which
// panel is open, which row has focus, the last message. The data comes from useImageRows.

import { useCallback, useMemo, useState } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import { DEFAULT_REGION_ID } from '../../ecs/regions';
import { TableActionsContext } from '../columns/cell-parts';
import { imageRowKey, type ImageRow } from '../columns/image-row';
import { CheckRequestResults, type CheckState } from '../filters/check-request';
import { controlErrorMessages, requestProblems } from '../filters/error-controls';
import { FilterBar } from '../filters/filter-bar';
import { FilterChipBar } from '../filters/filter-chip-bar';
import { filterChips } from '../filters/filter-chips';
import { MoreFiltersButton, useMoreFiltersOpen } from '../filters/more-filters-button';
import { ariaRowCount } from '../images/row-counts';
import { useRegions, useSessionAccounts } from '../images/session-queries';
import { useImageRows } from '../images/use-image-rows';
import { useOpenImage } from '../images/use-open-image';
import { IgnoredNotice } from '../status/ignored-notice';
import { SourceErrorList } from '../status/source-error-list';
import { ListPlaceholder } from '../status/list-placeholder';
import { ImageTable } from '../table/image-table';
import type { FocusRequest } from '../table/image-table-body';
import { addTag, toggleSort, withImage } from '../view-state/view-edits';
import { ImageDetailSection, MoreFiltersSection, usePreloadPanels } from './lazy-panels';
import { ListToolbar } from './list-toolbar';
import { PageHeader } from './page-header';
import { useViewUrl } from './use-view-url';

export function App() {
  const { view, ignored, navigate, dismissIgnored } = useViewUrl();
  const regions = useRegions();
  const accounts = useSessionAccounts();
  const rows = useImageRows(view);
  const { catalog } = rows;
  const defaultRegionId = rows.defaultRegionId ?? DEFAULT_REGION_ID;
  usePreloadPanels(catalog.complete);

  const controlErrors = controlErrorMessages(requestProblems(catalog.sources), view);
  const [moreOpen, toggleMore] = useMoreFiltersOpen(controlErrors);
  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const [tagNotice, setTagNotice] = useState('');
  const [activeKey, setActiveKey] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();
  const openImage = useOpenImage(view.image, catalog.rows);
  const openKey = view.image
    ? imageRowKey(view.image.regionId, view.image.imageId, view.image.account)
    : undefined;

  const addTagFilter = useCallback(
    (tag: ImageTag): string => {
      const added = addTag(view, { Key: tag.TagKey, Value: tag.TagValue });
      if (added.ok) navigate(added.value);
      const message = added.ok ? `Added the tag filter ${tag.TagKey}=${tag.TagValue}.` : added.error;
      setTagNotice(message);
      return message;
    },
    [view, navigate],
  );
  const tableActions = useMemo(() => ({ addTagFilter }), [addTagFilter]);
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
          accounts={accounts}
          regions={regions.data ?? []}
          defaultRegionId={defaultRegionId}
          errors={controlErrors}
          rows={rows.loaded}
          moreButton={<MoreFiltersButton view={view} open={moreOpen} onToggle={toggleMore} />}
        />
        {moreOpen && <MoreFiltersSection view={view} navigate={navigate} errors={controlErrors} />}
        <CheckRequestResults check={check} onClose={() => setCheck({ state: 'idle' })} />
        <FilterChipBar chips={filterChips(view, defaultRegionId)} view={view} navigate={navigate} />
        <ListToolbar view={view} navigate={navigate} rows={rows} notice={tagNotice} onCheck={setCheck} />
        <SourceErrorList sources={catalog.sources} rowsLoaded={catalog.rows.length} />
        <div className="flex min-h-48 flex-1 overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
          <TableActionsContext value={tableActions}>
            <ImageTable
              rows={rows.displayed}
              columnIds={rows.columnIds}
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
          </TableActionsContext>
          {view.image && openImage && (
            <ImageDetailSection
              imageRef={view.image}
              lookup={openImage}
              onClose={closeImage}
              onAddTag={addTagFilter}
            />
          )}
        </div>
      </main>
    </div>
  );
}
