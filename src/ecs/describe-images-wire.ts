// DescribeImages parameters between wire form (name → text, as in a query string or form body) and
// the structured request: the generic action model (api-action.ts) bound to DescribeImages.

import {
  canonicalRequestKey as canonicalKeyOf,
  toWireEntries as wireEntriesOf,
  validateRequest,
  type WireParams,
} from './api-action';
import type { ApiError } from './api-errors';
import { parseParam, type ParamValue } from './api-params';
import { DESCRIBE_IMAGES, type DescribeImagesRequest, type ParamSpec } from './describe-images-params';
import type { WireEntry } from './repeated-params';

/** Structured request → wire entries, in schema order; absent values are left out. */
export function toWireEntries(request: DescribeImagesRequest): WireEntry[] {
  return wireEntriesOf(DESCRIBE_IMAGES, request);
}

export function toWireParams(request: DescribeImagesRequest): WireParams {
  return Object.fromEntries(toWireEntries(request));
}

/** A stable text for a request: sorted wire entries. Equal requests give equal keys. */
export function canonicalRequestKey(request: DescribeImagesRequest): string {
  return canonicalKeyOf(DESCRIBE_IMAGES, request);
}

export type ValidationResult =
  { ok: true; request: DescribeImagesRequest; unknown: string[] } | { ok: false; error: ApiError };

/** One scalar from its wire text; `undefined` value means "absent" (empty optional text). */
export function parseScalarParam(spec: ParamSpec, text: string): { value?: ParamValue } | ApiError {
  const parsed = parseParam(spec, text);
  if (!parsed.ok) return parsed.error;
  return parsed.value === undefined ? {} : { value: parsed.value };
}

export function isApiError(x: unknown): x is ApiError {
  return typeof x === 'object' && x !== null && 'code' in x && 'status' in x;
}

/**
 * Validates DescribeImages parameters in wire form and builds the structured request, with the
 * service's error codes in the service's order (api-action.ts validateRequest). Names that are not
 * DescribeImages parameters are returned in `unknown` (the service ignores them; the proxy refuses
 * them). RPC common parameters are neither.
 */
export function validateDescribeImages(input: Iterable<WireEntry> | WireParams): ValidationResult {
  const result = validateRequest(DESCRIBE_IMAGES, input);
  return result.ok ? { ok: true, ...result.value } : result;
}
