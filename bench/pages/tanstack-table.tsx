// The baseline for client-side sorting and searching: TanStack Table v9's default sorted row model
// (built-in sort functions) and global filter (includesString), on the dashboard's rows and
// columns. Only the first rows are drawn: this page measures the row models, not rendering.
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_VISIBLE_COLUMNS, imageColumn } from '../../src/web/columns/image-columns';
import type { ImageRow } from '../../src/web/columns/image-row';
import { loadRows, markReady } from './load-rows';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    text: sortFn_text,
    datetime: sortFn_datetime,
    basic: sortFn_basic,
  },
  filterFns: { includesString: filterFn_includesString },
});
const helper = createColumnHelper<typeof features, ImageRow>();
const columns = helper.columns(
  DEFAULT_VISIBLE_COLUMNS.map(imageColumn).map((column) =>
    helper.accessor((row) => column.value(row), {
      id: column.id,
      header: column.label,
      sortFn: 'auto',
      sortUndefined: 'last',
    }),
  ),
);

function BaselineTable({ rows }: { rows: ImageRow[] }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.key,
    globalFilterFn: 'includesString',
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
  });
  return (
    <>
      <input
        id="quick-search"
        aria-label="Search"
        onKeyDown={(e) => {
          if (e.key === 'Enter') setGlobalFilter(e.currentTarget.value);
        }}
      />
      <table role="grid" aria-rowcount={table.getRowModel().rows.length + 1}>
        <thead>
          <tr>
            {table.getHeaderGroups()[0]!.headers.map((header) => (
              <th key={header.id} role="columnheader">
                <button type="button" onClick={header.column.getToggleSortingHandler()}>
                  <span>{String(header.column.columnDef.header)}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table
            .getRowModel()
            .rows.slice(0, 30)
            .map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>{String(cell.getValue() ?? '')}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}

const rows = await loadRows(location.search);
createRoot(document.getElementById('root')!).render(<BaselineTable rows={rows} />);
markReady(rows.length);
