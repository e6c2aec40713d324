// What is loaded on demand, being off the first screen: "More filters", the image detail, the search
// language, the comparison, the selection bar, the family view's confirmation, the facets, saved
// views, preferences, the list of shortcuts and the phone's drawer and sort. The first three are
// fetched ahead once the list is in, so using one never waits; the rest load when first opened.

import { lazy, Suspense, useEffect, type ComponentProps } from 'react';
import { loadSearchLanguage } from '../images/search-language';

const loadMoreFilters = () => import('../filters/more-filters-panel');
const loadImageDetail = () => import('../detail/image-detail-panel');
const MoreFiltersPanel = lazy(loadMoreFilters);
const ImageDetailPanel = lazy(loadImageDetail);
const ComparePanel = lazy(() => import('../detail/compare-panel'));
const SelectionBar = lazy(() => import('../table/selection-bar'));
const FamilyConfirmation = lazy(() => import('../table/family-confirmation'));
const FacetsPanel = lazy(() => import('../filters/facets-panel'));
export const SavedViewsDialog = lazy(() => import('../filters/saved-views-dialog'));
export const PreferencesDialog = lazy(() => import('../table/preferences-dialog'));
export const ShortcutsDialog = lazy(() => import('../table/shortcuts-dialog'));
export const FiltersDrawer = lazy(() => import('./filters-drawer'));
export const PreferencesNotice = lazy(() => import('./preferences-notice'));
// The phone's sort, where the list has no column headers.
export const SortSelect = lazy(() => import('../table/sort-select'));

/**
 * Fetches the search language right after the first render (it is small, and typing must never
 * wait for it), and "More filters" and the detail shortly after `ready` turns true.
 */
export function usePreloadPanels(ready: boolean): void {
  useEffect(() => {
    const handle = setTimeout(() => void loadSearchLanguage());
    return () => clearTimeout(handle);
  }, []);
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
      className="max-h-[40vh] shrink-0 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900/50"
    >
      <Suspense fallback={<p className="text-sm text-zinc-500">Loading filters…</p>}>
        <MoreFiltersPanel {...props} />
      </Suspense>
    </section>
  );
}

export function FacetsSection(props: ComponentProps<typeof FacetsPanel>) {
  return (
    <section
      id="facets"
      aria-label="Facets"
      className="max-h-[40vh] shrink-0 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900/50"
    >
      <Suspense fallback={<p className="text-sm text-zinc-500">Counting…</p>}>
        <FacetsPanel {...props} />
      </Suspense>
    </section>
  );
}

export function ImageDetailSection(props: ComponentProps<typeof ImageDetailPanel>) {
  return (
    <Suspense
      fallback={
        <p
          className={`${props.fullScreen ? 'fixed inset-0 z-40 bg-white dark:bg-zinc-950' : 'w-[30rem]'} p-4 text-sm text-zinc-500`}
        >
          Loading details…
        </p>
      }
    >
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
