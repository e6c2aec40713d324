// The actions the emulator serves: every action of the registry (src/ecs/api-actions.ts), from
// already-authenticated parameters to a response body or a service error. Each call runs the
// action's model validation (the same code the proxy runs before signing; unknown names are
// ignored, as the service does), then the action's meaning here, as the account the credential
// belongs to. Pure apart from the lazily built catalog.

import {
  canonicalRequestKey,
  validateRequest,
  type ApiAction,
  type RequestOf,
  type ResponseOf,
} from '../ecs/api-action';
import { API_ACTIONS, apiActionNamed, type ApiActionName } from '../ecs/api-actions';
import { apiErrors, type ApiError } from '../ecs/api-errors';
import { familyImageOf, type DescribeImageFromFamilyResponse } from '../ecs/describe-image-from-family';
import { SHARE_DEFAULT_PAGE_SIZE, COMMUNITY_SHARE_GROUP } from '../ecs/describe-image-share-permission';
import { DEFAULT_PAGE_SIZE } from '../ecs/describe-images-params';
import { INSTANCES_DEFAULT_PAGE_SIZE } from '../ecs/describe-instances';
import { SNAPSHOTS_DEFAULT_PAGE_SIZE } from '../ecs/describe-snapshots';
import type { DescribeImagesResponse, DescribeRegionsResponse } from '../ecs/image-types';
import {
  DEFAULT_REGION_LANGUAGE,
  endpointHostForRegion,
  KNOWN_REGIONS,
  parseRegionLanguage,
} from '../ecs/regions';
import type { PagedAnswer } from '../ecs/paged-answer';
import type { WireEntry } from '../ecs/repeated-params';
import { failure, success, type Result } from '../ecs/result';
import { toTime } from './catalog-images';
import type { Catalog } from './catalog';
import { filterImages, pageOf } from './filter-images';
import { filterInstances, filterSnapshots } from './filter-instances';
import { lookupInstanceType } from './instance-types';
import { pageFor, queryFingerprint, type PagingRequest } from './token-paging';
import { DEFAULT_ACCOUNT, type EmulatorAccount } from './world-accounts';

export type ActionResult<T> = Result<T, ApiError>;

/** Who calls, and what the call can see. */
export interface ActionContext {
  catalog: Catalog;
  /** The account the request's AccessKey belongs to. */
  account: EmulatorAccount;
  requestId: string;
}

type Semantics<A> = (request: RequestOf<A>, ctx: ActionContext) => ActionResult<ResponseOf<A>>;

/** The region must be one the emulator serves; then DryRun succeeds by failing (docs/ecs-api-notes.md §1.4). */
function regionThenDryRun(
  ctx: ActionContext,
  request: { RegionId: string; DryRun?: boolean },
): ApiError | undefined {
  if (!ctx.catalog.hasRegion(request.RegionId)) return apiErrors.invalidRegionId();
  return request.DryRun ? apiErrors.dryRunOperation() : undefined;
}

/**
 * DescribeImages. Order of checks: parameters, then the region and instance type exist, then
 * DryRun. The DryRun documentation says the check covers "whether the required parameters are
 * specified" before DryRunOperation, so a missing RegionId wins over DryRun
 * (docs/signing-and-credentials.md §6.9 lists DryRun first; we follow the DescribeImages page).
 */
const describeImagesSemantics: Semantics<typeof API_ACTIONS.DescribeImages> = (request, ctx) => {
  if (!ctx.catalog.hasRegion(request.RegionId)) return failure(apiErrors.invalidRegionId());
  const instanceType =
    request.InstanceType === undefined ? undefined : lookupInstanceType(request.InstanceType);
  if (request.InstanceType !== undefined && !instanceType) return failure(apiErrors.instanceType());
  if (request.DryRun) return failure(apiErrors.dryRunOperation());

  const matches = filterImages(ctx.catalog.images(request.RegionId, ctx.account), request, instanceType);
  const pageNumber = request.PageNumber ?? 1;
  const pageSize = request.PageSize ?? DEFAULT_PAGE_SIZE;
  return success<DescribeImagesResponse>({
    RequestId: ctx.requestId,
    RegionId: request.RegionId,
    TotalCount: matches.length,
    PageNumber: pageNumber,
    PageSize: pageSize,
    Images: { Image: pageOf(matches, pageNumber, pageSize).map((e) => e.image) },
  });
};

/**
 * DescribeRegions: the regions the emulator serves, named in the language `AcceptLanguage` asks for
 * (zh-CN when absent, as the service's default; also for a language the model lists but we have
 * no names in, uncertain). InstanceChargeType and ResourceType would change nothing here.
 */
function describeRegionsSemantics(
  request: RequestOf<typeof API_ACTIONS.DescribeRegions>,
  ctx: Pick<ActionContext, 'requestId'>,
): ActionResult<DescribeRegionsResponse> {
  if (request.DryRun) return failure(apiErrors.dryRunOperation());
  const language =
    (request.AcceptLanguage && parseRegionLanguage(request.AcceptLanguage)) || DEFAULT_REGION_LANGUAGE;
  return success<DescribeRegionsResponse>({
    RequestId: ctx.requestId,
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

/**
 * DescribeImageFromFamily: the newest Available image of the family (by CreationTime) among the
 * images the caller may use — its own, public, shared with it and community images, not
 * marketplace ones (docs/ecs-api-notes.md §10; which images take part is uncertain, see
 * src/ecs/describe-image-from-family.ts). An answer without Image when there is none.
 */
const describeImageFromFamilySemantics: Semantics<typeof API_ACTIONS.DescribeImageFromFamily> = (
  request,
  ctx,
) => {
  if (!ctx.catalog.hasRegion(request.RegionId)) return failure(apiErrors.invalidRegionId());
  // The catalog keeps images newest first, so the first match is the newest.
  const newest = ctx.catalog
    .images(request.RegionId, ctx.account)
    .find(
      (e) =>
        e.status === 'Available' && e.owner !== 'marketplace' && e.image.ImageFamily === request.ImageFamily,
    );
  const body: DescribeImageFromFamilyResponse = { RequestId: ctx.requestId };
  if (newest) body.Image = familyImageOf(newest.image);
  return success(body);
};

/** What a NextToken is tied to: the action, the account and every parameter but the paging ones. */
function fingerprintOf<A extends ApiAction>(
  action: A,
  ctx: ActionContext,
  request: RequestOf<A> & PagingRequest & { DryRun?: boolean },
): string {
  const { PageNumber: _p, PageSize: _s, MaxResults: _m, NextToken: _t, DryRun: _d, ...filters } = request;
  return queryFingerprint(
    `${action.name}|${ctx.account.id}|${canonicalRequestKey(action, filters as RequestOf<A>)}`,
  );
}

/** A page of an account's matches in a region: the answer's paging fields and the entries. */
interface MatchesPage<M> {
  paging: Omit<PagedAnswer, 'RequestId'>;
  entries: M[];
}

/**
 * The list actions that page by PageNumber/PageSize or MaxResults/NextToken (DescribeInstances,
 * DescribeSnapshots): the region and DryRun, then the page. A token that was not issued is a bad
 * parameter, named before DryRun's verdict.
 */
function pageOfMatches<A extends ApiAction, M>(
  action: A,
  request: RequestOf<A> & PagingRequest & { RegionId: string; DryRun?: boolean },
  ctx: ActionContext,
  defaultPageSize: number,
  matchesOf: () => M[],
): ActionResult<MatchesPage<M>> {
  const problem = regionThenDryRun(ctx, request);
  const matches = problem ? [] : matchesOf();
  const page = pageFor(request, matches.length, defaultPageSize, fingerprintOf(action, ctx, request));
  if (!page.ok) return page;
  if (problem) return failure(problem);
  const { start, size, pageNumber, pageSize, nextToken } = page.value;
  return success({
    paging: { TotalCount: matches.length, PageNumber: pageNumber, PageSize: pageSize, NextToken: nextToken },
    entries: matches.slice(start, start + size),
  });
}

/** DescribeInstances: the account's instances in the region that match, newest first. */
const describeInstancesSemantics: Semantics<typeof API_ACTIONS.DescribeInstances> = (request, ctx) => {
  const found = pageOfMatches(API_ACTIONS.DescribeInstances, request, ctx, INSTANCES_DEFAULT_PAGE_SIZE, () =>
    filterInstances(ctx.catalog.instances(request.RegionId, ctx.account), request),
  );
  if (!found.ok) return found;
  const { paging, entries } = found.value;
  return success({
    RequestId: ctx.requestId,
    ...paging,
    Instances: { Instance: entries.map((e) => e.instance) },
  });
};

/**
 * DescribeImageSharePermission: whom one of the caller's own custom images is shared with; any
 * other image (public, shared with the caller, unknown) is InvalidImageId.NotFound, "the specified
 * image does not exist in this account". Pages cover the accounts; an image published as a
 * community image has the share group `all`.
 */
const describeImageSharePermissionSemantics: Semantics<typeof API_ACTIONS.DescribeImageSharePermission> = (
  request,
  ctx,
) => {
  if (!ctx.catalog.hasRegion(request.RegionId)) return failure(apiErrors.invalidRegionId());
  const image = ctx.catalog.ownImage(request.RegionId, ctx.account, request.ImageId);
  if (!image) return failure(apiErrors.imageNotFound());
  const pageNumber = request.PageNumber ?? 1;
  const pageSize = request.PageSize ?? SHARE_DEFAULT_PAGE_SIZE;
  return success({
    RequestId: ctx.requestId,
    RegionId: request.RegionId,
    ImageId: request.ImageId,
    TotalCount: image.shares.length,
    PageNumber: pageNumber,
    PageSize: pageSize,
    ShareGroups: { ShareGroup: image.published ? [{ Group: COMMUNITY_SHARE_GROUP }] : [] },
    Accounts: {
      Account: pageOf(image.shares, pageNumber, pageSize).map((share) => ({
        AliyunId: share.accountId,
        SharedTime: toTime(share.sharedMs),
      })),
    },
  });
};

/** DescribeSnapshots: the account's snapshots in the region that match, newest first. */
const describeSnapshotsSemantics: Semantics<typeof API_ACTIONS.DescribeSnapshots> = (request, ctx) => {
  const found = pageOfMatches(API_ACTIONS.DescribeSnapshots, request, ctx, SNAPSHOTS_DEFAULT_PAGE_SIZE, () =>
    filterSnapshots(ctx.catalog.snapshots(request.RegionId, ctx.account), request),
  );
  if (!found.ok) return found;
  const { paging, entries } = found.value;
  return success({
    RequestId: ctx.requestId,
    ...paging,
    Snapshots: { Snapshot: entries.map((e) => e.snapshot) },
  });
};

const SEMANTICS: { [K in ApiActionName]: Semantics<(typeof API_ACTIONS)[K]> } = {
  DescribeImages: describeImagesSemantics,
  DescribeRegions: describeRegionsSemantics,
  DescribeImageFromFamily: describeImageFromFamilySemantics,
  DescribeInstances: describeInstancesSemantics,
  DescribeImageSharePermission: describeImageSharePermissionSemantics,
  DescribeSnapshots: describeSnapshotsSemantics,
};

function run<K extends ApiActionName>(
  name: K,
  entries: readonly WireEntry[],
  ctx: ActionContext,
): ActionResult<ResponseOf<(typeof API_ACTIONS)[K]>> {
  const action = API_ACTIONS[name] as ApiAction<RequestOf<(typeof API_ACTIONS)[K]>>;
  const validated = validateRequest(action, entries);
  if (!validated.ok) return validated;
  return SEMANTICS[name](validated.value.request, ctx);
}

export type Action = (entries: readonly WireEntry[], ctx: ActionContext) => ActionResult<object>;

/** The action of that name, or undefined (InvalidAction.NotFound). Names are case-sensitive. */
export function actionNamed(name: string): Action | undefined {
  const action = apiActionNamed(name);
  return action && ((entries, ctx) => run(action.name as ApiActionName, entries, ctx));
}

export function describeImages(
  catalog: Catalog,
  entries: readonly WireEntry[],
  requestId: string,
  account: EmulatorAccount = DEFAULT_ACCOUNT,
): ActionResult<DescribeImagesResponse> {
  return run('DescribeImages', entries, { catalog, account, requestId });
}

export function describeRegions(
  entries: readonly WireEntry[],
  requestId: string,
): ActionResult<DescribeRegionsResponse> {
  const validated = validateRequest(API_ACTIONS.DescribeRegions, entries);
  return validated.ok ? describeRegionsSemantics(validated.value.request, { requestId }) : validated;
}
