// The panels loaded on demand: "More filters" and the image detail. They are small; once the list
// is in, both are fetched ahead, so opening one never waits.

import { lazy, Suspense, useEffect, type ComponentProps } from 'react';

const loadMoreFilters = () => import('../filters/more-filters-panel');
const loadImageDetail = () => import('../detail/image-detail-panel');
const MoreFiltersPanel = lazy(loadMoreFilters);
const ImageDetailPanel = lazy(loadImageDetail);

/** Fetches both panels shortly after `ready` turns true. */
export function usePreloadPanels(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const handle = setTimeout(() => void Promise.all([loadMoreFilters(), loadImageDetail()]), 500);
    return () => clearTimeout(handle);
  }, [ready]);
}

export function MoreFiltersSection(props: ComponentProps<typeof MoreFiltersPanel>) {
  return (
    <section
      id="more-filters"
      aria-label="More filters"
      className="max-h-[40vh] overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900/50"
    >
      <Suspense fallback={<p className="text-sm text-zinc-500">Loading filters…</p>}>
        <MoreFiltersPanel {...props} />
      </Suspense>
    </section>
  );
}

export function ImageDetailSection(props: ComponentProps<typeof ImageDetailPanel>) {
  return (
    <Suspense fallback={<p className="w-[30rem] p-4 text-sm text-zinc-500">Loading details…</p>}>
      <ImageDetailPanel {...props} />
    </Suspense>
  );
}
