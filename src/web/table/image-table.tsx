import {
  columnResizingFeature,
  columnSizingFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
  type Header,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { IMAGE_COLUMNS, imageColumn, type ImageColumnId } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import type { SortSpec } from '../view-state/view-state';
import { ImageTableBody, type FocusRequest } from './image-table-body';

// TanStack Table (v9) owns the columns here — headers, widths, resizing — and not the rows. Its
// core row model makes a row object per image whenever the list changes: for 100,000 images that
// measured 165–240 ms and about 58 MB (table-core's constructRow over the rows, in Node on the
// benchmark's machine), more than a whole sort click may take (bench case 5, whose TanStack
// baseline page sorts in 350–550 ms), and again on every refresh while pages stream in. So rows
// are sorted and searched before they get here (images/use-image-rows.ts), the virtualized body
// draws them straight from the images (image-table-body.tsx), and a header click changes the
// view's sort (toggleSort). Without rows TanStack's sorting feature has nothing to do and is not
// registered.
const features = tableFeatures({ columnSizingFeature, columnResizingFeature });
type Features = typeof features;

const helper = createColumnHelper<Features, ImageRow>();
// One definition per column, made once: the table keys its models on column identity.
const DEFINITIONS = new Map(
  IMAGE_COLUMNS.map((column) => [
    column.id,
    helper.display({ id: column.id, header: column.label, size: column.width, minSize: 60, maxSize: 900 }),
  ]),
);
const NO_ROWS: ImageRow[] = [];
const RESIZE_STEP = 16;

function HeaderCell(props: {
  header: Header<Features, ImageRow, unknown>;
  sort: readonly SortSpec[];
  onSort: (id: ImageColumnId, addToSort: boolean) => void;
}) {
  const { header, sort, onSort } = props;
  const column = header.column;
  const id = column.id as ImageColumnId;
  const sortIndex = sort.findIndex((s) => s.id === id);
  const sorted = sortIndex < 0 ? false : sort[sortIndex]!.desc ? 'desc' : 'asc';
  const multiSort = sort.length > 1;
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
        onClick={(e) => onSort(id, e.shiftKey)}
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

/** The image grid: headers that sort and resize, and a virtualized body of rows. */
export function ImageTable(props: {
  rows: readonly ImageRow[];
  columnIds: readonly ImageColumnId[];
  sort: readonly SortSpec[];
  /** A header was clicked; with Shift, to add its column to the sort. */
  onSort: (id: ImageColumnId, addToSort: boolean) => void;
  ariaRowCount: number;
  busy: boolean;
  activeKey: string | undefined;
  openKey: string | undefined;
  focusRequest: FocusRequest | undefined;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
  /** Shown under the header when there are no rows (skeleton, empty state). */
  placeholder: ReactNode;
  /** A new value is a new list (new calls, sort or search), shown from the top. */
  listKey: string;
}) {
  const { rows, columnIds, sort, onSort, ariaRowCount, busy, placeholder, listKey, ...bodyProps } = props;
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  // A new list starts at the top; rows arriving for the same list leave the scroll where it is.
  useEffect(() => {
    scrollElement?.scrollTo({ top: 0 });
  }, [scrollElement, listKey]);
  const columns = useMemo(() => columnIds.map((id) => DEFINITIONS.get(id)!), [columnIds]);
  const visibleColumns = useMemo(() => columnIds.map(imageColumn), [columnIds]);

  const table = useTable({
    features,
    columns,
    // No rows: see the note at the top.
    data: NO_ROWS,
    columnResizeMode: 'onChange',
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
                <HeaderCell key={header.id} header={header} sort={sort} onSort={onSort} />
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
