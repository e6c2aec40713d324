import { FlexRender, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { imageColumn, type ImageColumnId } from '../images/image-columns';
import type { ImageRow } from '../images/image-row';
import { cellClass, cellText } from './cell-text';
import { nextRowIndex } from './grid-keyboard';
import type { ImageTableFeatures } from './image-table-features';

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
  rows: readonly Row<ImageTableFeatures, ImageRow>[];
  scrollElement: HTMLDivElement | null;
  activeKey: string | undefined;
  openKey: string | undefined;
  focusRequest: FocusRequest | undefined;
  onActivate: (key: string) => void;
  onOpen: (row: ImageRow) => void;
}) {
  const { rows, scrollElement, activeKey, openKey, focusRequest, onActivate, onOpen } = props;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    // Rows are a fixed height: never read it back from the DOM (each read forces a layout).
    measureElement: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
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
    const index = rows.findIndex((r) => r.id === focusRequest.key);
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
      onOpen(rows[index]!.original);
      return;
    }
    const perPage = Math.max(
      1,
      Math.floor(((scrollElement?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT),
    );
    const next = nextRowIndex(e.key, index, rows.length, perPage);
    if (next === undefined) return;
    e.preventDefault();
    onActivate(rows[next]!.id);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // One row is in the Tab order: the active one if it is rendered, else the first rendered row.
  const rendered = items.map((item) => rows[item.index]!);
  const tabKey = rendered.some((r) => r.id === activeKey) ? activeKey : rendered[0]?.id;

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
        const open = row.id === openKey;
        return (
          <tr
            key={row.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            role="row"
            aria-rowindex={item.index + 2}
            aria-selected={open}
            tabIndex={row.id === tabKey ? 0 : -1}
            onClick={() => {
              onActivate(row.id);
              onOpen(row.original);
            }}
            className={`absolute top-0 left-0 flex h-8 w-full cursor-pointer border-b border-zinc-100 focus:outline-2 focus:-outline-offset-2 focus:outline-blue-600 dark:border-zinc-800 dark:focus:outline-blue-400 ${
              open
                ? 'bg-blue-100 dark:bg-blue-900/50'
                : 'bg-white hover:bg-zinc-50 dark:bg-zinc-950 dark:hover:bg-zinc-900'
            }`}
          >
            {row.getAllCells().map((cell) => {
              const column = imageColumn(cell.column.id as ImageColumnId);
              const text = cellText(column, row.original);
              return (
                <td
                  key={cell.id}
                  role="gridcell"
                  title={text || undefined}
                  className={`shrink-0 truncate px-2 leading-8 ${cellClass(column)} ${text === '' ? 'text-zinc-400' : ''}`}
                  style={{ width: `var(--col-${cell.column.id})` }}
                >
                  <FlexRender cell={cell} />
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
});
