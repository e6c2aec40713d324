import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useContext, useEffect, useEffectEvent, useRef, useState } from 'react';
import { FamilyCellsContext, OwnerBadge, StatusBadge } from '../columns/cell-parts';
import { imageColumn, type GridColumn, type TimeDisplay } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { nextScrollSpeed, type ScrollSpeed } from './scroll-speed';

export const HEADER_HEIGHT = 36;
/** Row heights: the two densities of the grid, and the phone's list of two-line rows. */
export const ROW_HEIGHTS = { compact: 32, comfortable: 40, list: 72 } as const;
export type RowLayout = keyof typeof ROW_HEIGHTS;

/** Asks the body to move focus back to a row, e.g. after the detail panel closed. */
export interface FocusRequest {
  key: string;
  /** A new number for every request, so the same row can be asked for twice. */
  serial: number;
}

/** The cell that last had focus: a row key (null for the header row) and a column. */
export interface ActiveCell {
  key: string | null;
  columnId: string;
}

/** Where focus goes once its row is rendered: a row index, a column, a control inside the cell. */
export interface PendingFocus {
  index: number;
  columnId: string;
  control: number;
}

/** What a control inside a cell can be; the grid's arrow keys reach each (grid-keyboard.ts). */
export const CELL_CONTROLS = 'button, a[href], input, select, textarea, [tabindex]:not([role=gridcell])';

/** The element that stands for a place in the grid: a control inside the cell, or the cell. */
export function focusTarget(cell: HTMLElement, control: number): HTMLElement {
  const controls = cell.querySelectorAll<HTMLElement>(CELL_CONTROLS);
  return controls[Math.min(control, controls.length - 1)] ?? cell;
}

/**
 * Focuses a cell or control; a cell gets a tabindex first, as only the grid's one stop has one. The
 * browser scrolls a cell into view sideways, except a sticky one, which is in view already (and
 * would be scrolled back to where it sits in the row).
 */
export function focusCell(target: HTMLElement): void {
  if (target.getAttribute('role') === 'gridcell' && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: target.closest('.is-sticky') !== null });
}

/**
 * The virtualized rows, in their own component so scrolling re-renders only this (docs/frontend-notes.md
 * §2.2). Rows have a fixed height and a fixed place (`top`), so a row already on screen is not
 * rendered again while scrolling; only rows coming into view are. Rows are never measured: that
 * registered each new row with a ResizeObserver, which cost more than the row itself when
 * scrolling fast (bench case 4).
 */
export const ImageTableBody = memo(function ImageTableBody(props: {
  rows: readonly ImageRow[];
  columns: readonly GridColumn[];
  /** Pixel width of each column by id. */
  widths: Readonly<Record<string, number>>;
  /** Left offset of each column that sticks at the start. */
  stickyLeft: Readonly<Record<string, number>>;
  /** The last of them, which draws the edge. */
  stickyEdge: string | undefined;
  layout: RowLayout;
  times: TimeDisplay;
  scrollElement: HTMLDivElement | null;
  /** The cell that last had focus; its row key is null in the header row. */
  active: ActiveCell | undefined;
  /** The column a row is entered at before any cell was active. */
  homeColumn: string;
  openKey: string | undefined;
  /** Where focus should go once rendered; the body scrolls there and takes it. */
  pendingFocus: PendingFocus | undefined;
  focusRequest: FocusRequest | undefined;
  onFocusRequestRow: (index: number) => void;
  onFocused: () => void;
  onOpen: (row: ImageRow) => void;
  registerScroll: (scrollToIndex: (index: number) => void) => void;
}) {
  const { rows, columns, widths, stickyLeft, stickyEdge, layout, times, scrollElement, active, openKey } =
    props;
  const { pendingFocus, focusRequest, onFocusRequestRow, onFocused, onOpen, registerScroll } = props;
  const rowHeight = ROW_HEIGHTS[layout];
  const headerHeight = layout === 'list' ? 0 : HEADER_HEIGHT;
  // Stable while the rows are: the virtualizer works out every row's place again whenever its
  // getItemKey changes — 100,000 of them on every frame of a scroll, when it was a new function per
  // render (a CPU profile of bench case 4 had that at 30 % of the time).
  const getItemKey = useCallback((index: number) => rows[index]!.key, [rows]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize,
    getItemKey,
    overscan: 5,
    // The rows start below the sticky header, and scrolling to a row keeps it clear of it.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    useFlushSync: false,
  });
  // A new density or layout changes every row's height.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const items = virtualizer.getVirtualItems();
  const [speed, setSpeed] = useState<ScrollSpeed>({ offset: 0, fast: false });
  const nextSpeed = nextScrollSpeed(speed, virtualizer.scrollOffset ?? 0, virtualizer.isScrolling, rowHeight);
  if (nextSpeed !== speed) setSpeed(nextSpeed);

  const scrollToIndex = useEffectEvent((index: number) =>
    virtualizer.scrollToIndex(index, { align: 'auto' }),
  );
  useEffect(() => registerScroll(scrollToIndex), [registerScroll]);

  // The grid's one Tab stop: the active cell while its row is rendered, else the same column of the
  // first rendered row; none here while it is in the header.
  const activeRendered = items.some((item) => rows[item.index]!.key === active?.key);
  const tabStop =
    active?.key === null
      ? undefined
      : {
          key: activeRendered ? active!.key! : (rows[items[0]?.index ?? -1]?.key ?? ''),
          columnId: active?.columnId ?? props.homeColumn,
        };

  // Focus follows the keyboard once the row it moved to is rendered: now, or after the scroll that
  // brings it into the rendered range.
  useEffect(() => {
    if (!pendingFocus) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.index}"]`);
    const cell = row?.querySelector<HTMLElement>(`[data-column="${pendingFocus.columnId}"]`);
    if (!cell) return;
    focusCell(focusTarget(cell, pendingFocus.control));
    onFocused();
  });

  // Only a new request moves focus, not a change of rows.
  const focusRow = useEffectEvent((key: string) => {
    const index = rows.findIndex((r) => r.key === key);
    if (index >= 0) onFocusRequestRow(index);
  });
  useEffect(() => {
    if (focusRequest) focusRow(focusRequest.key);
  }, [focusRequest]);

  return (
    <div
      role="rowgroup"
      ref={bodyRef}
      style={{ height: virtualizer.getTotalSize() }}
      className="relative grid"
    >
      {items.map((item) => {
        const row = rows[item.index]!;
        const common = {
          row,
          index: item.index,
          open: row.key === openKey,
          tabColumn: row.key === tabStop?.key ? tabStop.columnId : undefined,
          top: item.start - headerHeight,
          times,
          onOpen,
        };
        return layout === 'list' ? (
          <ImageListRow key={row.key} {...common} />
        ) : (
          <ImageTableRow
            key={row.key}
            {...common}
            columns={columns}
            widths={widths}
            stickyLeft={stickyLeft}
            stickyEdge={stickyEdge}
            plain={nextSpeed.fast}
          />
        );
      })}
    </div>
  );
});

interface RowProps {
  row: ImageRow;
  index: number;
  open: boolean;
  /** The column whose cell is the grid's Tab stop, when it is in this row. */
  tabColumn: string | undefined;
  /** Pixels from the top of the body; a row's place in the list, so memoizing holds while scrolling. */
  top: number;
  times: TimeDisplay;
  onOpen: (row: ImageRow) => void;
}

/**
 * One row. Memoized: when the visible range moves, rows already on screen are not rendered again
 * (the virtualizer positions them), only the rows coming into view.
 */
const ImageTableRow = memo(function ImageTableRow(
  props: RowProps & {
    columns: readonly GridColumn[];
    widths: Readonly<Record<string, number>>;
    stickyLeft: Readonly<Record<string, number>>;
    stickyEdge: string | undefined;
    /** Text only, while rows pass too fast to read (scroll-speed.ts). */
    plain: boolean;
  },
) {
  const { row, index, columns, widths, stickyLeft, stickyEdge, open, tabColumn, top, times, plain, onOpen } =
    props;
  // In the family view (a treegrid) a family's line heads its other versions.
  const line = useContext(FamilyCellsContext).lineOf?.(row);
  return (
    <div
      data-index={index}
      style={{ top }}
      role="row"
      aria-rowindex={index + 2}
      aria-level={line ? (line.kind === 'version' ? 2 : 1) : undefined}
      aria-expanded={line?.kind === 'head' && line.family.members.length > 1 ? line.expanded : undefined}
      aria-selected={open}
      onClick={() => onOpen(row)}
      className="image-row"
    >
      {columns.map((column) => {
        const left = stickyLeft[column.id];
        const style = left === undefined ? { width: widths[column.id] } : { width: widths[column.id], left };
        const sticky =
          left === undefined ? '' : column.id === stickyEdge ? 'is-sticky is-sticky-edge' : 'is-sticky';
        const tabIndex = column.id === tabColumn ? 0 : undefined;
        // Badges and chips, unless rows pass too fast to read. Text goes straight into the cell,
        // without wrapper elements: a fast scroll replaces every row each frame, and the cost of a
        // frame grows with the number of elements styled.
        if (column.render && !plain)
          return (
            <div
              key={column.id}
              role="gridcell"
              data-column={column.id}
              tabIndex={tabIndex}
              title={column.title(row, times) || undefined}
              className={`image-cell ${column.cellClass} ${sticky}`}
              style={style}
            >
              {column.render(row)}
            </div>
          );
        const text = column.text(row, times);
        const textColumn = !column.render;
        return (
          <div
            key={column.id}
            role="gridcell"
            data-column={column.id}
            tabIndex={tabIndex}
            title={text === '' ? undefined : column.title === column.text ? text : column.title(row, times)}
            className={`image-cell ${column.cellClass} ${sticky} ${textColumn && text === '' ? 'is-empty' : ''}`}
            style={style}
          >
            {plain ? text : text || '—'}
          </div>
        );
      })}
    </div>
  );
});

const CREATED = imageColumn('CreationTime');

/** One row of the phone's list: name, then ID, then status, owner, OS and age. */
const ImageListRow = memo(function ImageListRow(props: RowProps) {
  const { row, index, open, tabColumn, top, times, onOpen } = props;
  const { image } = row;
  return (
    <div
      data-index={index}
      style={{ top }}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={open}
      onClick={() => onOpen(row)}
      className="image-row is-list"
    >
      <div
        role="gridcell"
        data-column="image"
        tabIndex={tabColumn === undefined ? undefined : 0}
        className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 px-3"
      >
        <span className="truncate font-medium">{image.ImageName || image.ImageId}</span>
        {image.ImageName !== image.ImageId && (
          <span className="truncate font-mono text-xs text-zinc-600 dark:text-zinc-400">{image.ImageId}</span>
        )}
        <span className="flex min-w-0 items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          <StatusBadge status={image.Status} progress={image.Progress} />
          <OwnerBadge image={image} />
          <span className="truncate">{image.OSNameEn}</span>
          <span className="ml-auto shrink-0" title={CREATED.title(row, times)}>
            {CREATED.text(row, times)}
          </span>
        </span>
      </div>
    </div>
  );
});
