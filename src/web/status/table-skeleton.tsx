const WIDTHS = ['w-3/4', 'w-1/2', 'w-2/3', 'w-5/6', 'w-1/3', 'w-3/5'];

/** Placeholder rows while the first page is on its way. */
export function TableSkeleton() {
  return (
    <div aria-hidden="true" className="space-y-2 p-3">
      {Array.from({ length: 12 }, (_, i) => (
        <div key={i} className="flex gap-4">
          <div
            className={`h-4 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800 ${WIDTHS[i % WIDTHS.length]}`}
          />
          <div className="h-4 w-1/4 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
        </div>
      ))}
    </div>
  );
}
