import {
  columnResizingFeature,
  columnSizingFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
  type ColumnSizingState,
  type Header,
} from '@tanstack/react-table';
import {
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { FamilyCellsContext, RowSelectionContext } from '../columns/cell-parts';
import {
  IMAGE_COLUMNS,
  SELECT_COLUMN,
  gridColumn,
  type GridColumnId,
  type ImageColumnId,
  type TimeDisplay,
} from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { COLUMN_WIDTH } from '../view-state/preferences';
import type { SortSpec } from '../view-state/view-state';
import { nextCell, type CellPosition } from './grid-keyboard';
import {
  CELL_CONTROLS,
  focusCell,
  focusTarget,
  HEADER_HEIGHT,
  ImageTableBody,
  ROW_HEIGHTS,
  type ActiveCell,
  type FocusRequest,
  type PendingFocus,
  type RowLayout,
} from './image-table-body';

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
const DEFINITIONS = new Map<GridColumnId, ReturnType<typeof helper.display>>([
  ...IMAGE_COLUMNS.map(
    (column) =>
      [
        column.id,
        helper.display({
          id: column.id,
          header: column.label,
          size: column.width,
          minSize: COLUMN_WIDTH.min,
          maxSize: COLUMN_WIDTH.max,
        }),
      ] as const,
  ),
  [
    SELECT_COLUMN.id,
    helper.display({
      id: SELECT_COLUMN.id,
      header: SELECT_COLUMN.label,
      size: SELECT_COLUMN.width,
      enableResizing: false,
    }),
  ],
]);
const NO_ROWS: ImageRow[] = [];
const RESIZE_STEP = 16;
/** How long widths rest before they are saved as a preference. */
const SAVE_WIDTHS_MS = 400;
/** The phone's list shows one cell per row. */
const LIST_COLUMNS = ['image'];

function HeaderCell(props: {
  header: Header<Features, ImageRow, unknown>;
  sort: readonly SortSpec[];
  sortIsDefault: boolean;
  tabbable: boolean;
  stickyLeft: number | undefined;
  stickyEdge: boolean;
  onSort: (id: ImageColumnId, addToSort: boolean) => void;
  onMove: (id: ImageColumnId, by: number) => void;
  onDropColumn: (id: ImageColumnId, onto: ImageColumnId) => void;
}) {
  const { header, sort, sortIsDefault, tabbable, stickyLeft, stickyEdge, onSort, onMove, onDropColumn } =
    props;
  const column = header.column;
  const id = column.id as ImageColumnId;
  const [dropTarget, setDropTarget] = useState(false);
  const stickyClass =
    stickyLeft === undefined ? 'relative' : stickyEdge ? 'is-sticky-head is-sticky-edge' : 'is-sticky-head';
  const place =
    stickyLeft === undefined ? { width: header.getSize() } : { width: header.getSize(), left: stickyLeft };
  // The selection column's header is its "select all" checkbox: no sorting, moving or resizing.
  const own = gridColumn(column.id as GridColumnId).header;
  if (own)
    return (
      <div
        role="columnheader"
        data-column={column.id}
        className={`flex h-9 shrink-0 items-center justify-center border-b border-zinc-300 bg-inherit dark:border-zinc-700 ${stickyClass}`}
        style={place}
      >
        {own()}
      </div>
    );
  const sortIndex = sort.findIndex((s) => s.id === id);
  const sorted = sortIndex < 0 ? false : sort[sortIndex]!.desc ? 'desc' : 'asc';
  const multiSort = sort.length > 1;
  const label = String(column.columnDef.header);
  const resize = header.getResizeHandler();

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    const by = e.key === 'ArrowRight' ? 1 : -1;
    if (e.shiftKey) return onMove(id, by);
    const size = header.getSize() + by * RESIZE_STEP;
    header.getContext().table.setColumnSizing((old) => ({ ...old, [column.id]: size }));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropTarget(false);
    const dragged = e.dataTransfer.getData('text/x-image-column');
    if (dragged && dragged !== id) onDropColumn(dragged as ImageColumnId, id);
  };

  return (
    <div
      role="columnheader"
      data-column={id}
      aria-sort={sorted && sortIndex === 0 ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
      // Sticky or relative: either holds the resize handle. Header cells stick always (there is one
      // row of them), body cells once the grid has scrolled sideways (styles.css).
      className={`flex h-9 shrink-0 items-stretch border-b border-zinc-300 bg-inherit dark:border-zinc-700 ${stickyClass} ${
        dropTarget ? 'shadow-[inset_2px_0_0_var(--color-blue-500)]' : ''
      }`}
      style={place}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('text/x-image-column')) return;
        e.preventDefault();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={onDrop}
    >
      <button
        type="button"
        tabIndex={tabbable ? 0 : -1}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData('text/x-image-column', id);
          e.dataTransfer.effectAllowed = 'move';
        }}
        onClick={(e) => onSort(id, e.shiftKey)}
        onKeyDown={onKeyDown}
        aria-describedby="column-header-help"
        title={
          sorted && sortIsDefault
            ? 'Newest first: the order of a view that merges several requests'
            : undefined
        }
        className="flex min-w-0 flex-1 items-center gap-1 px-2 text-left text-xs font-semibold text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <span className="truncate">{label}</span>
        {sorted && (
          <span className="shrink-0 text-blue-700 dark:text-blue-300">
            <span aria-hidden="true">{sorted === 'asc' ? '▲' : '▼'}</span>
            {multiSort && <sub>{sortIndex + 1}</sub>}
            {sortIsDefault && <span className="text-[10px] font-normal">default</span>}
            <span className="sr-only">{`sorted ${sorted === 'asc' ? 'ascending' : 'descending'}${multiSort ? `, sort key ${sortIndex + 1}` : ''}${sortIsDefault ? ', newest first by default' : ''}`}</span>
          </span>
        )}
      </button>
      <div
        aria-hidden="true"
        onMouseDown={(e) => {
          // Not the start of a drag: the header's button beside it can be dragged to move the column.
          e.preventDefault();
          resize(e);
        }}
        onTouchStart={resize}
        onDoubleClick={() => column.resetSize()}
        className={`absolute top-0 right-0 h-full w-1.5 cursor-col-resize touch-none select-none hover:bg-blue-400 ${
          column.getIsResizing() ? 'bg-blue-500' : ''
        }`}
      />
    </div>
  );
}

/** Widths as text, to compare two sets. */
const widthsKey = (widths: Partial<Record<ImageColumnId, number>>) =>
  JSON.stringify(Object.entries(widths).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Widths people gave columns: whole pixels within the limits, default widths left out. */
function chosenWidths(sizing: ColumnSizingState): Partial<Record<ImageColumnId, number>> {
  const widths: Partial<Record<ImageColumnId, number>> = {};
  for (const [id, size] of Object.entries(sizing)) {
    const width = Math.round(Math.min(Math.max(size, COLUMN_WIDTH.min), COLUMN_WIDTH.max));
    if (DEFINITIONS.has(id as GridColumnId) && width !== gridColumn(id as GridColumnId).width)
      widths[id as ImageColumnId] = width;
  }
  return widths;
}

/**
 * The image grid: headers that sort, resize and reorder, a virtualized body of rows, the keyboard
 * model of grid-keyboard.ts (one Tab stop; arrow keys between cells and the controls in them; j/k,
 * Enter, c), and the columns that say which image a row is kept in view when it scrolls sideways.
 * On a phone it is a list of two-line rows.
 */
export function ImageTable(props: {
  rows: readonly ImageRow[];
  /** The image columns shown, after the selection column when rows can be selected. */
  columnIds: readonly GridColumnId[];
  /** The sort the rows are in. */
  sort: readonly SortSpec[];
  /** The sort is the default one of a merged view (newest first), not the link's. */
  sortIsDefault: boolean;
  /** A header was clicked; with Shift, to add its column to the sort. */
  onSort: (id: ImageColumnId, addToSort: boolean) => void;
  /** A column was dragged or moved with Alt+Shift+arrow to a new place in the order. */
  onMoveColumn: (id: ImageColumnId, toIndex: number) => void;
  /** Widths people chose (a preference); others have their default. */
  widths: Readonly<Partial<Record<ImageColumnId, number>>>;
  onWidthsChange: (widths: Partial<Record<ImageColumnId, number>>) => void;
  layout: RowLayout;
  times: TimeDisplay;
  ariaRowCount: number;
  busy: boolean;
  openKey: string | undefined;
  focusRequest: FocusRequest | undefined;
  onOpen: (row: ImageRow) => void;
  /** `c` on a row: copy its image ID; resolves to what to say. */
  onCopyId: (row: ImageRow) => Promise<string>;
  /** Shown under the header when there are no rows (skeleton, empty state). */
  placeholder: ReactNode;
  /** A new value is a new list (new calls, sort or search), shown from the top. */
  listKey: string;
}) {
  const { rows, columnIds, sort, sortIsDefault, onSort, onMoveColumn, widths, onWidthsChange, layout } =
    props;
  const { times, ariaRowCount, busy, openKey, focusRequest, onOpen, onCopyId, placeholder, listKey } = props;
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const scrollToIndex = useRef<(index: number) => void>(() => {});
  const registerScroll = useCallback(
    (scroll: (index: number) => void) => (scrollToIndex.current = scroll),
    [],
  );
  const [active, setActive] = useState<ActiveCell | undefined>();
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | undefined>();
  const [tooltip, setTooltip] = useState<{ text: string; left: number; top: number } | undefined>();
  const [copied, setCopied] = useState('');
  const selection = useContext(RowSelectionContext);
  // The family view is a tree: families with their other versions beneath.
  const tree = useContext(FamilyCellsContext).lineOf !== undefined;
  const list = layout === 'list';

  // The sticky columns stick only once the grid has scrolled sideways (styles.css says why).
  const [scrolledX, setScrolledX] = useState(false);
  useEffect(() => {
    if (!scrollElement) return;
    const onScroll = () => setScrolledX(scrollElement.scrollLeft > 0);
    scrollElement.addEventListener('scroll', onScroll, { passive: true });
    return () => scrollElement.removeEventListener('scroll', onScroll);
  }, [scrollElement]);

  // A new list starts at the top; rows arriving for the same list leave the scroll where it is.
  useEffect(() => {
    scrollElement?.scrollTo({ top: 0 });
  }, [scrollElement, listKey]);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(''), 3000);
    return () => clearTimeout(timer);
  }, [copied]);

  const columns = useMemo(() => columnIds.map((id) => DEFINITIONS.get(id)!), [columnIds]);
  const visibleColumns = useMemo(() => columnIds.map(gridColumn), [columnIds]);

  // Widths: TanStack holds them while people resize; they start from the preference, are saved
  // as the preference once they rest, and follow it when it changes elsewhere (Reset to defaults).
  const table = useTable({
    features,
    columns,
    // No rows: see the note at the top.
    data: NO_ROWS,
    columnResizeMode: 'onChange',
    initialState: { columnSizing: widths as ColumnSizingState },
  });
  // Widths as plain numbers on every cell: a var() per cell made styling each new row several
  // times dearer when scrolling fast (bench case 4). Resizing re-renders only the visible rows.
  const widthKey = table
    .getFlatHeaders()
    .map((h) => `${h.column.id}:${h.getSize()}`)
    .join(',');
  const chosen = chosenWidths(table.atoms.columnSizing.get() ?? {});
  const changed = widthsKey(chosen) !== widthsKey(widths);
  const saveWidths = useEffectEvent(() => onWidthsChange(chosen));
  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(saveWidths, SAVE_WIDTHS_MS);
    return () => clearTimeout(timer);
  }, [changed, widthKey]);
  const followPreference = useEffectEvent(() => {
    if (changed) table.setColumnSizing(widths as ColumnSizingState);
  });
  useEffect(() => followPreference(), [widths]);
  const { cellWidths, stickyLeft, stickyEdge, stickyWidth } = useMemo(() => {
    const pairs = widthKey
      .split(',')
      .map((pair) => [pair.split(':')[0]!, Number(pair.split(':')[1])] as const);
    const left: Record<string, number> = {};
    let width = 0;
    let edge: string | undefined;
    // The leading run of sticky columns sticks, each at the sum of the widths before it.
    for (const [id, size] of pairs) {
      if (!DEFINITIONS.has(id as GridColumnId) || !gridColumn(id as GridColumnId).sticky) break;
      left[id] = width;
      width += size;
      edge = id;
    }
    return { cellWidths: Object.fromEntries(pairs), stickyLeft: left, stickyEdge: edge, stickyWidth: width };
  }, [widthKey]);

  // With the detail open the grid is narrower: keep the sorted column in view beside the sticky ones.
  const sortedId = sort[0]?.id;
  const detailOpen = openKey !== undefined;
  const showSortedColumn = useEffectEvent(() => {
    if (!scrollElement || !sortedId || list || stickyLeft[sortedId] !== undefined) return;
    const header = headerRef.current?.querySelector<HTMLElement>(`[data-column="${sortedId}"]`);
    if (!header) return;
    const start = header.offsetLeft;
    const end = start + header.offsetWidth;
    const from = scrollElement.scrollLeft + stickyWidth;
    const to = scrollElement.scrollLeft + scrollElement.clientWidth;
    if (start < from) scrollElement.scrollTo({ left: start - stickyWidth });
    else if (end > to)
      scrollElement.scrollTo({ left: Math.min(start - stickyWidth, end - scrollElement.clientWidth) });
  });
  useLayoutEffect(() => showSortedColumn(), [sortedId, detailOpen]);

  const ids: readonly string[] = list ? LIST_COLUMNS : columnIds;
  // A row is entered at its first image column, not at its selection checkbox (one ArrowLeft away).
  const homeColumn = ids.find((id) => id !== SELECT_COLUMN.id) ?? ids[0]!;
  // The active cell, in a column that is shown (columns come and go, the layout changes).
  const shownActive =
    active && (ids.includes(active.columnId) ? active : { ...active, columnId: homeColumn });
  const rowHeight = ROW_HEIGHTS[layout];

  /** Moves focus to a place in the grid: now if its row is rendered, else after scrolling there. */
  const moveTo = (to: CellPosition) => {
    const columnId = ids[to.column]!;
    if (to.row < 0) {
      setActive({ key: null, columnId });
      headerRef.current
        ?.querySelector<HTMLElement>(`[data-column="${columnId}"] :is(button, input)`)
        ?.focus();
      return;
    }
    setActive({ key: rows[to.row]!.key, columnId });
    scrollToIndex.current(to.row);
    const cell = scrollElement?.querySelector<HTMLElement>(
      `[role=row][data-index="${to.row}"] [data-column="${columnId}"]`,
    );
    if (cell) focusCell(focusTarget(cell, to.control));
    else setPendingFocus({ index: to.row, columnId, control: to.control });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    // Keys typed into a text field inside a cell are that field's.
    if (target.matches('input:not([type=checkbox]):not([type=radio]), select, textarea')) return;
    const cell = target.closest<HTMLElement>('[role=gridcell], [role=columnheader]');
    const rowElement = cell?.closest<HTMLElement>('[role=row]');
    if (!cell || !rowElement) return;
    const rowIndex = rowElement.dataset.index === undefined ? -1 : Number(rowElement.dataset.index);
    const row = rows[rowIndex];
    const column = ids.indexOf(cell.dataset.column ?? '');
    const controls = [...cell.querySelectorAll<HTMLElement>(CELL_CONTROLS)];
    const onCell = target === cell;
    // Space selects when rows can be selected (Shift: a range), and opens otherwise.
    if (row && onCell && e.key === ' ' && selection) {
      e.preventDefault();
      selection.toggle(row.key, e.shiftKey);
      return;
    }
    // Enter means nothing to a checkbox: on the row's own, it opens the row like the cell does.
    const onCheckbox = target.matches('input[type=checkbox]');
    if (row && (onCell || onCheckbox) && e.key === 'Enter') {
      e.preventDefault();
      onOpen(row);
      return;
    }
    if (row && onCell && e.key === ' ') {
      e.preventDefault();
      onOpen(row);
      return;
    }
    if (row && e.key === 'c' && !e.ctrlKey) {
      e.preventDefault();
      void onCopyId(row).then(setCopied);
      return;
    }
    if (onCell && controls.length > 0 && e.key === 'ArrowRight') {
      e.preventDefault();
      focusCell(controls[0]!);
      return;
    }
    const perPage = Math.max(1, Math.floor(((scrollElement?.clientHeight ?? 0) - HEADER_HEIGHT) / rowHeight));
    const next = nextCell(
      e.key,
      e.ctrlKey,
      {
        row: rowIndex,
        column: Math.max(column, 0),
        control: onCell ? 0 : Math.max(0, controls.indexOf(target)),
      },
      {
        rows: rows.length,
        columns: ids.length,
        rowsPerPage: perPage,
        controlsIn: (r, c) =>
          r === rowIndex && c === column
            ? controls.length
            : r === rowIndex
              ? (rowElement.querySelector(`[data-column="${ids[c]}"]`)?.querySelectorAll(CELL_CONTROLS)
                  .length ?? 0)
              : 0,
      },
    );
    if (!next || (list && next.row < 0)) return;
    e.preventDefault();
    moveTo(next);
  };

  // The active cell follows focus, however it got there (a click, Tab, a control inside a cell);
  // a cell whose text is cut off shows all of it.
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[role=gridcell], [role=columnheader]');
    const rowElement = cell?.closest<HTMLElement>('[role=row]');
    if (!cell || !rowElement) return;
    const index = rowElement.dataset.index;
    const key = index === undefined ? null : (rows[Number(index)]?.key ?? null);
    const columnId = cell.dataset.column ?? ids[0]!;
    if (active?.key !== key || active?.columnId !== columnId) setActive({ key, columnId });
    if (target === cell && cell.scrollWidth > cell.clientWidth && scrollElement) {
      const box = cell.getBoundingClientRect();
      const frame = scrollElement.getBoundingClientRect();
      setTooltip({
        text: cell.title || cell.textContent || '',
        left: box.left - frame.left + scrollElement.scrollLeft,
        top: box.bottom - frame.top + scrollElement.scrollTop,
      });
    } else setTooltip(undefined);
  };

  const onFocusRequestRow = useCallback((index: number) => {
    setPendingFocus((p) => ({ index, columnId: p?.columnId ?? '', control: 0 }));
    scrollToIndex.current(index);
  }, []);
  // A focus request keeps the active column when there is one.
  const pending = pendingFocus && {
    ...pendingFocus,
    columnId: ids.includes(pendingFocus.columnId)
      ? pendingFocus.columnId
      : (shownActive?.columnId ?? homeColumn),
  };
  const onFocused = useCallback(() => setPendingFocus(undefined), []);

  const headerTabbable = (id: string) =>
    shownActive?.key === null ? shownActive.columnId === id : rows.length === 0 && id === ids[0];

  return (
    <div
      ref={setScrollElement}
      className="relative min-h-0 min-w-0 flex-1 overflow-auto"
      style={{ scrollPaddingLeft: stickyWidth, scrollPaddingTop: list ? 0 : HEADER_HEIGHT }}
    >
      <p id="column-header-help" className="sr-only">
        Sorts the loaded rows. Shift adds the column to the sort. Alt with the left or right arrow key changes
        the width; Alt and Shift with an arrow key move the column.
      </p>
      {/* ARIA grid roles on plain elements: table elements styled as grid and flex cost more to
          restyle per new row than divs (bench case 4), and the roles carry the semantics. */}
      <div
        id="image-grid"
        role={tree ? 'treegrid' : 'grid'}
        aria-label="Images"
        aria-rowcount={ariaRowCount}
        aria-busy={busy}
        aria-describedby="grid-keys-help"
        className={`grid ${layout === 'comfortable' ? 'is-comfortable' : ''} ${scrolledX ? 'is-scrolled-x' : ''}`}
        style={{ width: list ? '100%' : table.getTotalSize(), minWidth: '100%' }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setTooltip(undefined)}
      >
        <div
          ref={headerRef}
          role="rowgroup"
          className={`sticky top-0 z-10 grid bg-zinc-50 dark:bg-zinc-900 ${list ? 'sr-only' : ''}`}
        >
          {list ? (
            <div role="row" aria-rowindex={1}>
              <div role="columnheader" data-column="image">
                Image
              </div>
            </div>
          ) : (
            table.getHeaderGroups().map((group) => (
              <div key={group.id} role="row" aria-rowindex={1} className="flex w-full bg-inherit">
                {group.headers.map((header) => (
                  <HeaderCell
                    key={header.id}
                    header={header}
                    sort={sort}
                    sortIsDefault={sortIsDefault}
                    tabbable={headerTabbable(header.column.id)}
                    stickyLeft={stickyLeft[header.column.id]}
                    stickyEdge={header.column.id === stickyEdge}
                    onSort={onSort}
                    onMove={(id, by) => {
                      onMoveColumn(id, columnIds.indexOf(id) + by);
                      setActive({ key: null, columnId: id });
                    }}
                    onDropColumn={(id, onto) => onMoveColumn(id, columnIds.indexOf(onto))}
                  />
                ))}
              </div>
            ))
          )}
        </div>
        <ImageTableBody
          rows={rows}
          columns={visibleColumns}
          widths={cellWidths}
          stickyLeft={stickyLeft}
          stickyEdge={stickyEdge}
          layout={layout}
          times={times}
          scrollElement={scrollElement}
          active={shownActive}
          homeColumn={homeColumn}
          openKey={openKey}
          pendingFocus={pending}
          focusRequest={focusRequest}
          onFocusRequestRow={onFocusRequestRow}
          onFocused={onFocused}
          onOpen={onOpen}
          registerScroll={registerScroll}
        />
      </div>
      <p id="grid-keys-help" className="sr-only">
        Arrow keys move between cells and the buttons in them; j and k between rows; Enter opens an image; c
        copies its ID.
      </p>
      {tooltip && (
        <div
          role="tooltip"
          className="pointer-events-none absolute z-20 max-w-md rounded bg-zinc-800 px-2 py-1 text-xs break-all text-white shadow dark:bg-zinc-200 dark:text-zinc-900"
          style={{ left: tooltip.left, top: tooltip.top }}
        >
          {tooltip.text}
        </div>
      )}
      <p
        role="status"
        className="sticky bottom-2 left-2 z-20 w-fit rounded bg-zinc-800 px-2 py-1 text-xs text-white empty:hidden dark:bg-zinc-200 dark:text-zinc-900"
      >
        {copied}
      </p>
      {rows.length === 0 && placeholder}
    </div>
  );
}
