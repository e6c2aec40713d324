// Which screen the view asks for: the image list (App), or the audit (view=audit), loaded on
// demand so the first screen's bundle stays the list's.

import { lazy, Suspense } from 'react';
import { useRegions } from '../images/session-queries';
import { App } from './app';
import { PageHeader } from './page-header';
import { useViewUrl } from './use-view-url';

const AuditScreen = lazy(() => import('../audit/audit-screen'));

export function Root() {
  const { view, ignored, navigate, dismissIgnored } = useViewUrl();
  const regions = useRegions();
  if (view.screen !== 'audit') return <App />;
  return (
    <div className="flex h-dvh flex-col">
      <PageHeader />
      <Suspense
        fallback={<p className="px-4 py-2 text-sm text-zinc-600 dark:text-zinc-400">Loading the audit…</p>}
      >
        <AuditScreen
          view={view}
          navigate={navigate}
          ignored={ignored}
          onDismissIgnored={dismissIgnored}
          regions={regions.data ?? []}
        />
      </Suspense>
    </div>
  );
}
