// The floor for row virtualization: the dashboard's rows in a bare @tanstack/react-virtual list —
// the same row height, overscan and visible cells as plain text; no table, no badges, no state.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { DEFAULT_VISIBLE_COLUMNS, imageColumn } from '../../src/web/columns/image-columns';
import type { ImageRow } from '../../src/web/columns/image-row';
import { ROW_HEIGHTS } from '../../src/web/table/image-table-body';

const columns = DEFAULT_VISIBLE_COLUMNS.map(imageColumn);

export function BareList({ rows }: { rows: readonly ImageRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHTS.compact,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="scroller" role="grid" aria-label="bare list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div key={row.key} className="row" style={{ transform: `translateY(${item.start}px)` }}>
              {columns.map((c) => (
                <span key={c.id} className="cell" style={{ width: c.width }}>
                  {String(c.value(row) ?? '')}
                </span>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
