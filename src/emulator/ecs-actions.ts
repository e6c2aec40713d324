// The actions the emulator serves, from already-authenticated parameters to a response body or a
// service error. Pure apart from the lazily built catalog.

import { apiErrors, type ApiError } from '../ecs/api-errors';
import { DEFAULT_PAGE_SIZE } from '../ecs/describe-images-params';
import { validateDescribeImages } from '../ecs/describe-images-wire';
import type { DescribeImagesResponse, DescribeRegionsResponse } from '../ecs/image-types';
import {
  DEFAULT_REGION_LANGUAGE,
  endpointHostForRegion,
  KNOWN_REGIONS,
  parseRegionLanguage,
} from '../ecs/regions';
import type { WireEntry } from '../ecs/repeated-params';
import { failure, success, type Result } from '../ecs/result';
import type { Catalog } from './catalog';
import { filterImages, pageOf } from './filter-images';
import { lookupInstanceType } from './instance-types';

export type ActionResult<T> = Result<T, ApiError>;

const dryRunRequested = (entries: readonly WireEntry[]) =>
  entries.some(([name, value]) => name === 'DryRun' && value.toLowerCase() === 'true');

/**
 * DescribeImages. Order of checks: parameters (src/ecs validation, unknown names ignored as the
 * service does), then the region and instance type exist, then DryRun. The DryRun documentation says
 * the check covers "whether the required parameters are specified" before DryRunOperation, so a
 * missing RegionId wins over DryRun (docs/signing-and-credentials.md §6.9 lists DryRun first; we follow the
 * DescribeImages page).
 */
export function describeImages(
  catalog: Catalog,
  entries: readonly WireEntry[],
  requestId: string,
): ActionResult<DescribeImagesResponse> {
  const validated = validateDescribeImages(entries);
  if (!validated.ok) return validated;
  const { request } = validated.value;
  if (!catalog.hasRegion(request.RegionId)) return failure(apiErrors.invalidRegionId());
  const instanceType =
    request.InstanceType === undefined ? undefined : lookupInstanceType(request.InstanceType);
  if (request.InstanceType !== undefined && !instanceType) return failure(apiErrors.instanceType());
  if (request.DryRun) return failure(apiErrors.dryRunOperation());

  const matches = filterImages(catalog.images(request.RegionId), request, instanceType);
  const pageNumber = request.PageNumber ?? 1;
  const pageSize = request.PageSize ?? DEFAULT_PAGE_SIZE;
  return success({
    RequestId: requestId,
    RegionId: request.RegionId,
    TotalCount: matches.length,
    PageNumber: pageNumber,
    PageSize: pageSize,
    Images: { Image: pageOf(matches, pageNumber, pageSize).map((e) => e.image) },
  });
}

/**
 * DescribeRegions: the regions the emulator serves, named in the language `AcceptLanguage` asks for
 * (zh-CN when absent, as the service's default; also for a value it does not list, uncertain).
 * InstanceChargeType and ResourceType change nothing here.
 */
export function describeRegions(
  entries: readonly WireEntry[],
  requestId: string,
): ActionResult<DescribeRegionsResponse> {
  if (dryRunRequested(entries)) return failure(apiErrors.dryRunOperation());
  const asked = entries.findLast(([name]) => name === 'AcceptLanguage')?.[1];
  const language = (asked && parseRegionLanguage(asked)) || DEFAULT_REGION_LANGUAGE;
  return success({
    RequestId: requestId,
    Regions: {
      Region: KNOWN_REGIONS.map((r) => ({
        RegionId: r.id,
        LocalName: r.names[language],
        RegionEndpoint: endpointHostForRegion(r.id),
        Status: 'available',
      })),
    },
  });
}

type Action = (catalog: Catalog, entries: readonly WireEntry[], requestId: string) => ActionResult<object>;

const ACTIONS: Readonly<Record<string, Action>> = {
  DescribeImages: describeImages,
  DescribeRegions: (_catalog, entries, requestId) => describeRegions(entries, requestId),
};

/** The action of that name, or undefined (InvalidAction.NotFound). Names are case-sensitive. */
export function actionNamed(name: string): Action | undefined {
  return Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
}
