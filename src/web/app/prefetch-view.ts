// Render-as-you-fetch: the link's first requests start before React's first render. Evaluating the
// bundle, the first render and the first layout take a few hundred milliseconds on a slow machine;
// the first page's round trip runs during them instead of after (bench case 3).

import type { QueryClient } from '@tanstack/react-query';
import { auditImageSources } from '../audit/audit-sources';
import { imageSourceQueryOptions } from '../images/image-queries';
import { loadControlOf } from '../images/load-control';
import { regionsQueryOptions, sessionQueryOptions } from '../images/session-queries';
import { planImageSources } from '../view-state/image-sources';
import type { ViewState } from '../view-state/view-state';

export function prefetchView(client: QueryClient, view: ViewState): void {
  void client.prefetchQuery(sessionQueryOptions);
  void client.prefetchQuery(regionsQueryOptions);
  // The session's default region is not known yet: a link without regions plans nothing here, and
  // the page starts its requests once the session says which region it shows.
  // An audit link lists the custom images only; the list's calls would be wasted on it.
  const sources =
    view.screen === 'audit' ? auditImageSources(view.regions, undefined) : planImageSources(view, undefined);
  // The streams learn the load plan from the control the moment their page 1 arrives.
  loadControlOf(client).show(sources);
  for (const source of sources) void client.prefetchQuery(imageSourceQueryOptions(source, client));
}
