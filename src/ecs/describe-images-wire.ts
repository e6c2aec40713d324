// DescribeImages parameters between wire form (name → text, as in a query string or form body) and
// the structured request, with validation that answers the way the service does.

import { apiErrors, type ApiError } from './api-errors';
import {
  ALL_STATUSES,
  checkFilterValue,
  isFilterKey,
  MAX_FILTERS,
  MAX_TAGS,
  SCALAR_PARAM_NAMES,
  SCALAR_PARAMS,
  TAG_KEY_MAX_LENGTH,
  TAG_VALUE_MAX_LENGTH,
  type DescribeImagesRequest,
  type ImageFilter,
  type ParamSpec,
  type TagFilter,
} from './describe-images-params';
import { failure, success, type Result } from './result';
import {
  flattenFilters,
  flattenTags,
  groupRepeated,
  parseRepeatedName,
  type WireEntry,
} from './repeated-params';

export type WireParams = Record<string, string>;

/** RPC common parameters (signature, format, action); never DescribeImages parameters. */
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

/** Structured request → wire entries, in schema order; absent values are left out. */
export function toWireEntries(request: DescribeImagesRequest): WireEntry[] {
  const entries: WireEntry[] = [];
  for (const spec of SCALAR_PARAMS) {
    const value = request[spec.name];
    if (value === undefined) continue;
    entries.push([spec.name, Array.isArray(value) ? value.join(',') : String(value)]);
  }
  if (request.Tag) entries.push(...flattenTags(request.Tag));
  if (request.Filter) entries.push(...flattenFilters(request.Filter));
  return entries;
}

export function toWireParams(request: DescribeImagesRequest): WireParams {
  return Object.fromEntries(toWireEntries(request));
}

/** A stable text for a request: sorted wire entries. Equal requests give equal keys. */
export function canonicalRequestKey(request: DescribeImagesRequest): string {
  return toWireEntries(request)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
}

export interface ValidatedRequest {
  request: DescribeImagesRequest;
  /** Names that are not DescribeImages parameters (the service ignores them; the proxy refuses them). */
  unknown: string[];
}

export type ScalarValue = string | number | boolean | readonly string[];

function parseBoolean(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** Text the service can take: well-formed Unicode without control characters (C0, DEL, C1). */
export function isCleanText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return false;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      // A high surrogate followed by a low one is one character; anything else is broken text.
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

/** One scalar from its wire text; an `undefined` value means "absent" (empty optional text). */
export function parseScalarParam(spec: ParamSpec, text: string): Result<ScalarValue | undefined, ApiError> {
  const bad = () => failure(spec.invalid(spec.name));
  switch (spec.kind) {
    case 'string':
      if (text === '') return success(undefined);
      if (text.length > spec.maxLength || !isCleanText(text) || (spec.pattern && !spec.pattern.test(text)))
        return bad();
      return success(text);
    case 'enum':
      if (text === '') return success(undefined);
      return spec.values.includes(text) ? success(text) : bad();
    case 'status-list': {
      if (text === '') return success(undefined);
      const values = text.split(',').map((s) => s.trim());
      if (values.includes(ALL_STATUSES)) return values.length === 1 ? success(values) : bad();
      if (values.some((v) => !spec.values.includes(v)) || new Set(values).size !== values.length)
        return bad();
      return success(values);
    }
    case 'boolean': {
      if (text === '') return success(undefined);
      const value = parseBoolean(text);
      return value === undefined ? bad() : success(value);
    }
    case 'integer': {
      if (!/^\d{1,9}$/.test(text)) return bad();
      const value = Number(text);
      return value < spec.min || value > spec.max ? bad() : success(value);
    }
    case 'account-id':
      if (text === '') return success(undefined);
      return /^\d{1,20}$/.test(text) ? success(text) : bad();
  }
}

function parseTags(pairs: ReturnType<typeof groupRepeated>['Tag']): Result<TagFilter[], ApiError> {
  const last = pairs.at(-1);
  if (last && last.index > MAX_TAGS) return failure(apiErrors.tagCount(last.key?.name ?? last.value!.name));
  const tags: TagFilter[] = [];
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

function parseFilters(pairs: ReturnType<typeof groupRepeated>['Filter']): Result<ImageFilter[], ApiError> {
  const filters: ImageFilter[] = [];
  for (const pair of pairs) {
    const keyName = pair.key?.name ?? `Filter.${pair.index}.Key`;
    if (pair.index > MAX_FILTERS || !pair.key || !isFilterKey(pair.key.value))
      return failure(apiErrors.filterKey(keyName));
    const valueName = pair.value?.name ?? `Filter.${pair.index}.Value`;
    const problem = checkFilterValue(pair.key.value, pair.value?.value ?? '', valueName);
    if (problem) return failure(problem);
    filters.push({ Key: pair.key.value, Value: pair.value!.value });
  }
  return success(filters);
}

/**
 * Validates DescribeImages parameters in wire form and builds the structured request.
 * Errors carry the service's code, HTTP status and message, checked in the service's order:
 * RegionId first, then each parameter, then the rules that tie parameters together.
 * Names that are not DescribeImages parameters are returned in `unknown` (the service ignores
 * them; the proxy refuses them). RPC common parameters are neither.
 */
export function validateDescribeImages(
  input: Iterable<WireEntry> | WireParams,
): Result<ValidatedRequest, ApiError> {
  const entries: WireEntry[] =
    Symbol.iterator in input ? [...(input as Iterable<WireEntry>)] : Object.entries(input);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const texts = new Map<string, string>();
  for (const [name, value] of entries) {
    const repeated = parseRepeatedName(name);
    // A repeated name and its lower-case alias are the same parameter.
    const identity = repeated ? `${repeated.prefix}.${repeated.index}.${repeated.field}` : name;
    if (seen.has(identity)) return failure(apiErrors.invalidParameter(name));
    seen.add(identity);
    if (SCALAR_PARAM_NAMES.has(name)) texts.set(name, value);
    else if (!repeated && !COMMON_RPC_PARAMS.has(name)) unknown.push(name);
  }

  if (!texts.get('RegionId')) return failure(apiErrors.missingParameter('RegionId'));

  const request: Record<string, ScalarValue> = {};
  for (const spec of SCALAR_PARAMS) {
    const text = texts.get(spec.name);
    if (text === undefined) continue;
    const parsed = parseScalarParam(spec, text);
    if (!parsed.ok) return parsed;
    if (parsed.value !== undefined) request[spec.name] = parsed.value;
  }
  const result = request as unknown as DescribeImagesRequest;

  const groups = groupRepeated(entries);
  const tags = parseTags(groups.Tag);
  if (!tags.ok) return tags;
  const filters = parseFilters(groups.Filter);
  if (!filters.ok) return filters;
  const full: DescribeImagesRequest = {
    ...result,
    ...(tags.value.length ? { Tag: tags.value } : {}),
    ...(filters.value.length ? { Filter: filters.value } : {}),
  };

  const crossFieldError = checkParameterCombination(full);
  if (crossFieldError) return failure(crossFieldError);
  return success({ request: full, unknown });
}

/** Rules that tie parameters together (ecs-api-notes §1: IsPublic and ImageOwnerId need `others`). */
export function checkParameterCombination(request: DescribeImagesRequest): ApiError | undefined {
  if (request.IsPublic === true && request.ImageOwnerAlias !== 'others')
    return apiErrors.publicImageUnsupported();
  if (request.ImageOwnerId !== undefined && request.ImageOwnerAlias !== 'others')
    return apiErrors.ownerIdUnsupported();
  return undefined;
}
