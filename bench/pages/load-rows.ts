// Loads every row of a view through the proxy with the dashboard's own modules, so the baselines
// run on exactly the rows the dashboard shows. Loading is not what these pages measure.
import { ConcurrencyLimiter } from '../../src/ecs/concurrency-limiter';
import { fetchDescribeImages } from '../../src/web/images/ecs-api';
import type { ImageRow } from '../../src/web/columns/image-row';
import { mergeSourceRows } from '../../src/web/images/merge-rows';
import { planImageSources } from '../../src/web/view-state/image-sources';
import { parseViewQueryString } from '../../src/web/view-state/url-codec';

export async function loadRows(search: string): Promise<ImageRow[]> {
  const limit = new ConcurrencyLimiter(6);
  const sources = planImageSources(parseViewQueryString(search).state, 'cn-hangzhou');
  const data = await Promise.all(
    sources.map(async (source) => {
      const first = await limit.run(() => fetchDescribeImages({ ...source.request, PageNumber: 1 }));
      const count = Math.ceil(first.TotalCount / 100);
      const rest = await Promise.all(
        Array.from({ length: count - 1 }, (_, i) =>
          limit.run(() => fetchDescribeImages({ ...source.request, PageNumber: i + 2 })),
        ),
      );
      return { regionId: source.regionId, pages: [first, ...rest] };
    }),
  );
  return mergeSourceRows(data);
}

declare global {
  interface Window {
    benchReady?: number;
  }
}

/** Tells the benchmark the page shows its rows. */
export function markReady(rowCount: number): void {
  requestAnimationFrame(() => (window.benchReady = rowCount));
}
