import type { ReactNode } from 'react';

export function Section({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <div className="mb-2 flex items-center gap-2">
        <h3 id={id} className="text-sm font-semibold">
          {title}
        </h3>
        {actions && <div className="ml-auto">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** A definition list of label → value, dense, values selectable. */
export function Facts({ items }: { items: readonly [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1 text-xs">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 break-words">
            {value === '' || value === undefined ? <span className="text-zinc-400">—</span> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A small, horizontally scrollable data table with real header cells. */
export function MiniTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly ReactNode[][];
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-700">
            {headers.map((h) => (
              <th
                key={h}
                scope="col"
                className="px-1.5 py-1 font-semibold whitespace-nowrap text-zinc-600 dark:text-zinc-300"
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className="border-b border-zinc-100 dark:border-zinc-800">
              {cells.map((cell, j) => (
                <td key={j} className="px-1.5 py-1 align-top whitespace-nowrap">
                  {cell === '' || cell === undefined ? <span className="text-zinc-400">—</span> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
