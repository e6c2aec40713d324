import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import type { ImageColumn } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { nextRowIndex } from './grid-keyboard';
import { nextScrollSpeed, type ScrollSpeed } from './scroll-speed';

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;

/** Asks the body to move focus back to the active row, e.g. after the detail panel closed. */
export interface FocusRequest {
  key: string;
  /** A new number for every request, so the same row can be asked for twice. */
  serial: number;
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
  columns: readonly ImageColumn[];
  /** Pixel width of each column by id. */
  widths: Readonly<Record<string, number>>;
  scrollElement: HTMLDivElement | null;
  activeKey: string | undefined;
  openKey: string | undefined;
  focusRequest: FocusRequest | undefined;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
}) {
  const { rows, columns, widths, scrollElement, activeKey, openKey, focusRequest, onActivate, onOpen } =
    props;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.key,
    overscan: 5,
    // The rows start below the sticky header, and scrolling to a row keeps it clear of it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  });
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const items = virtualizer.getVirtualItems();
  const [speed, setSpeed] = useState<ScrollSpeed>({ offset: 0, fast: false });
  const nextSpeed = nextScrollSpeed(
    speed,
    virtualizer.scrollOffset ?? 0,
    virtualizer.isScrolling,
    ROW_HEIGHT,
  );
  if (nextSpeed !== speed) setSpeed(nextSpeed);

  // Focus follows the keyboard once the row it moved to is rendered: now, or after the scroll
  // that brings it into the rendered range.
  const focusPending = () => {
    if (pendingFocus.current === null) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (!el) return;
    el.focus({ preventScroll: true });
    pendingFocus.current = null;
  };
  useEffect(focusPending);

  // Only a new request moves focus, not a change of rows.
  const focusRow = useEffectEvent((key: string) => {
    const index = rows.findIndex((r) => r.key === key);
    if (index < 0) return;
    pendingFocus.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusPending();
  });
  useEffect(() => {
    if (focusRequest) focusRow(focusRequest.key);
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLElement>('[role=row][data-index]');
    if (!tr || e.target !== tr) return;
    const index = Number(tr.dataset.index);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(rows[index]!);
      return;
    }
    const perPage = Math.max(
      1,
      Math.floor(((scrollElement?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT),
    );
    const next = nextRowIndex(e.key, index, rows.length, perPage);
    if (next === undefined) return;
    e.preventDefault();
    onActivate(rows[next]!.key);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // One row is in the Tab order: the active one if it is rendered, else the first rendered row.
  const rendered = items.map((item) => rows[item.index]!);
  const tabKey = rendered.some((r) => r.key === activeKey) ? activeKey : rendered[0]?.key;

  return (
    <div
      role="rowgroup"
      ref={(el) => {
        bodyRef.current = el;
      }}
      style={{ height: virtualizer.getTotalSize() }}
      className="relative grid"
      onKeyDown={onKeyDown}
    >
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <ImageTableRow
            key={row.key}
            row={row}
            index={item.index}
            columns={columns}
            widths={widths}
            open={row.key === openKey}
            tabbable={row.key === tabKey}
            top={item.start - HEADER_HEIGHT}
            plain={nextSpeed.fast}
            onActivate={onActivate}
            onOpen={onOpen}
          />
        );
      })}
    </div>
  );
});

/**
 * One row. Memoized: when the visible range moves, rows already on screen are not rendered again
 * (the virtualizer positions them), only the rows coming into view.
 */
const ImageTableRow = memo(function ImageTableRow(props: {
  row: ImageRow;
  index: number;
  columns: readonly ImageColumn[];
  widths: Readonly<Record<string, number>>;
  open: boolean;
  tabbable: boolean;
  /** Pixels from the top of the body; a row's place in the list, so memoizing holds while scrolling. */
  top: number;
  /** Text only, while rows pass too fast to read (scroll-speed.ts). */
  plain: boolean;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
}) {
  const { row, index, columns, widths, open, tabbable, top, plain, onActivate, onOpen } = props;
  return (
    <div
      data-index={index}
      style={{ top }}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={open}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => {
        onActivate(row.key);
        onOpen(row);
      }}
      className="image-row"
    >
      {columns.map((column) => {
        // Badges and chips, unless rows pass too fast to read. Text goes straight into the cell,
        // without wrapper elements: a fast scroll replaces every row each frame, and the cost of a
        // frame grows with the number of elements styled.
        const width = { width: widths[column.id] };
        if (column.render && !plain)
          return (
            <div key={column.id} role="gridcell" className={`image-cell ${column.cellClass}`} style={width}>
              {column.render(row)}
            </div>
          );
        const text = column.text(row);
        const textColumn = !column.render;
        return (
          <div
            key={column.id}
            role="gridcell"
            title={textColumn && text !== '' ? text : undefined}
            className={`image-cell ${column.cellClass} ${textColumn && text === '' ? 'is-empty' : ''}`}
            style={width}
          >
            {plain ? text : text || '—'}
          </div>
        );
      })}
    </div>
  );
});
