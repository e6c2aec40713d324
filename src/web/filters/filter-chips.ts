// The active filters as chips: server-side ones (DescribeImages parameters, sent with every call)
// apart from client-side ones (the quick search's terms, over the rows already loaded). API defaults that hide
// images — Status=Available, the owner default without marketplace — are shown too, as chips that
// cannot be removed, because a default nobody sees is how images go missing.

import { DEFAULT_STATUS, type ParamSpec } from '../../ecs/describe-images-params';
import type { SearchLanguage } from '../images/search-language';
import { formatUtc } from '../ui/format';
import { SHARED_FILTER_SPECS } from '../view-state/url-codec';
import {
  narrowingFilterCount,
  ownerChoices,
  removeTag,
  tagText,
  toggleOwnerChoice,
  withFilter,
  withImageFilter,
  withQuery,
  withRegions,
  withStatuses,
} from '../view-state/view-edits';
import type { SharedFilterName, ViewState } from '../view-state/view-state';
import { DEFAULT_OWNERS_TEXT, FILTER_KEY_LABELS, OWNER_CHOICES } from './filter-labels';

export interface FilterChip {
  /** Unique among the chips of a view. */
  id: string;
  scope: 'server' | 'client';
  label: string;
  value: string;
  /** The request parameter behind it, e.g. `Tag.1.Key`; absent for client-side chips. */
  parameter?: string;
  /** A documented default: shown so nobody misses it, but there is nothing to remove. */
  isDefault: boolean;
  remove?: (view: ViewState) => ViewState;
}

function formatValue(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'boolean') return value ? 'yes' : 'no';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Shared filters with a chip of their own (Status has its own; IsPublic shows as the community owner). */
const CHIP_SPECS = SHARED_FILTER_SPECS.filter((s) => s.name !== 'Status' && s.name !== 'IsPublic');

/**
 * The chips of a view. The search's terms are chips of their own once the search language has
 * loaded (`language`); until then the search is one chip.
 */
export function filterChips(
  view: ViewState,
  defaultRegionId: string,
  language: SearchLanguage | undefined,
): FilterChip[] {
  const chips: FilterChip[] = [];
  const server = (chip: Omit<FilterChip, 'scope' | 'isDefault'>, isDefault = false) =>
    chips.push({ ...chip, scope: 'server', isDefault });

  if (view.regions.length === 0)
    server(
      { id: 'RegionId', label: 'Region', value: `${defaultRegionId} (default)`, parameter: 'RegionId' },
      true,
    );
  for (const region of view.regions)
    server({
      id: `RegionId=${region}`,
      label: 'Region',
      value: region,
      parameter: 'RegionId',
      remove: (v) =>
        withRegions(
          v,
          v.regions.filter((r) => r !== region),
        ),
    });

  const owners = ownerChoices(view);
  if (owners.length === 0)
    server(
      { id: 'ImageOwnerAlias', label: 'Owner', value: DEFAULT_OWNERS_TEXT, parameter: 'ImageOwnerAlias' },
      true,
    );
  for (const choice of owners)
    server({
      id: `ImageOwnerAlias=${choice}`,
      label: 'Owner',
      value: OWNER_CHOICES.find((c) => c.id === choice)!.label,
      parameter: 'ImageOwnerAlias',
      remove: (v) => toggleOwnerChoice(v, choice),
    });

  const statuses = view.filters.Status;
  if (!statuses)
    server(
      { id: 'Status', label: 'Status', value: `${DEFAULT_STATUS} (API default)`, parameter: 'Status' },
      true,
    );
  for (const status of statuses ?? [])
    server({
      id: `Status=${status}`,
      label: 'Status',
      value: status,
      parameter: 'Status',
      remove: (v) =>
        withStatuses(
          v,
          (v.filters.Status ?? []).filter((s) => s !== status),
        ),
    });

  for (const spec of CHIP_SPECS) {
    const name = spec.name as SharedFilterName;
    const value = view.filters[name];
    if (value === undefined) continue;
    server({
      id: name,
      label: spec.label,
      value: formatValue(spec, value),
      parameter: name,
      remove: (v) => withFilter(v, name, undefined),
    });
  }

  (view.filters.Tag ?? []).forEach((tag, i) =>
    server({
      id: `Tag.${i + 1}`,
      label: 'Tag',
      value: tagText(tag),
      parameter: `Tag.${i + 1}.Key`,
      remove: (v) => removeTag(v, i),
    }),
  );

  (view.filters.Filter ?? []).forEach((filter, i) =>
    server({
      id: `Filter.${i + 1}`,
      label: FILTER_KEY_LABELS[filter.Key],
      value: filter.Key.startsWith('Creation') ? formatUtc(filter.Value) : filter.Value,
      parameter: `Filter.${i + 1}.Key`,
      remove: (v) => withImageFilter(v, filter.Key, undefined),
    }),
  );

  // One chip per term of the quick search (an OR group is one term), each removable on its own.
  const search = (text: string, id: string, remove: (v: ViewState) => ViewState) =>
    chips.push({
      id,
      scope: 'client',
      label: 'Search in loaded rows',
      value: text,
      isDefault: false,
      remove,
    });
  if (language)
    language
      .parse(view.q)
      .groups.forEach((group, i) =>
        search(language.printGroup(group), `q.${i}`, (v) =>
          withQuery(v, language.withoutGroup(language.parse(v.q), i)),
        ),
      );
  else if (view.q.trim() !== '') search(view.q.trim(), 'q', (v) => withQuery(v, ''));
  return chips;
}

/** How many filters beyond the always-visible ones are on, for the "More filters (n)" button. */
export function moreFilterCount(view: ViewState): number {
  const inBar = (view.filters.ImageName ? 1 : 0) + (view.filters.ImageFamily ? 1 : 0);
  return narrowingFilterCount(view) - inBar;
}

/** Controls that live in the filter bar; every other control is in the "More filters" panel. */
const BAR_CONTROLS: ReadonlySet<string> = new Set([
  'RegionId',
  'ImageOwnerAlias',
  'Status',
  'ImageFamily',
  'ImageName',
]);

export function isMoreFiltersControl(controlId: string): boolean {
  return !BAR_CONTROLS.has(controlId);
}
