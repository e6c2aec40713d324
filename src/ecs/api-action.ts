// One way to describe an ECS API action: its name, its parameters (api-params.ts kinds, in the
// order the service checks them), the repeated Tag.N / Filter.N pairs it takes, the rules that tie
// parameters together, and the lenient reader of its answers. From that description alone come
// validation with the service's error codes (the emulator answers with it, the proxy runs it
// before signing, the browser before sending), the wire form both ways, and a stable cache key.
// Each action lives in its own file (describe-*.ts); api-actions.ts lists them.

import { apiErrors, type ApiError } from './api-errors';
import { isCleanText, paramText, parseParam, type ParamSpec, type ParamValue } from './api-params';
import {
  flattenFilters,
  flattenTags,
  groupRepeated,
  parseRepeatedName,
  type FilterPair,
  type RepeatedPair,
  type TagPair,
  type WireEntry,
} from './repeated-params';
import { failure, success, type Result } from './result';

export type WireParams = Record<string, string>;

/**
 * The product an action belongs to and the API version every call of it names (`Version`, V3's
 * `x-acs-version`): ECS 2014-05-26 for the image actions, STS 2015-04-01 for AssumeRole. The
 * signer writes it, and the emulator answers an action only under its own version.
 */
export interface ApiService {
  /** The product code, as the troubleshooting link names it. */
  product: 'Ecs' | 'Sts';
  version: string;
}

export const ECS_SERVICE: ApiService = { product: 'Ecs', version: '2014-05-26' };

/** RPC common parameters (signature, format, action); never an action's own parameters. */
export const COMMON_RPC_PARAMS: ReadonlySet<string> = new Set([
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'SecurityToken',
]);

/** `Tag.N.Key` / `Tag.N.Value` (and the older lower-case `key`/`value`). */
export interface TagsSpec {
  max: number;
}

/** Tag keys and values: at most 128 characters each (the ECS tag limits). */
export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 128;

/** `Filter.N.Key` / `Filter.N.Value` with the keys the action knows. */
export interface FiltersSpec<K extends string = string> {
  keys: readonly K[];
  max: number;
  /** The error the service raises for a bad value of `key`, or undefined when it is fine. */
  checkValue(key: K, value: string, wireName: string): ApiError | undefined;
}

/** The scalar parameter names of a request type: everything but the repeated pairs. */
export type ParamNameOf<Req> = Exclude<keyof Req & string, 'Tag' | 'Filter'>;

type FilterKeyOf<Req> = Req extends { Filter?: readonly FilterPair<infer K>[] } ? K : never;

/** What an action file writes: its parameters are checked against its request type. */
export interface ActionDefinition<Req extends object, Res> {
  name: string;
  /** Its product and API version; ECS 2014-05-26 when left out. */
  service?: ApiService;
  /** Scalar parameters in the order the service checks them; required ones are checked first. */
  params: readonly ParamSpec<ParamNameOf<Req>>[];
  tags?: TagsSpec;
  filters?: FiltersSpec<FilterKeyOf<Req>>;
  /** Rules that tie parameters together, after each has been read on its own. */
  checkCombination?(request: Req): ApiError | undefined;
  /** Reads an answer body leniently into the documented JSON types. */
  normalizeResponse(raw: unknown): Res;
}

/** An action as the registry holds it: any action fits `ApiAction` (methods are bivariant). */
export interface ApiAction<Req extends object = object, Res = unknown> {
  readonly name: string;
  readonly service: ApiService;
  readonly params: readonly ParamSpec[];
  /** The scalar parameters by wire name (validation runs per proxied request, so no list scans). */
  readonly paramByName: ReadonlyMap<string, ParamSpec>;
  readonly tags?: TagsSpec;
  readonly filters?: FiltersSpec;
  checkCombination?(request: Req): ApiError | undefined;
  normalizeResponse(raw: unknown): Res;
}

export type RequestOf<A> = A extends ApiAction<infer Req, unknown> ? Req : never;
export type ResponseOf<A> = A extends ApiAction<object, infer Res> ? Res : never;

export function defineAction<Req extends object, Res>(
  definition: ActionDefinition<Req, Res>,
): ApiAction<Req, Res> {
  return {
    ...definition,
    service: definition.service ?? ECS_SERVICE,
    paramByName: new Map(definition.params.map((p) => [p.name, p])),
  };
}

/** Whether `name` is one of the action's own parameters (a scalar, or a Tag.N / Filter.N it takes). */
export function isActionParam(action: ApiAction, name: string): boolean {
  if (action.paramByName.has(name)) return true;
  const repeated = parseRepeatedName(name);
  return repeated !== undefined && takesRepeated(action, repeated.prefix);
}

function takesRepeated(action: ApiAction, prefix: 'Tag' | 'Filter'): boolean {
  return prefix === 'Tag' ? action.tags !== undefined : action.filters !== undefined;
}

export interface ValidatedRequest<Req> {
  request: Req;
  /** Names that are not the action's parameters (the service ignores them; the proxy refuses them). */
  unknown: string[];
}

function parseTags(spec: TagsSpec, pairs: RepeatedPair[]): Result<TagPair[], ApiError> {
  const last = pairs.at(-1);
  if (last && last.index > spec.max) return failure(apiErrors.tagCount(last.key?.name ?? last.value!.name));
  const tags: TagPair[] = [];
  for (const pair of pairs) {
    if (!pair.key || pair.key.value === '')
      return failure(apiErrors.tagMismatch(pair.key?.name ?? pair.value!.name));
    if (pair.key.value.length > TAG_KEY_MAX_LENGTH || !isCleanText(pair.key.value))
      return failure(apiErrors.tagKeyMalformed(pair.key.name));
    if (pair.value && (pair.value.value.length > TAG_VALUE_MAX_LENGTH || !isCleanText(pair.value.value)))
      return failure(apiErrors.tagValueMalformed(pair.value.name));
    tags.push(pair.value ? { Key: pair.key.value, Value: pair.value.value } : { Key: pair.key.value });
  }
  return success(tags);
}

function parseFilters(spec: FiltersSpec, pairs: RepeatedPair[]): Result<FilterPair[], ApiError> {
  const filters: FilterPair[] = [];
  for (const pair of pairs) {
    const keyName = pair.key?.name ?? `Filter.${pair.index}.Key`;
    const key = pair.key?.value;
    if (pair.index > spec.max || key === undefined || !spec.keys.includes(key))
      return failure(apiErrors.filterKey(keyName));
    const valueName = pair.value?.name ?? `Filter.${pair.index}.Value`;
    const problem = spec.checkValue(key, pair.value?.value ?? '', valueName);
    if (problem) return failure(problem);
    filters.push({ Key: key, Value: pair.value!.value });
  }
  return success(filters);
}

/**
 * Validates an action's parameters in wire form and builds the structured request. Errors carry
 * the service's code, HTTP status and message, in the service's order: a name given twice, then
 * the required parameters, then each parameter in the action's order, then Tag.N and Filter.N,
 * then the rules that tie parameters together. RPC common parameters are ignored.
 */
export function validateRequest<Req extends object>(
  action: ApiAction<Req>,
  input: Iterable<WireEntry> | WireParams,
): Result<ValidatedRequest<Req>, ApiError> {
  const entries: WireEntry[] =
    Symbol.iterator in input ? [...(input as Iterable<WireEntry>)] : Object.entries(input);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const texts = new Map<string, string>();
  let repeatedCount = 0;
  for (const [name, value] of entries) {
    const repeated = parseRepeatedName(name);
    // A repeated name and its lower-case alias are the same parameter.
    const identity = repeated ? `${repeated.prefix}.${repeated.index}.${repeated.field}` : name;
    if (seen.has(identity)) return failure(apiErrors.invalidParameter(name));
    seen.add(identity);
    if (action.paramByName.has(name)) texts.set(name, value);
    else if (repeated && takesRepeated(action, repeated.prefix)) repeatedCount++;
    else if (!COMMON_RPC_PARAMS.has(name)) unknown.push(name);
  }

  for (const spec of action.params)
    if (spec.required && !texts.get(spec.name)) return failure(apiErrors.missingParameter(spec.name));

  const request: Record<string, ParamValue | readonly TagPair[] | readonly FilterPair[]> = {};
  for (const spec of action.params) {
    const text = texts.get(spec.name);
    if (text === undefined) continue;
    const parsed = parseParam(spec, text);
    if (!parsed.ok) return parsed;
    if (parsed.value !== undefined) request[spec.name] = parsed.value;
  }

  if (repeatedCount > 0) {
    const groups = groupRepeated(entries);
    if (action.tags) {
      const tags = parseTags(action.tags, groups.Tag);
      if (!tags.ok) return tags;
      if (tags.value.length) request.Tag = tags.value;
    }
    if (action.filters) {
      const filters = parseFilters(action.filters, groups.Filter);
      if (!filters.ok) return filters;
      if (filters.value.length) request.Filter = filters.value;
    }
  }

  const full = request as Req;
  const combinationError = action.checkCombination?.(full);
  if (combinationError) return failure(combinationError);
  return success({ request: full, unknown });
}

/** Structured request → wire entries, in the action's order; absent values are left out. */
export function toWireEntries<Req extends object>(action: ApiAction<Req>, request: Req): WireEntry[] {
  const values = request as Record<string, unknown>;
  const entries: WireEntry[] = [];
  for (const spec of action.params) {
    const value = values[spec.name] as ParamValue | undefined;
    if (value !== undefined) entries.push([spec.name, paramText(spec, value)]);
  }
  if (action.tags && values.Tag) entries.push(...flattenTags(values.Tag as TagPair[]));
  if (action.filters && values.Filter) entries.push(...flattenFilters(values.Filter as FilterPair[]));
  return entries;
}

export function toWireParams<Req extends object>(action: ApiAction<Req>, request: Req): WireParams {
  return Object.fromEntries(toWireEntries(action, request));
}

/**
 * A stable text for a request: its wire entries, which toWireEntries writes in the action's order
 * from the structured request, so equal requests give equal keys however they were spelled.
 */
export function canonicalRequestKey<Req extends object>(action: ApiAction<Req>, request: Req): string {
  return toWireEntries(action, request)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}
