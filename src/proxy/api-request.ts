// What the browser may ask for, checked before anything is signed: the action allowlist, a bounded
// query, only known parameters, each at most once, one region and one owner per call, then the
// shared validation (src/ecs validateDescribeImages, the same code the browser runs). The result is
// rebuilt from the validated request, so nothing the client sent goes upstream unexamined. Pure.

import type { ApiError } from '../ecs/api-errors';
import { apiErrors } from '../ecs/api-errors';
import { SCALAR_PARAM_NAMES } from '../ecs/describe-images-params';
import { canonicalRequestKey, toWireParams, validateDescribeImages } from '../ecs/describe-images-wire';
import { proxyErrors } from '../ecs/proxy-errors';
import { isWellFormedRegionId } from '../ecs/regions';
import { failure, success, type Result } from '../ecs/result';
import { parseRepeatedName, type WireEntry } from '../ecs/repeated-params';

export const ALLOWED_ACTIONS = ['DescribeImages', 'DescribeRegions'] as const;
export type AllowedAction = (typeof ALLOWED_ACTIONS)[number];

export function isAllowedAction(action: string): action is AllowedAction {
  return (ALLOWED_ACTIONS as readonly string[]).includes(action);
}

export const MAX_QUERY_BYTES = 8 * 1024;

/** One validated call, ready to sign. */
export interface UpstreamCall {
  action: AllowedAction;
  /** Validated; the only client input that chooses the endpoint. */
  regionId: string;
  /** Wire parameters, rebuilt from the validated request. */
  params: Record<string, string>;
  /** Equal for equal requests, whatever order or aliases the client used. */
  key: string;
}

const KNOWN_NAMES: Record<AllowedAction, (name: string) => boolean> = {
  DescribeImages: (name) => SCALAR_PARAM_NAMES.has(name) || parseRepeatedName(name) !== undefined,
  // The region list needs nothing but the region whose endpoint answers it.
  DescribeRegions: (name) => name === 'RegionId',
};

/** Parameters that take one value, where people often want several (DESIGN.md: the page fans out). */
const SINGLE_VALUE_PARAMS = ['RegionId', 'ImageOwnerAlias'];

export function parseApiCall(
  action: AllowedAction,
  rawQuery: string,
  defaultRegion: string,
): Result<UpstreamCall, ApiError> {
  const bytes = Buffer.byteLength(rawQuery);
  if (bytes > MAX_QUERY_BYTES) return failure(proxyErrors.queryTooLong(bytes, MAX_QUERY_BYTES));
  const entries: WireEntry[] = [...new URLSearchParams(rawQuery)];
  const seen = new Set<string>();
  for (const [name, value] of entries) {
    if (!KNOWN_NAMES[action](name)) return failure(proxyErrors.unknownParameter(name, action));
    if (seen.has(name)) return failure(proxyErrors.duplicateParameter(name));
    seen.add(name);
    if (SINGLE_VALUE_PARAMS.includes(name) && value.includes(','))
      return failure(proxyErrors.oneValuePerCall(name));
  }
  return action === 'DescribeImages' ? describeImages(entries) : describeRegions(entries, defaultRegion);
}

function describeImages(entries: WireEntry[]): Result<UpstreamCall, ApiError> {
  const result = validateDescribeImages(entries);
  if (!result.ok) return result;
  const { request } = result.value;
  return success({
    action: 'DescribeImages',
    regionId: request.RegionId,
    params: toWireParams(request),
    key: `DescribeImages?${canonicalRequestKey(request)}`,
  });
}

function describeRegions(entries: WireEntry[], defaultRegion: string): Result<UpstreamCall, ApiError> {
  const regionId = entries.find(([name]) => name === 'RegionId')?.[1] || defaultRegion;
  if (!isWellFormedRegionId(regionId)) return failure(apiErrors.invalidRegionId());
  return success({
    action: 'DescribeRegions',
    regionId,
    params: { RegionId: regionId },
    key: `DescribeRegions?RegionId=${regionId}`,
  });
}
