// The panels loaded on demand: "More filters", the image detail and the comparison. The first two
// are small; once the list is in, both are fetched ahead, so opening one never waits.

import { lazy, Suspense, useEffect, type ComponentProps } from 'react';

const loadMoreFilters = () => import('../filters/more-filters-panel');
const loadImageDetail = () => import('../detail/image-detail-panel');
const MoreFiltersPanel = lazy(loadMoreFilters);
const ImageDetailPanel = lazy(loadImageDetail);
const ComparePanel = lazy(() => import('../detail/compare-panel'));
const SelectionBar = lazy(() => import('../table/selection-bar'));
const FamilyConfirmation = lazy(() => import('../table/family-confirmation'));

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

export function CompareSection(props: ComponentProps<typeof ComparePanel>) {
  return (
    <Suspense fallback={<p className="w-[48rem] p-4 text-sm text-zinc-500">Loading the comparison…</p>}>
      <ComparePanel {...props} />
    </Suspense>
  );
}

/** Shown from the first selected row on. */
export function SelectionSection(props: ComponentProps<typeof SelectionBar>) {
  return (
    <Suspense fallback={null}>
      <SelectionBar {...props} />
    </Suspense>
  );
}

/** The service's word on what a family resolves to, in the family view's line (with its model, lazily). */
export function FamilyConfirmationBadge(props: ComponentProps<typeof FamilyConfirmation>) {
  return (
    <Suspense fallback={<span className="badge tone-grey ml-1">checking…</span>}>
      <FamilyConfirmation {...props} />
    </Suspense>
  );
}
