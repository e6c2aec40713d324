import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { ImageColumn } from '../images/image-columns';
import type { ImageRow } from '../images/image-row';
import { cellClass, cellText } from './cell-text';
import { nextRowIndex } from './grid-keyboard';
import { renderCell } from './image-table-columns';

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;

let rowsPaintedMarked = false;

/** Asks the body to move focus back to the active row, e.g. after the detail panel closed. */
export interface FocusRequest {
  key: string;
  /** A new number for every request, so the same row can be asked for twice. */
  serial: number;
}

/**
 * The virtualized rows, in their own component so scrolling re-renders only this (frontend-notes
 * §2.2). Rows have a fixed height; with `directDomUpdates` the virtualizer moves rows itself and
 * React renders only when the visible range changes.
 */
export const ImageTableBody = memo(function ImageTableBody(props: {
  rows: readonly ImageRow[];
  columns: readonly ImageColumn[];
  scrollElement: HTMLDivElement | null;
  activeKey: string | undefined;
  openKey: string | undefined;
  focusRequest: FocusRequest | undefined;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
}) {
  const { rows, columns, scrollElement, activeKey, openKey, focusRequest, onActivate, onOpen } = props;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    // Rows are a fixed height: never read it back from the DOM (each read forces a layout).
    measureElement: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.key,
    overscan: 5,
    // The rows start below the sticky header, and scrolling to a row keeps it clear of it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    directDomUpdates: true,
    useFlushSync: false,
  });
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const items = virtualizer.getVirtualItems();

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

  useEffect(() => {
    if (!focusRequest) return;
    const index = rows.findIndex((r) => r.key === focusRequest.key);
    if (index < 0) return;
    pendingFocus.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusPending();
    // Only a new request moves focus, not a change of rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  // For the benchmark: one frame after the first commit that shows rows.
  useEffect(() => {
    if (rowsPaintedMarked || items.length === 0) return;
    rowsPaintedMarked = true;
    requestAnimationFrame(() => performance.mark('rows-painted'));
  }, [items.length]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
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
    <tbody
      role="rowgroup"
      ref={(el) => {
        bodyRef.current = el;
        virtualizer.containerRef(el);
      }}
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
            open={row.key === openKey}
            tabbable={row.key === tabKey}
            measure={virtualizer.measureElement}
            onActivate={onActivate}
            onOpen={onOpen}
          />
        );
      })}
    </tbody>
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
  open: boolean;
  tabbable: boolean;
  measure: (el: HTMLElement | null) => void;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
}) {
  const { row, index, columns, open, tabbable, measure, onActivate, onOpen } = props;
  return (
    <tr
      data-index={index}
      ref={measure}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={open}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => {
        onActivate(row.key);
        onOpen(row);
      }}
      className={`image-row absolute top-0 left-0 flex h-8 w-full cursor-pointer border-b border-zinc-100 focus:outline-2 focus:-outline-offset-2 focus:outline-blue-600 dark:border-zinc-800 dark:focus:outline-blue-400 ${
        open
          ? 'bg-blue-100 dark:bg-blue-900/50'
          : 'bg-white hover:bg-zinc-50 dark:bg-zinc-950 dark:hover:bg-zinc-900'
      }`}
    >
      {columns.map((column) => {
        const text = cellText(column, row);
        return (
          <td
            key={column.id}
            role="gridcell"
            title={text || undefined}
            className={`shrink-0 truncate px-2 leading-8 ${cellClass(column)} ${text === '' ? 'text-zinc-400' : ''}`}
            style={{ width: `var(--col-${column.id})` }}
          >
            {renderCell(column, row)}
          </td>
        );
      })}
    </tr>
  );
});
