// The kinds of request parameter the ECS actions take, each with the rules of its wire text and
// the error the service raises for a bad value, plus the parameters many actions share (RegionId,
// paging, DryRun). Every action describes its parameters with these (api-action.ts); nothing here
// knows a particular action.

import { apiErrors, type ApiError } from './api-errors';
import { failure, success, type Result } from './result';

interface ParamBase<N extends string> {
  name: N;
  label: string;
  /** One sentence for help text, from the reference. */
  help: string;
  /** The error the service raises for a bad value. */
  invalid: (name: string) => ApiError;
  /** Absent or empty is refused with MissingParameter. */
  required?: true;
  /** The service documents that it will remove the parameter. */
  deprecated?: true;
  /**
   * One value per call where people often want several (RegionId, an owner): the proxy says so
   * plainly instead of passing a comma list on to be refused.
   */
  oneValuePerCall?: true;
}

export type ParamSpec<N extends string = string> =
  | (ParamBase<N> & {
      kind: 'string';
      pattern?: RegExp;
      maxLength: number;
      /** What a valid value looks like, for messages, when a pattern applies. */
      example?: string;
    })
  | (ParamBase<N> & {
      kind: 'enum';
      values: readonly string[];
      /** Any letter case is taken and read as the listed spelling (AcceptLanguage=en-us). */
      caseInsensitive?: true;
    })
  /** A comma-separated list of enum values; `all` (when set) stands alone for every value. */
  | (ParamBase<N> & { kind: 'enum-list'; values: readonly string[]; all?: string })
  // `default` only where the service documents one; without it, absent means "do not filter".
  | (ParamBase<N> & { kind: 'boolean'; default?: boolean })
  | (ParamBase<N> & {
      kind: 'integer';
      min: number;
      max: number;
      default?: number;
      /** Out-of-range values are moved into [min, max] instead of refused (DescribeInstances MaxResults). */
      clamp?: true;
    })
  | (ParamBase<N> & { kind: 'account-id' })
  /**
   * A JSON array of IDs in one parameter (`InstanceIds=["i-1","i-2"]`), the form DescribeInstances
   * and DescribeSnapshots document. An empty array is a valid filter that matches nothing.
   */
  | (ParamBase<N> & { kind: 'json-array'; item: RegExp; maxItems: number });

export type ParamValue = string | number | boolean | readonly string[];

/**
 * Text values where the reference gives no limit: names and families are 2 to 128 characters where
 * the service creates them (CreateImage), so nothing longer can match; IDs are shorter.
 */
export const TEXT_MAX = 128;

/** Region IDs look like `cn-hangzhou` or `ap-southeast-1`; checked before one becomes a host name. */
export const REGION_ID_PATTERN = /^[a-z]{2,4}(-[a-z0-9]{1,20}){1,4}$/;

/** Resource IDs as they appear in JSON-array parameters: `i-bp67acfmxazb4p****`, `s-…`, `m-…`. */
export const RESOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.*-]{0,127}$/;

/** Filter time values: the SDK documents minute precision, the old reference shows seconds; accept both. */
export const FILTER_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;

/**
 * A `CreationStartTime` / `CreationEndTime` filter value: a UTC time, or InvalidFilterKey.NotFound
 * ("The specified start time or end time is invalid."), as DescribeImages, DescribeInstances and
 * DescribeSnapshots all document it.
 */
export function timeFilterError(value: string, wireName: string): ApiError | undefined {
  return FILTER_TIME_PATTERN.test(value) && !Number.isNaN(Date.parse(value))
    ? undefined
    : apiErrors.filterKey(wireName);
}

/**
 * Text the service can take: well-formed Unicode without control characters (C0, DEL, C1). A
 * control character in a signed request is never what a person meant (a forged header line, a NUL).
 */
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

function parseBoolean(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** A JSON array of strings each matching `item`, or undefined when the text is not one. */
function parseIdArray(text: string, item: RegExp): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  return parsed.every((v): v is string => typeof v === 'string' && item.test(v)) ? parsed : undefined;
}

/** One parameter from its wire text; an `undefined` value means "absent" (empty optional text). */
export function parseParam(spec: ParamSpec, text: string): Result<ParamValue | undefined, ApiError> {
  const bad = () => failure(spec.invalid(spec.name));
  if (text === '' && spec.kind !== 'integer') return success(undefined);
  switch (spec.kind) {
    case 'string':
      if (text.length > spec.maxLength || !isCleanText(text) || (spec.pattern && !spec.pattern.test(text)))
        return bad();
      return success(text);
    case 'enum': {
      if (spec.values.includes(text)) return success(text);
      const lower = text.toLowerCase();
      const listed = spec.caseInsensitive && spec.values.find((v) => v.toLowerCase() === lower);
      return listed ? success(listed) : bad();
    }
    case 'enum-list': {
      const values = text.split(',').map((s) => s.trim());
      if (spec.all !== undefined && values.includes(spec.all))
        return values.length === 1 ? success(values) : bad();
      if (values.some((v) => !spec.values.includes(v)) || new Set(values).size !== values.length)
        return bad();
      return success(values);
    }
    case 'boolean': {
      const value = parseBoolean(text);
      return value === undefined ? bad() : success(value);
    }
    case 'integer': {
      if (!/^\d{1,9}$/.test(text)) return bad();
      const value = Number(text);
      if (spec.clamp) return success(Math.min(spec.max, Math.max(spec.min, value)));
      return value < spec.min || value > spec.max ? bad() : success(value);
    }
    case 'account-id':
      return /^\d{1,20}$/.test(text) ? success(text) : bad();
    case 'json-array': {
      const ids = parseIdArray(text, spec.item);
      return ids === undefined || ids.length > spec.maxItems ? bad() : success(ids);
    }
  }
}

/** A structured value back to its wire text. */
export function paramText(spec: ParamSpec, value: ParamValue): string {
  if (spec.kind === 'json-array') return JSON.stringify(value);
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** What a parameter accepts, in words, for messages about a bad value. */
export function expectationOf(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'enum-list':
      return `a comma-separated list of ${spec.values.join(', ')}${spec.all ? `, or ${spec.all} alone` : ''}`;
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`;
    case 'account-id':
      return 'a numeric account ID';
    case 'json-array':
      return `a JSON array of at most ${spec.maxItems} IDs, such as ["i-bp67acfmxazb4p****"]`;
    case 'string':
      return spec.example ?? `text of at most ${spec.maxLength} characters, without control characters`;
  }
}

// ---- parameters many actions share ----------------------------------------------------------

const invalid = apiErrors.invalidParameter;

export function regionIdParam(help: string): ParamSpec<'RegionId'> {
  return {
    name: 'RegionId',
    kind: 'string',
    label: 'Region',
    help,
    pattern: REGION_ID_PATTERN,
    maxLength: 64,
    example: 'a region ID such as cn-hangzhou',
    required: true,
    oneValuePerCall: true,
    invalid: () => apiErrors.invalidRegionId(),
  };
}

export const PAGE_NUMBER_PARAM: ParamSpec<'PageNumber'> = {
  name: 'PageNumber',
  kind: 'integer',
  min: 1,
  max: 1_000_000,
  default: 1,
  label: 'Page',
  help: 'Pages start at 1.',
  invalid,
};

export function pageSizeParam(max: number, fallback: number): ParamSpec<'PageSize'> {
  return {
    name: 'PageSize',
    kind: 'integer',
    min: 1,
    max,
    default: fallback,
    label: 'Page size',
    help: `1 to ${max}. Default: ${fallback}.`,
    invalid,
  };
}

export const DRY_RUN_PARAM: ParamSpec<'DryRun'> = {
  name: 'DryRun',
  kind: 'boolean',
  default: false,
  label: 'Dry run',
  help: 'Check the request without running it; success comes back as DryRunOperation.',
  invalid,
};

/**
 * NextToken as a client sends it back: opaque text. Real tokens are 32 hex digits
 * (`caeba0bbb2be03f84eb48b699f0a4883` in the SDK model); the shape checked here only keeps
 * anything but token characters out of a signed request. Whether a token is one the service
 * issued is the service's check (InvalidParameter.NextToken).
 */
export const NEXT_TOKEN_PARAM: ParamSpec<'NextToken'> = {
  name: 'NextToken',
  kind: 'string',
  pattern: /^[A-Za-z0-9+/=_-]+$/,
  maxLength: 256,
  example: 'a token from the previous answer',
  label: 'Next token',
  help: 'The NextToken of the previous answer, for the next page.',
  invalid: () => apiErrors.nextToken(),
};
