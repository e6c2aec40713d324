// Edits people make to a view, as pure functions ViewState → ViewState. Each keeps the view in the
// canonical form the URL codec produces (defaults absent, no empty lists), so a link made after any
// edit reads back as the same view.

import {
  ALL_STATUSES,
  DEFAULT_STATUS,
  MAX_TAGS,
  type FilterKey,
  type ImageOwnerAlias,
  type TagFilter,
} from '../../ecs/describe-images-params';
import { DEFAULT_VISIBLE_COLUMNS, imageColumn, type ImageColumnId } from '../columns/image-columns';
import { failure, success, type Result } from '../../ecs/result';
import { SHARED_FILTER_SPECS } from './url-codec';
import {
  MAX_COMPARED,
  type ImageRef,
  type RowGrouping,
  type Screen,
  type SharedFilterName,
  type SharedFilters,
  type SortSpec,
  type ViewState,
} from './view-state';

type FilterValue<N extends SharedFilterName> = SharedFilters[N];

/** Sets one shared filter; `undefined` (or an empty list) removes it. */
export function withFilter<N extends SharedFilterName>(
  view: ViewState,
  name: N,
  value: FilterValue<N> | undefined,
): ViewState {
  const filters: SharedFilters = { ...view.filters };
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty) delete filters[name];
  else filters[name] = value;
  return { ...view, filters };
}

/** The accounts to show, in the order given; none: the session's default account. */
export function withAccounts(view: ViewState, accounts: readonly string[]): ViewState {
  return { ...view, accounts: [...new Set(accounts)] };
}

export function withRegions(view: ViewState, regions: readonly string[]): ViewState {
  return { ...view, regions: [...new Set(regions)] };
}

/** The regions a view shows: its own, or the default region when it names none. */
export function shownRegions(view: ViewState, defaultRegionId: string): readonly string[] {
  return view.regions.length ? view.regions : [defaultRegionId];
}

/**
 * Ticks or unticks a region in the picker. The default region counts as chosen when the view names
 * none, so ticking another adds it beside the default; unticking the last region returns to the
 * default.
 */
export function toggleRegion(view: ViewState, regionId: string, defaultRegionId: string): ViewState {
  const shown = shownRegions(view, defaultRegionId);
  if (!shown.includes(regionId)) return withRegions(view, [...shown, regionId]);
  return withRegions(
    view,
    shown.filter((r) => r !== regionId),
  );
}

/**
 * The owner choices people pick from. `others` is one API call that returns either shared images
 * or, with IsPublic=true, community images (docs/ecs-api-notes.md §1), so the two are offered apart and
 * only one of them can be on.
 */
export type OwnerChoice = 'system' | 'self' | 'shared' | 'community' | 'marketplace';

export function ownerChoices(view: ViewState): OwnerChoice[] {
  return view.owners.map((owner) =>
    owner === 'others' ? (view.filters.IsPublic ? 'community' : 'shared') : owner,
  );
}

/** Picks owners; choosing community or shared sets IsPublic, and leaving `others` drops what needs it. */
export function withOwnerChoices(view: ViewState, choices: readonly OwnerChoice[]): ViewState {
  const owners: ImageOwnerAlias[] = [];
  let community = false;
  for (const choice of new Set(choices)) {
    const owner: ImageOwnerAlias = choice === 'shared' || choice === 'community' ? 'others' : choice;
    if (choice === 'community') community = true;
    if (!owners.includes(owner)) owners.push(owner);
  }
  let next: ViewState = { ...view, owners };
  next = withFilter(next, 'IsPublic', community ? true : undefined);
  if (!owners.includes('others')) next = withFilter(next, 'ImageOwnerId', undefined);
  return next;
}

/** Toggles one owner choice; shared and community replace each other. */
export function toggleOwnerChoice(view: ViewState, choice: OwnerChoice): ViewState {
  const current = ownerChoices(view);
  if (current.includes(choice))
    return withOwnerChoices(
      view,
      current.filter((c) => c !== choice),
    );
  const rival = choice === 'shared' ? 'community' : choice === 'community' ? 'shared' : undefined;
  return withOwnerChoices(view, [...current.filter((c) => c !== rival), choice]);
}

/** The statuses the view asks for, with the API default made explicit. */
export function effectiveStatuses(view: ViewState): readonly string[] {
  return view.filters.Status ?? [DEFAULT_STATUS];
}

/** Toggles a status. ALL stands alone; no status at all falls back to the default (Available). */
export function toggleStatus(view: ViewState, status: string): ViewState {
  if (status === ALL_STATUSES) {
    const isAll = effectiveStatuses(view)[0] === ALL_STATUSES;
    return withStatuses(view, isAll ? [] : [ALL_STATUSES]);
  }
  const current = effectiveStatuses(view).filter((s) => s !== ALL_STATUSES);
  const next = current.includes(status) ? current.filter((s) => s !== status) : [...current, status];
  return withStatuses(view, next);
}

export function withStatuses(view: ViewState, statuses: readonly string[]): ViewState {
  const unique = [...new Set(statuses)];
  const isDefault = unique.length === 0 || (unique.length === 1 && unique[0] === DEFAULT_STATUS);
  return withFilter(view, 'Status', isDefault ? undefined : unique);
}

const sameTag = (a: TagFilter, b: TagFilter) => a.Key === b.Key && a.Value === b.Value;

/**
 * Adds a Tag filter (tags combine with AND): the new view, or why not — a duplicate, or a 21st tag.
 */
export function addTag(view: ViewState, tag: TagFilter): Result<ViewState, string> {
  const tags = view.filters.Tag ?? [];
  if (tag.Key === '') return failure('A tag filter needs a key.');
  if (tags.some((t) => sameTag(t, tag))) return failure(`The tag filter ${tagText(tag)} is already on.`);
  if (tags.length >= MAX_TAGS)
    return failure(`DescribeImages takes at most ${MAX_TAGS} tag filters; remove one first.`);
  const clean: TagFilter = tag.Value === undefined ? { Key: tag.Key } : { Key: tag.Key, Value: tag.Value };
  return success(withFilter(view, 'Tag', [...tags, clean]));
}

export function removeTag(view: ViewState, index: number): ViewState {
  return withFilter(
    view,
    'Tag',
    (view.filters.Tag ?? []).filter((_, i) => i !== index),
  );
}

/** Replaces every tag filter; rows without a key are dropped, a blank value means "any value". */
export function withTags(view: ViewState, tags: readonly TagFilter[]): ViewState {
  const clean = tags
    .filter((t) => t.Key !== '')
    .slice(0, MAX_TAGS)
    .map((t): TagFilter =>
      t.Value === undefined || t.Value === '' ? { Key: t.Key } : { Key: t.Key, Value: t.Value },
    );
  return withFilter(view, 'Tag', clean);
}

export function tagText(tag: TagFilter): string {
  return tag.Value === undefined ? `${tag.Key} (any value)` : `${tag.Key}=${tag.Value}`;
}

/** The value of a `Filter.N` key in the view, if set. */
export function imageFilterValue(view: ViewState, key: FilterKey): string | undefined {
  return view.filters.Filter?.find((f) => f.Key === key)?.Value;
}

/** Sets or removes one `Filter.N` key, keeping the others in their order. */
export function withImageFilter(view: ViewState, key: FilterKey, value: string | undefined): ViewState {
  const filters = view.filters.Filter ?? [];
  const at = filters.findIndex((f) => f.Key === key);
  const others = filters.filter((f) => f.Key !== key);
  if (value === undefined || value === '') return withFilter(view, 'Filter', others);
  const entry = { Key: key, Value: value };
  const next = at < 0 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
  return withFilter(view, 'Filter', next);
}

export function withSort(view: ViewState, sort: readonly SortSpec[]): ViewState {
  return { ...view, sort: sort.filter((s, i) => sort.findIndex((o) => o.id === s.id) === i) };
}

/** At most this many columns sort at once. */
export const MAX_SORT_COLUMNS = 3;

/**
 * The sort of a view whose link names none. Rows of a view that merges several calls (accounts × regions ×
 * owners) arrive call by call, an order that means nothing, so such a view shows the newest images
 * first; a view of one call keeps the order the API gave.
 */
export function defaultSort(
  view: Pick<ViewState, 'regions' | 'owners'> & Partial<Pick<ViewState, 'accounts'>>,
): readonly SortSpec[] {
  const calls =
    Math.max(1, view.accounts?.length ?? 0) *
    Math.max(1, view.regions.length) *
    Math.max(1, view.owners.length);
  return calls > 1 ? MERGED_VIEW_SORT : NO_SORT;
}
export const MERGED_VIEW_SORT: readonly SortSpec[] = [{ id: 'CreationTime', desc: true }];
const NO_SORT: readonly SortSpec[] = [];

/** The sort the rows are in: the link's, or the default sort when it names none. */
export function effectiveSort(view: ViewState): readonly SortSpec[] {
  return view.sort.length ? view.sort : defaultSort(view);
}

const sameSort = (a: readonly SortSpec[], b: readonly SortSpec[]) =>
  a.length === b.length && a.every((s, i) => s.id === b[i]!.id && s.desc === b[i]!.desc);

/**
 * A click on a column header, as spreadsheets (and TanStack Table) cycle it: an unsorted column
 * starts in its first direction (imageColumn's sortDescFirst), a second click flips it, a third
 * removes it. A plain click sorts by that column alone; with `addToSort` (Shift) the column is
 * added to the sort or changed in place, the oldest key dropping out past MAX_SORT_COLUMNS. The
 * click acts on the sort shown (the default one where the link has none), and a result equal to
 * the default leaves the link without `sort`.
 */
export function toggleSort(view: ViewState, id: ImageColumnId, addToSort: boolean): ViewState {
  const fallback = defaultSort(view);
  const sort = effectiveSort(view);
  const current = sort.find((s) => s.id === id);
  const firstDesc = imageColumn(id).sortDescFirst;
  const multi = addToSort && sort.length > 0;
  let next: readonly SortSpec[];
  if (!current) {
    const added = { id, desc: firstDesc };
    next = multi ? [...sort, added].slice(-MAX_SORT_COLUMNS) : [added];
  } else if (current.desc !== firstDesc) {
    // Flipped once already: the next click removes the column.
    next = multi ? sort.filter((s) => s.id !== id) : [];
  } else {
    const flipped = { id, desc: !current.desc };
    next = multi ? sort.map((s) => (s.id === id ? flipped : s)) : [flipped];
  }
  return withSort(view, sameSort(next, fallback) ? [] : next);
}

/** Shows these columns in this order; null (or the default set) is the default set. */
export function withColumns(view: ViewState, columns: readonly ImageColumnId[] | null): ViewState {
  const unique = columns ? [...new Set(columns)] : null;
  const defaults = DEFAULT_VISIBLE_COLUMNS;
  const isDefault =
    !unique ||
    unique.length === 0 ||
    (unique.length === defaults.length && unique.every((c, i) => c === defaults[i]));
  return { ...view, columns: isDefault ? null : unique };
}

export function withQuery(view: ViewState, q: string): ViewState {
  return { ...view, q };
}

export function withImage(view: ViewState, image: ImageRef | null): ViewState {
  return { ...view, image };
}

export function withGroup(view: ViewState, group: RowGrouping | null): ViewState {
  return { ...view, group };
}

/** Compares these images (2 to MAX_COMPARED, each once); fewer than two closes the comparison. */
export function withCompare(view: ViewState, refs: readonly ImageRef[]): ViewState {
  const unique = refs.filter(
    (r, i) => refs.findIndex((o) => o.regionId === r.regionId && o.imageId === r.imageId) === i,
  );
  return { ...view, compare: unique.length >= 2 ? unique.slice(0, MAX_COMPARED) : [] };
}

/**
 * Another screen of the same regions; an open image, or a comparison, belongs to the screen it was
 * opened on.
 */
export function withScreen(view: ViewState, screen: Screen): ViewState {
  return view.screen === screen ? view : { ...view, screen, image: null, compare: [] };
}

/**
 * How many filters narrow the request: every shared filter but Status and IsPublic (the community
 * owner choice), each tag and each Filter key — what withoutServerFilters clears.
 */
export function narrowingFilterCount(view: ViewState): number {
  const scalars = SHARED_FILTER_SPECS.filter(
    (s) =>
      s.name !== 'Status' && s.name !== 'IsPublic' && view.filters[s.name as SharedFilterName] !== undefined,
  );
  return scalars.length + (view.filters.Tag?.length ?? 0) + (view.filters.Filter?.length ?? 0);
}

/**
 * Every shared filter back to the API defaults. Regions and owners stay, and so does IsPublic when
 * it stands for the "community" owner choice.
 */
export function withoutServerFilters(view: ViewState): ViewState {
  const community = view.filters.IsPublic === true && view.owners.includes('others');
  return { ...view, filters: community ? { IsPublic: true } : {} };
}
