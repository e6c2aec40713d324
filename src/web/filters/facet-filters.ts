// What clicking a facet's bar does. Where DescribeImages has the parameter (owner → ImageOwnerAlias,
// status → Status, OS type → OSType, architecture → Architecture, region → RegionId, family →
// ImageFamily) the view asks the API for that value alone; otherwise — platforms, which the API
// cannot filter, and values it has no parameter value for, such as "no family" — the quick search
// gets a term and the loaded rows are filtered client-side. Either way the page says which.

import { ARCHITECTURES, IMAGE_STATUSES, OS_TYPES } from '../../ecs/describe-images-params';
import type { FacetId } from '../images/facet-counts';
import { appendClause, type TextField } from '../images/search-query';
import {
  withFilter,
  withOwnerChoices,
  withQuery,
  withRegions,
  withStatuses,
  type OwnerChoice,
} from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';

export interface FacetFilter {
  /** `api`: a DescribeImages parameter (the rows are fetched again); `client`: the quick search. */
  scope: 'api' | 'client';
  /** The parameter or search term, as people will see it in the chips. */
  text: string;
  apply: (view: ViewState) => ViewState;
}

export const FACET_LABELS: Record<FacetId, string> = {
  owner: 'Owner',
  status: 'Status',
  osType: 'OS type',
  platform: 'Platform',
  arch: 'Architecture',
  region: 'Region',
  family: 'Family',
};

const SEARCH_FIELD: Record<FacetId, TextField> = {
  owner: 'owner',
  status: 'status',
  osType: 'os',
  platform: 'platform',
  arch: 'arch',
  region: 'region',
  family: 'family',
};

const OWNER_CHOICE: Record<string, OwnerChoice> = {
  system: 'system',
  self: 'self',
  others: 'shared',
  community: 'community',
  marketplace: 'marketplace',
};

function api(text: string, apply: (view: ViewState) => ViewState): FacetFilter {
  return { scope: 'api', text, apply };
}

const has = (list: readonly string[], value: string) => list.includes(value);

export function facetFilter(facet: FacetId, value: string): FacetFilter {
  if (value !== '') {
    if (facet === 'owner' && OWNER_CHOICE[value]) {
      const choice = OWNER_CHOICE[value];
      const alias = value === 'community' ? 'others, IsPublic=true' : value === 'others' ? 'others' : value;
      return api(`ImageOwnerAlias=${alias}`, (v) => withOwnerChoices(v, [choice]));
    }
    if (facet === 'status' && has(IMAGE_STATUSES, value))
      return api(`Status=${value}`, (v) => withStatuses(v, [value]));
    if (facet === 'osType' && has(OS_TYPES, value))
      return api(`OSType=${value}`, (v) => withFilter(v, 'OSType', value as (typeof OS_TYPES)[number]));
    if (facet === 'arch' && has(ARCHITECTURES, value))
      return api(`Architecture=${value}`, (v) =>
        withFilter(v, 'Architecture', value as (typeof ARCHITECTURES)[number]),
      );
    if (facet === 'region') return api(`RegionId=${value}`, (v) => withRegions(v, [value]));
    if (facet === 'family') return api(`ImageFamily=${value}`, (v) => withFilter(v, 'ImageFamily', value));
  }
  const clause = {
    negated: false,
    term: { kind: 'field' as const, field: SEARCH_FIELD[facet], exact: true, value },
  };
  return {
    scope: 'client',
    text: appendClause('', clause),
    apply: (v) => withQuery(v, appendClause(v.q, clause)),
  };
}
