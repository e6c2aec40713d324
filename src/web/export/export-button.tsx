import { lazy, Suspense, type ComponentProps } from 'react';
import { buttonClass } from '../ui/button';

const ExportMenu = lazy(() => import('./export-menu'));

/** The Export menu, loaded once there are rows to export; until then a button that cannot be used yet. */
export function ExportButton(props: ComponentProps<typeof ExportMenu>) {
  const waiting = (
    <button type="button" className={buttonClass} disabled>
      Export<span aria-hidden="true">▾</span>
    </button>
  );
  if (props.rows.length === 0) return waiting;
  return (
    <Suspense fallback={waiting}>
      <ExportMenu {...props} />
    </Suspense>
  );
}
