import { lazy, Suspense } from 'react';
import type { ImageCatalog } from '../images/use-image-catalog';
import type { Navigate } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';
import { TableSkeleton } from './table-skeleton';

// Said only when a view has no images, so loaded when first needed.
const EmptyState = lazy(() => import('./empty-state'));

/** What the table shows without rows: a skeleton while the first page is on its way, else why. */
export function ListPlaceholder(props: {
  /** The calls are planned (the default region is known). */
  ready: boolean;
  catalog: ImageCatalog;
  view: ViewState;
  navigate: Navigate;
}) {
  const { ready, catalog, view, navigate } = props;
  const { sources } = catalog;
  const loading = sources.some((s) => s.state === 'pending' || s.state === 'loading');
  if (!ready || (catalog.rows.length === 0 && loading)) return <TableSkeleton />;
  const failedAll = sources.length > 0 && sources.every((s) => s.state === 'error');
  return (
    <Suspense fallback={null}>
      <EmptyState view={view} navigate={navigate} failed={failedAll} />
    </Suspense>
  );
}
