// What copy-as-code turns into code: the view's planned calls (one per region × owner, as the
// dashboard makes them) and what the dashboard does on top of them that no call can.

import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import type { ImageSource } from '../view-state/image-sources';
import type { ViewState } from '../view-state/view-state';

export interface CodeCall {
  regionId: string;
  /** `cn-hangzhou · self`. */
  label: string;
  /** The endpoint host the call goes to: its region's. */
  endpoint: string;
  /** The request without paging: every generator pages on its own. */
  request: DescribeImagesRequest;
}

export interface CodePlan {
  calls: readonly CodeCall[];
  /** The view wants each family's current image (the family view). */
  latestPerFamily: boolean;
  /** What the dashboard does to the loaded rows that the calls do not: search, sort. */
  clientSide: readonly string[];
}

/** A source label as people read it: the owner the call asks for. */
function ownerLabel(source: ImageSource): string {
  if (source.owner === undefined) return 'default owners';
  if (source.owner === 'others') return source.request.IsPublic ? 'community' : 'shared';
  return source.owner;
}

/**
 * `endpointOf` is the model's endpointHostForRegion (src/ecs/regions.ts), handed in by the page:
 * imported into this lazily loaded code, that module split the page's first download into several
 * files (rolldown could no longer keep the shared modules in the entry).
 */
export function codePlan(
  view: ViewState,
  sources: readonly ImageSource[],
  endpointOf: (regionId: string) => string,
): CodePlan {
  const clientSide: string[] = [];
  if (view.q.trim() !== '') clientSide.push(`the quick search "${view.q.trim()}" over the loaded rows`);
  if (view.sort.length)
    clientSide.push(
      `the sort by ${view.sort.map((s) => `${s.id}${s.desc ? ' (descending)' : ''}`).join(', ')}`,
    );
  return {
    calls: sources.map((source) => {
      const { PageNumber: _n, PageSize: _s, DryRun: _d, ...request } = source.request;
      return {
        regionId: source.regionId,
        label: `${source.regionId} · ${ownerLabel(source)}`,
        endpoint: endpointOf(source.regionId),
        request,
      };
    }),
    latestPerFamily: view.group === 'family',
    clientSide,
  };
}
