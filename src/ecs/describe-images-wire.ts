// DescribeImages parameters between wire form (name → text, as in a query string or form body) and
// the structured request: the generic action model (api-action.ts) bound to DescribeImages.

import {
  canonicalRequestKey as canonicalKeyOf,
  toWireEntries as wireEntriesOf,
  validateRequest,
  type ValidatedRequest,
  type WireParams,
} from './api-action';
import type { ApiError } from './api-errors';
import { DESCRIBE_IMAGES, type DescribeImagesRequest } from './describe-images-params';
import type { WireEntry } from './repeated-params';
import type { Result } from './result';

/** Structured request → wire entries, in schema order; absent values are left out. */
export function toWireEntries(request: DescribeImagesRequest): WireEntry[] {
  return wireEntriesOf(DESCRIBE_IMAGES, request);
}

export function toWireParams(request: DescribeImagesRequest): WireParams {
  return Object.fromEntries(toWireEntries(request));
}

/** A stable text for a request: its wire entries in schema order. Equal requests give equal keys. */
export function canonicalRequestKey(request: DescribeImagesRequest): string {
  return canonicalKeyOf(DESCRIBE_IMAGES, request);
}

/**
 * Validates DescribeImages parameters in wire form and builds the structured request, with the
 * service's error codes in the service's order (api-action.ts validateRequest). Names that are not
 * DescribeImages parameters are returned in `unknown` (the service ignores them; the proxy refuses
 * them). RPC common parameters are neither.
 */
export function validateDescribeImages(
  input: Iterable<WireEntry> | WireParams,
): Result<ValidatedRequest<DescribeImagesRequest>, ApiError> {
  return validateRequest(DESCRIBE_IMAGES, input);
}
