import { functionalUpdate, useTable, type Header, type SortingState } from '@tanstack/react-table';
import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { imageColumn, isImageColumnId, type ImageColumnId } from '../images/image-columns';
import type { ImageRow } from '../images/image-row';
import type { SortSpec } from '../view-state/view-state';
import { ImageTableBody, type FocusRequest } from './image-table-body';
import { imageTableColumns } from './image-table-columns';
import { imageTableFeatures, type ImageTableFeatures } from './image-table-features';

const RESIZE_STEP = 16;
const NO_ROWS: ImageRow[] = [];

function HeaderCell({
  header,
  multiSort,
}: {
  header: Header<ImageTableFeatures, ImageRow, unknown>;
  multiSort: boolean;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const sortIndex = column.getSortIndex();
  const label = String(column.columnDef.header);
  const resize = header.getResizeHandler();

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    const size = header.getSize() + (e.key === 'ArrowRight' ? RESIZE_STEP : -RESIZE_STEP);
    header.getContext().table.setColumnSizing((old) => ({ ...old, [column.id]: size }));
  };

  return (
    <div
      role="columnheader"
      aria-sort={sorted && sortIndex === 0 ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
      className="relative flex h-9 shrink-0 items-stretch border-b border-zinc-300 dark:border-zinc-700"
      style={{ width: header.getSize() }}
    >
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        onKeyDown={onKeyDown}
        aria-describedby="column-header-help"
        className="flex min-w-0 flex-1 items-center gap-1 px-2 text-left text-xs font-semibold text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <span className="truncate">{label}</span>
        {sorted && (
          <span className="shrink-0 text-blue-700 dark:text-blue-300">
            <span aria-hidden="true">{sorted === 'asc' ? '▲' : '▼'}</span>
            {multiSort && <sub>{sortIndex + 1}</sub>}
            <span className="sr-only">{`sorted ${sorted === 'asc' ? 'ascending' : 'descending'}${multiSort ? `, sort key ${sortIndex + 1}` : ''}`}</span>
          </span>
        )}
      </button>
      <div
        aria-hidden="true"
        onMouseDown={resize}
        onTouchStart={resize}
        onDoubleClick={() => column.resetSize()}
        className={`absolute top-0 right-0 h-full w-1.5 cursor-col-resize touch-none select-none hover:bg-blue-400 ${
          column.getIsResizing() ? 'bg-blue-500' : ''
        }`}
      />
    </div>
  );
}

/**
 * The image grid: TanStack Table (v9) for columns, sizing and sort state, with rows sorted and
 * searched before they get here (manual sorting), and a virtualized body that renders them.
 */
export function ImageTable(props: {
  rows: readonly ImageRow[];
  columnIds: readonly ImageColumnId[];
  sort: readonly SortSpec[];
  onSortChange: (sort: SortSpec[]) => void;
  ariaRowCount: number;
  busy: boolean;
  activeKey: string | undefined;
  openKey: string | undefined;
  focusRequest: FocusRequest | undefined;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
  /** Shown under the header when there are no rows (skeleton, empty state). */
  placeholder: ReactNode;
  /** A new value shows the top of the list: a new filter, sort or search is a new list. */
  scrollResetKey: string;
}) {
  const {
    rows,
    columnIds,
    sort,
    onSortChange,
    ariaRowCount,
    busy,
    placeholder,
    scrollResetKey,
    ...bodyProps
  } = props;
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    scrollElement?.scrollTo({ top: 0 });
    // Only a new list scrolls back up, not the element appearing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollResetKey]);
  const columnKey = columnIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ids, not the array's identity
  const columns = useMemo(() => imageTableColumns(columnIds), [columnKey]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ids, not the array's identity
  const visibleColumns = useMemo(() => columnIds.map(imageColumn), [columnKey]);
  const sorting = sort as SortingState;

  const table = useTable({
    features: imageTableFeatures,
    columns,
    // Rows never pass through the table: building its row objects for 100,000 images on every
    // sort or search cost more than the sort itself. The body renders them from the images.
    data: NO_ROWS,
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: 3,
    columnResizeMode: 'onChange',
    state: { sorting },
    onSortingChange: (updater) =>
      onSortChange(
        functionalUpdate(updater, sorting).flatMap((s) =>
          isImageColumnId(s.id) ? [{ id: s.id, desc: s.desc }] : [],
        ),
      ),
  });

  // Widths as plain numbers on every cell: a var() per cell made styling each new row several
  // times dearer when scrolling fast (bench case 4). Resizing re-renders only the visible rows.
  const widthKey = table
    .getFlatHeaders()
    .map((h) => `${h.column.id}:${h.getSize()}`)
    .join(',');
  const widths = useMemo(
    () =>
      Object.fromEntries(
        widthKey.split(',').map((pair) => [pair.split(':')[0]!, Number(pair.split(':')[1])]),
      ),
    [widthKey],
  );

  return (
    <div ref={setScrollElement} className="relative min-h-0 min-w-0 flex-1 overflow-auto">
      <p id="column-header-help" className="sr-only">
        Sorts the loaded rows. Shift adds the column to the sort. Alt with the left or right arrow key changes
        the width.
      </p>
      {/* ARIA grid roles on plain elements: table elements styled as grid and flex cost more to
          restyle per new row than divs (bench case 4), and the roles carry the semantics. */}
      <div
        role="grid"
        aria-label="Images"
        aria-rowcount={ariaRowCount}
        aria-busy={busy}
        className="grid"
        style={{ width: table.getTotalSize(), minWidth: '100%' }}
      >
        <div role="rowgroup" className="sticky top-0 z-10 grid bg-zinc-50 dark:bg-zinc-900">
          {table.getHeaderGroups().map((group) => (
            <div key={group.id} role="row" aria-rowindex={1} className="flex w-full">
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} multiSort={sort.length > 1} />
              ))}
            </div>
          ))}
        </div>
        <ImageTableBody
          rows={rows}
          columns={visibleColumns}
          widths={widths}
          scrollElement={scrollElement}
          {...bodyProps}
        />
      </div>
      {rows.length === 0 && placeholder}
    </div>
  );
}
