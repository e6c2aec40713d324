// Render-as-you-fetch: the link's first requests start before React's first render. Evaluating the
// bundle, the first render and the first layout take a few hundred milliseconds on a slow machine;
// the first page's round trip runs during them instead of after (bench case 3).

import type { QueryClient } from '@tanstack/react-query';
import { imageSourceQueryOptions } from '../images/image-queries';
import { regionsQueryOptions, sessionQueryOptions } from '../session/use-session';
import { planImageSources } from '../view-state/image-sources';
import type { ViewState } from '../view-state/view-state';

export function prefetchView(client: QueryClient, view: ViewState): void {
  void client.prefetchQuery(sessionQueryOptions);
  void client.prefetchQuery(regionsQueryOptions);
  // A link without regions waits for the session's default region; the page starts those itself.
  if (!view.regions.length) return;
  for (const source of planImageSources(view, view.regions[0]!))
    void client.prefetchQuery(imageSourceQueryOptions(source, client));
}
