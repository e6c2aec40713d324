// The shareable URL ⇄ ViewState. API parameters keep their DescribeImages names and value formats
// (`RegionId=cn-hangzhou,cn-shanghai&Tag.1.Key=env`); the dashboard's own state uses short lower-case
// names (`account`, `view`, `sort`, `cols`, `q`, `image`, `group`, `compare`). Defaults are left out.
// Everything read from a URL is validated; what is not allowed is dropped and reported, never fatal
// (Cloudscape's rule).

import {
  ALL_STATUSES,
  checkFilterValue,
  DEFAULT_STATUS,
  filterExpectation,
  IMAGE_OWNER_ALIASES,
  IMAGE_STATUSES,
  isFilterKey,
  MAX_FILTERS,
  MAX_TAGS,
  SCALAR_PARAMS,
  type ImageFilter,
  type ImageOwnerAlias,
  type ParamSpec,
  type TagFilter,
} from '../../ecs/describe-images-params';
import { expectationOf, parseParam, type ParamValue } from '../../ecs/api-params';
import { ACCOUNT_PARAM, isWellFormedAccountName } from '../../ecs/proxy-api';
import { isWellFormedRegionId } from '../../ecs/regions';
import {
  flattenFilters,
  flattenTags,
  groupRepeated,
  parseRepeatedName,
  type WireEntry,
} from '../../ecs/repeated-params';
import { failure, success, type Result } from '../../ecs/result';
import { DEFAULT_VISIBLE_COLUMNS, isImageColumnId, type ImageColumnId } from '../columns/image-columns';
import {
  MAX_COMPARED,
  type ImageRef,
  type RowGrouping,
  type Screen,
  type SharedFilters,
  type SortSpec,
  type ViewState,
} from './view-state';

/** A part of a link that was dropped, and why. */
export interface IgnoredUrlPart {
  name: string;
  value: string;
  reason: string;
}

export interface ParsedViewQuery {
  state: ViewState;
  ignored: IgnoredUrlPart[];
}

/** Parameters the dashboard sets itself on every call. */
const DASHBOARD_MANAGED = new Set(['PageNumber', 'PageSize', 'DryRun']);
/** Parameters with their own handling: comma lists that fan out into several calls. */
const FAN_OUT = new Set(['RegionId', 'ImageOwnerAlias']);

/** Shared filters in schema order: every scalar parameter that is not fanned out or managed. */
export const SHARED_FILTER_SPECS: readonly ParamSpec[] = SCALAR_PARAMS.filter(
  (spec) => !FAN_OUT.has(spec.name) && !DASHBOARD_MANAGED.has(spec.name),
);
const SHARED_FILTER_BY_NAME = new Map(SHARED_FILTER_SPECS.map((spec) => [spec.name as string, spec]));

const OWNER_ONLY_FOR_OTHERS = ['IsPublic', 'ImageOwnerId'] as const;

/**
 * Text for a parameter read as its value (undefined for empty text), or what the parameter
 * expects, in words. The web's one reading of the model's parser, for links and typed filters.
 */
export function readFilterText(spec: ParamSpec, text: string): Result<ParamValue | undefined, string> {
  const parsed = parseParam(spec, text);
  return parsed.ok ? success(parsed.value) : failure(expectationOf(spec));
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whether a parsed value equals the documented default, so it stays out of the URL. */
function isDefaultValue(spec: ParamSpec, value: unknown): boolean {
  if (spec.name === 'Status')
    return Array.isArray(value) && value.length === 1 && value[0] === DEFAULT_STATUS;
  return spec.kind === 'boolean' && spec.default !== undefined && value === spec.default;
}

function parseStatus(
  text: string,
  ignore: (value: string, reason: string) => void,
): readonly string[] | undefined {
  const values = [...new Set(splitList(text))];
  if (values.includes(ALL_STATUSES)) {
    for (const v of values) if (v !== ALL_STATUSES) ignore(v, 'ALL already includes every status');
    return [ALL_STATUSES];
  }
  const known = values.filter((v) => (IMAGE_STATUSES as readonly string[]).includes(v));
  for (const v of values)
    if (!known.includes(v)) ignore(v, `must be ${expectationOf(SHARED_FILTER_BY_NAME.get('Status')!)}`);
  return known.length ? known : undefined;
}

function parseSort(text: string, ignore: (value: string, reason: string) => void): SortSpec[] {
  const sort: SortSpec[] = [];
  for (const item of splitList(text)) {
    const m = /^([A-Za-z]+)(?:\.(asc|desc))?$/.exec(item);
    const id = m?.[1];
    if (!m || !id || !isImageColumnId(id))
      ignore(item, 'is not a column; write a column name, optionally followed by .asc or .desc');
    else if (!sort.some((s) => s.id === id)) sort.push({ id, desc: m[2] === 'desc' });
  }
  return sort;
}

function parseColumns(text: string, ignore: (value: string, reason: string) => void): ImageColumnId[] | null {
  const columns: ImageColumnId[] = [];
  for (const id of splitList(text)) {
    if (!isImageColumnId(id)) ignore(id, 'is not a column');
    else if (!columns.includes(id)) columns.push(id);
  }
  return columns.length === 0 || sameList(columns, DEFAULT_VISIBLE_COLUMNS) ? null : columns;
}

/** `cn-hangzhou/m-…`, or `prod:cn-hangzhou/m-…` for an image of the account `prod`. */
function parseImageRef(text: string): ImageRef | null {
  const slash = text.indexOf('/');
  const colon = text.slice(0, Math.max(slash, 0)).indexOf(':');
  const account = colon < 0 ? undefined : text.slice(0, colon);
  const regionId = text.slice(colon + 1, slash);
  const imageId = text.slice(slash + 1);
  if (slash < 0 || !isWellFormedRegionId(regionId) || imageId === '') return null;
  if (account === undefined) return { regionId, imageId };
  return isWellFormedAccountName(account) ? { account, regionId, imageId } : null;
}

export function imageRefText(ref: ImageRef): string {
  return `${ref.account !== undefined ? `${ref.account}:` : ''}${ref.regionId}/${ref.imageId}`;
}

const IMAGE_REF_EXAMPLE = 'cn-hangzhou/m-bp1g7004ksh0oeuc (prod:cn-hangzhou/… for the account prod)';
const GROUPINGS: readonly RowGrouping[] = ['family'];

function parseGroup(text: string, ignore: (value: string, reason: string) => void): RowGrouping | null {
  if ((GROUPINGS as readonly string[]).includes(text)) return text as RowGrouping;
  ignore(text, `must be ${GROUPINGS.join(' or ')}`);
  return null;
}

/** 2 to MAX_COMPARED images, each once; anything else is dropped with its reason. */
function parseCompare(text: string, ignore: (value: string, reason: string) => void): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const item of splitList(text)) {
    const ref = parseImageRef(item);
    if (!ref) ignore(item, `must be a region and an image ID, such as ${IMAGE_REF_EXAMPLE}`);
    else if (refs.some((r) => imageRefText(r) === imageRefText(ref))) ignore(item, 'is listed twice');
    else if (refs.length === MAX_COMPARED) ignore(item, `at most ${MAX_COMPARED} images are compared`);
    else refs.push(ref);
  }
  if (refs.length === 1) {
    ignore(text, `compares 2 to ${MAX_COMPARED} images, not one`);
    return [];
  }
  return refs;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A query string (with or without `?`) read as a view, with what was dropped and why. */
export function parseViewQueryString(search: string | URLSearchParams): ParsedViewQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredUrlPart[] = [];
  const seen = new Set<string>();
  const accounts: string[] = [];
  const regions: string[] = [];
  const owners: ImageOwnerAlias[] = [];
  const filters: Record<string, unknown> = {};
  const repeated: [string, string][] = [];
  let sort: SortSpec[] = [];
  let columns: ImageColumnId[] | null = null;
  let q = '';
  let image: ImageRef | null = null;
  let group: RowGrouping | null = null;
  let compare: ImageRef[] = [];
  let screen: Screen = 'list';

  for (const [name, value] of params) {
    const ignore = (part: string, reason: string) => ignored.push({ name, value: part, reason });
    const repeatedName = parseRepeatedName(name);
    const identity = repeatedName
      ? `${repeatedName.prefix}.${repeatedName.index}.${repeatedName.field}`
      : name;
    if (seen.has(identity)) {
      ignore(value, 'appears more than once; the first value is used');
      continue;
    }
    seen.add(identity);

    if (repeatedName) {
      repeated.push([name, value]);
    } else if (name === ACCOUNT_PARAM) {
      for (const account of splitList(value)) {
        if (!isWellFormedAccountName(account))
          ignore(account, 'is not an account name (letters, digits, . _ -)');
        else if (!accounts.includes(account)) accounts.push(account);
      }
    } else if (name === 'RegionId') {
      for (const id of splitList(value)) {
        if (!isWellFormedRegionId(id)) ignore(id, 'is not a region ID such as cn-hangzhou');
        else if (!regions.includes(id)) regions.push(id);
      }
    } else if (name === 'ImageOwnerAlias') {
      for (const owner of splitList(value)) {
        if (!(IMAGE_OWNER_ALIASES as readonly string[]).includes(owner))
          ignore(owner, `must be one of ${IMAGE_OWNER_ALIASES.join(', ')}`);
        else if (!owners.includes(owner as ImageOwnerAlias)) owners.push(owner as ImageOwnerAlias);
      }
    } else if (name === 'Status') {
      const status = parseStatus(value, ignore);
      if (status && !isDefaultValue(SHARED_FILTER_BY_NAME.get('Status')!, status)) filters.Status = status;
    } else if (SHARED_FILTER_BY_NAME.has(name)) {
      const spec = SHARED_FILTER_BY_NAME.get(name)!;
      const parsed = readFilterText(spec, value);
      if (!parsed.ok) ignore(value, `must be ${parsed.error}`);
      else if (parsed.value !== undefined && !isDefaultValue(spec, parsed.value))
        filters[name] = parsed.value;
    } else if (DASHBOARD_MANAGED.has(name)) {
      ignore(value, 'is set by the dashboard, which loads every page');
    } else if (name === 'view') {
      if (value === 'audit') screen = value;
      else ignore(value, 'must be audit (the image list is shown without it)');
    } else if (name === 'sort') {
      sort = parseSort(value, ignore);
    } else if (name === 'cols') {
      columns = parseColumns(value, ignore);
    } else if (name === 'q') {
      q = value;
    } else if (name === 'image') {
      image = parseImageRef(value);
      if (!image) ignore(value, `must be a region and an image ID, such as ${IMAGE_REF_EXAMPLE}`);
    } else if (name === 'group') {
      group = parseGroup(value, ignore);
    } else if (name === 'compare') {
      compare = parseCompare(value, ignore);
    } else {
      ignore(value, 'is not a DescribeImages parameter or a dashboard setting');
    }
  }

  const groups = groupRepeated(repeated);
  const tags: TagFilter[] = [];
  for (const pair of groups.Tag) {
    const name = pair.key?.name ?? pair.value!.name;
    const value = pair.key?.value ?? pair.value!.value;
    if (pair.index > MAX_TAGS)
      ignored.push({ name, value, reason: `only Tag.1 to Tag.${MAX_TAGS} are allowed` });
    else if (!pair.key || pair.key.value === '')
      ignored.push({ name, value, reason: `has no Tag.${pair.index}.Key to go with it` });
    else tags.push(pair.value ? { Key: pair.key.value, Value: pair.value.value } : { Key: pair.key.value });
  }
  const imageFilters: ImageFilter[] = [];
  for (const pair of groups.Filter) {
    const key = pair.key?.value;
    const keyName = pair.key?.name ?? pair.value!.name;
    if (pair.index > MAX_FILTERS) {
      ignored.push({
        name: keyName,
        value: key ?? '',
        reason: `only Filter.1 to Filter.${MAX_FILTERS} are allowed`,
      });
    } else if (!key || !isFilterKey(key)) {
      ignored.push({ name: keyName, value: key ?? pair.value!.value, reason: 'is not a filter key' });
    } else if (checkFilterValue(key, pair.value?.value ?? '', '')) {
      ignored.push({
        name: pair.value?.name ?? `Filter.${pair.index}.Value`,
        value: pair.value?.value ?? '',
        reason: `must be ${filterExpectation(key)}`,
      });
    } else {
      imageFilters.push({ Key: key, Value: pair.value!.value });
    }
  }
  if (tags.length) filters.Tag = tags;
  if (imageFilters.length) filters.Filter = imageFilters;

  if (!owners.includes('others')) {
    for (const name of OWNER_ONLY_FOR_OTHERS) {
      if (filters[name] === undefined) continue;
      ignored.push({
        name,
        value: String(filters[name]),
        reason: 'applies only to owner others (ImageOwnerAlias=others)',
      });
      delete filters[name];
    }
  }

  return {
    state: {
      accounts,
      regions,
      owners,
      filters: filters as SharedFilters,
      sort,
      columns,
      q,
      image,
      group,
      compare,
      screen,
    },
    ignored,
  };
}

// Commas, colons and slashes are legal in a query string; keeping them makes links readable.
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** The query string for a view, without `?`; empty for the default view. Fixed parameter order. */
export function viewQueryString(state: ViewState): string {
  const entries: WireEntry[] = [];
  if (state.accounts.length) entries.push([ACCOUNT_PARAM, state.accounts.join(',')]);
  if (state.regions.length) entries.push(['RegionId', state.regions.join(',')]);
  if (state.owners.length) entries.push(['ImageOwnerAlias', state.owners.join(',')]);
  for (const spec of SHARED_FILTER_SPECS) {
    const value = state.filters[spec.name as keyof SharedFilters];
    if (value === undefined || isDefaultValue(spec, value)) continue;
    entries.push([spec.name, Array.isArray(value) ? value.join(',') : String(value)]);
  }
  if (state.filters.Tag) entries.push(...flattenTags(state.filters.Tag));
  if (state.filters.Filter) entries.push(...flattenFilters(state.filters.Filter));
  if (state.screen !== 'list') entries.push(['view', state.screen]);
  if (state.sort.length)
    entries.push(['sort', state.sort.map((s) => (s.desc ? `${s.id}.desc` : s.id)).join(',')]);
  if (state.columns && !sameList(state.columns, DEFAULT_VISIBLE_COLUMNS))
    entries.push(['cols', state.columns.join(',')]);
  if (state.q !== '') entries.push(['q', state.q]);
  if (state.image) entries.push(['image', imageRefText(state.image)]);
  if (state.group) entries.push(['group', state.group]);
  if (state.compare.length) entries.push(['compare', state.compare.map(imageRefText).join(',')]);
  return entries.map(([k, v]) => `${encodeQueryPart(k)}=${encodeQueryPart(v)}`).join('&');
}

/**
 * The query string of what decides the table's list — the API calls, the sort, the search and the
 * grouping — without the column choice, the open image or the comparison. A new one is a new list.
 */
export function listQueryString(view: ViewState): string {
  return viewQueryString({ ...view, columns: null, image: null, compare: [] });
}
