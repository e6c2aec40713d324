// Render-as-you-fetch: the link's first requests start before React's first render. Evaluating the
// bundle, the first render and the first layout take a few hundred milliseconds on a slow machine;
// the first page's round trip runs during them instead of after (bench case 3).

import type { QueryClient } from '@tanstack/react-query';
import { auditImageSources } from '../audit/audit-sources';
import { defaultAccountOf } from '../images/ecs-api';
import { imageSourceQueryOptions } from '../images/image-queries';
import { loadControlOf } from '../images/load-control';
import { regionsQueryOptions, sessionQueryOptions } from '../images/session-queries';
import { planImageSources } from '../view-state/image-sources';
import type { ViewState } from '../view-state/view-state';

export function prefetchView(client: QueryClient, view: ViewState): void {
  const plan = (defaultRegion: string | undefined, defaultAccount: string | null) => {
    // An audit link lists the custom images only; the list's calls would be wasted on it.
    const sources =
      view.screen === 'audit'
        ? auditImageSources(view.regions, defaultRegion, defaultAccount)
        : planImageSources(view, defaultRegion, defaultAccount);
    // The streams learn the load plan from the control the moment their page 1 arrives.
    loadControlOf(client).show(sources);
    for (const source of sources) void client.prefetchQuery(imageSourceQueryOptions(source, client));
  };
  // A list link that names its accounts and regions is planned at once. Any other waits for the
  // session (answered by the proxy itself, without a call upstream): it says the default region,
  // and whether the proxy has an accounts file, when every call names an account.
  const planned = view.screen !== 'audit' && view.accounts.length > 0 && view.regions.length > 0;
  if (planned) plan(undefined, null);
  client.fetchQuery(sessionQueryOptions).then(
    (session) => {
      const account = defaultAccountOf(session);
      void client.prefetchQuery(regionsQueryOptions(account));
      if (!planned) plan(session.defaultRegion, account);
    },
    () => {}, // The page says so.
  );
}
