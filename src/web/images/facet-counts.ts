// Facets: how many of the rows shown have each owner, status, OS type, platform, architecture,
// region and family, and what the custom images weigh. One pass over the rows; the panel that
// shows them is opened on demand, so 100,000 rows are counted only when someone looks.

import type { ImageRow } from '../columns/image-row';
import { ownerKind } from '../columns/owner-label';

export const FACET_IDS = ['owner', 'status', 'osType', 'platform', 'arch', 'region', 'family'] as const;
export type FacetId = (typeof FACET_IDS)[number];

const FACET_VALUE: Record<FacetId, (row: ImageRow) => string> = {
  owner: (r) => ownerKind(r.image.ImageOwnerAlias, r.image.IsPublic),
  status: (r) => r.image.Status,
  osType: (r) => r.image.OSType,
  platform: (r) => r.image.Platform,
  arch: (r) => r.image.Architecture,
  region: (r) => r.regionId,
  family: (r) => r.image.ImageFamily,
};

export interface FacetBucket {
  /** The field's value; '' for images without one. */
  value: string;
  count: number;
}

export interface FacetCounts {
  /** Buckets of each facet, the largest first (ties by value). */
  facets: Record<FacetId, FacetBucket[]>;
  rows: number;
  /** Custom images (ImageOwnerAlias=self) among the rows, and their total size in GiB. */
  custom: { count: number; sizeGiB: number };
}

export function countFacets(rows: readonly ImageRow[]): FacetCounts {
  const maps = Object.fromEntries(FACET_IDS.map((id) => [id, new Map<string, number>()])) as Record<
    FacetId,
    Map<string, number>
  >;
  let customCount = 0;
  let customSize = 0;
  for (const row of rows) {
    for (const id of FACET_IDS) {
      const map = maps[id];
      const value = FACET_VALUE[id](row);
      map.set(value, (map.get(value) ?? 0) + 1);
    }
    if (row.image.ImageOwnerAlias === 'self') {
      customCount++;
      customSize += row.image.Size;
    }
  }
  const facets = Object.fromEntries(
    FACET_IDS.map((id) => [
      id,
      [...maps[id]]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
    ]),
  ) as Record<FacetId, FacetBucket[]>;
  return { facets, rows: rows.length, custom: { count: customCount, sizeGiB: customSize } };
}
