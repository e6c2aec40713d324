// The grid and what opens beside it (the detail or the comparison), with what their cells need:
// the table's actions (tag filters, copying IDs), the selection, the family lines and the caution
// for images chosen by name alone.

import { useCallback, useMemo, useState } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import {
  FamilyCellsContext,
  NameOnlyContext,
  RowSelectionContext,
  TableActionsContext,
  type FamilyCells,
  type RowSelectionControls,
} from '../columns/cell-parts';
import {
  SELECT_COLUMN_ID,
  type GridColumnId,
  type ImageColumnId,
  type TimeDisplay,
} from '../columns/image-columns';
import { imageRowKey, type ImageRow } from '../columns/image-row';
import { choosesByNameAlone } from '../columns/image-trust';
import { rowsResolveFamilies } from '../images/family-resolution';
import { ariaRowCount } from '../images/row-counts';
import type { ImageRows } from '../images/use-image-rows';
import { useComparedImages, useOpenImage } from '../images/use-open-image';
import { ListPlaceholder } from '../status/list-placeholder';
import { ImageTable } from '../table/image-table';
import type { FocusRequest } from '../table/image-table-body';
import { addTag, toggleSort, withCompare, withImage } from '../view-state/view-edits';
import type { Preferences } from '../view-state/preferences';
import type { ImageRef, ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';
import { moveColumn } from '../view-state/visible-columns';
import { CompareSection, FamilyConfirmationBadge, ImageDetailSection } from './lazy-panels';

export function ImageGrid(props: {
  view: ViewState;
  navigate: Navigate;
  rows: ImageRows;
  /** The row selection; undefined where rows are not selected (a phone). */
  selection: RowSelectionControls | undefined;
  phone: boolean;
  times: TimeDisplay;
  preferences: Preferences;
  onWidthsChange: (widths: Preferences['widths']) => void;
  /** A column edit: where it goes (link or preference) is the page's to decide. */
  onColumns: (columns: readonly ImageColumnId[]) => void;
  onToggleFamily: (familyKey: string) => void;
  /** Something to say: a tag filter added, an ID copied. */
  onNotice: (message: string) => void;
}) {
  const { view, navigate, rows, selection, phone, times, preferences, onNotice, onToggleFamily } = props;
  const { catalog } = rows;
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();
  const openImage = useOpenImage(view.image, catalog.rows);
  const compared = useComparedImages(view.compare, catalog.rows);
  const openKey = view.image
    ? imageRowKey(view.image.regionId, view.image.imageId, view.image.account)
    : undefined;

  const addTagFilter = useCallback(
    (tag: ImageTag): string => {
      const added = addTag(view, { Key: tag.TagKey, Value: tag.TagValue });
      if (added.ok) navigate(added.value);
      const message = added.ok ? `Added the tag filter ${tag.TagKey}=${tag.TagValue}.` : added.error;
      onNotice(message);
      return message;
    },
    [view, navigate, onNotice],
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
    () => ({ addTagFilter, copyImageId: (imageId: string) => void copyImageId(imageId).then(onNotice) }),
    [addTagFilter, copyImageId, onNotice],
  );
  const { families, familyView } = rows;
  const rowsResolve = rowsResolveFamilies(view.filters);
  const familyCells = useMemo(
    (): FamilyCells => ({
      newerVersionOf: (row) => families?.newerVersionOf(row),
      lineOf: familyView?.lineOf,
      rowsResolve,
      confirm: (family, shown) => <FamilyConfirmationBadge family={family} shown={shown} />,
      toggleFamily: onToggleFamily,
    }),
    [families, familyView, rowsResolve, onToggleFamily],
  );
  const nameOnly = choosesByNameAlone({
    imageName: view.filters.ImageName,
    search: view.q,
    ownerId: view.filters.ImageOwnerId,
    imageId: view.filters.ImageId,
  });
  // The selection checkboxes lead every row where rows can be selected.
  const gridColumnIds = useMemo(
    (): GridColumnId[] => (selection ? [SELECT_COLUMN_ID, ...rows.columnIds] : [...rows.columnIds]),
    [rows.columnIds, selection],
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

  return (
    <div className="flex min-h-48 flex-1 overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
      <TableActionsContext value={tableActions}>
        <RowSelectionContext value={selection}>
          <FamilyCellsContext value={familyCells}>
            <NameOnlyContext value={nameOnly}>
              <ImageTable
                rows={rows.displayed}
                columnIds={gridColumnIds}
                sort={rows.sort}
                sortIsDefault={view.sort.length === 0 && rows.sort.length > 0}
                onSort={(id, addToSort) => navigate(toggleSort(view, id, addToSort))}
                // Places in the grid count the selection column; the column order does not.
                onMoveColumn={(id, to) =>
                  props.onColumns(
                    moveColumn(rows.columnIds, id, to - (gridColumnIds.length - rows.columnIds.length)),
                  )
                }
                widths={preferences.widths}
                onWidthsChange={props.onWidthsChange}
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
      <NameOnlyContext value={nameOnly}>
        {view.compare.length > 0 ? (
          <CompareSection
            refs={view.compare}
            images={compared}
            onClose={() => navigate(withCompare(view, []))}
            onOpen={openRef}
          />
        ) : (
          view.image &&
          openImage && (
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
          )
        )}
      </NameOnlyContext>
    </div>
  );
}
