// DescribeImages semantics over the catalog: which images a validated request matches, and paging.
// Pure (no I/O). Sources: docs/ecs-api-notes.md §1 and the SDK models; where those leave a choice
// open, the comment at the rule says which reading we follow.

import {
  ALL_STATUSES,
  DEFAULT_OWNER_ALIASES,
  DEFAULT_PAGE_SIZE,
  DEFAULT_STATUS,
  type DescribeImagesRequest,
  type ImageFilter,
  type TagFilter,
} from '../ecs/describe-images-params';
import type { ImageTag } from '../ecs/image-types';
import type { CatalogEntry } from './catalog-images';
import { imageRunsOn, type InstanceTypeInfo } from './instance-types';

type Predicate = (entry: CatalogEntry) => boolean;

/**
 * ImageName is a "fuzzy match" (docs/ecs-api-notes.md §1) and real queries use `*` as a wildcard
 * (`aliyun_3_x64*alibase*`). Our reading: the name contains the pattern, case-insensitively, where
 * each `*` stands for any run of characters. Whether the service matches case-insensitively, or
 * anchors the pattern, is not documented (uncertain).
 */
export function imageNameMatcher(pattern: string): (nameLower: string) => boolean {
  const parts = pattern
    .toLowerCase()
    .split('*')
    .filter((p) => p !== '');
  if (parts.length === 1) {
    const only = parts[0]!;
    return (name) => name.includes(only);
  }
  return (name) => {
    let from = 0;
    for (const part of parts) {
      const at = name.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  };
}

/** Filter times are UTC with minute or second precision (`2017-12-05T22:40Z` or `…:40:00Z`). */
export function filterTimeMs(value: string): number {
  return Date.parse(value);
}

function ownerPredicate(request: DescribeImagesRequest): Predicate {
  // Empty owner = system + self + others; marketplace only when asked for (§1.1).
  const owners: readonly string[] = request.ImageOwnerAlias
    ? [request.ImageOwnerAlias]
    : DEFAULT_OWNER_ALIASES;
  // Among `others`, IsPublic=true selects community images and false/absent shared ones (§1); the
  // docs disagree whether an empty owner includes community images; we follow the zh note that
  // IsPublic defaults to false, which excludes them.
  const community = request.IsPublic === true;
  return (e) => owners.includes(e.owner) && (e.owner !== 'others' || e.isPublic === community);
}

function statusPredicate(request: DescribeImagesRequest): Predicate | undefined {
  const statuses = request.Status ?? [DEFAULT_STATUS];
  if (statuses.includes(ALL_STATUSES)) return undefined;
  return (e) => statuses.includes(e.status);
}

/**
 * Tags combine with AND (§1.3). A tag given with only a key — or with an empty value, which the
 * service treats like an absent optional value — matches any value of that key. The same for
 * images, instances and snapshots.
 */
export function hasTags(tags: readonly ImageTag[], wanted: readonly TagFilter[]): boolean {
  return wanted.every((w) =>
    tags.some(
      (t) => t.TagKey === w.Key && (w.Value === undefined || w.Value === '' || t.TagValue === w.Value),
    ),
  );
}

function tagPredicate(tags: readonly TagFilter[]): Predicate {
  return ({ image }) => hasTags(image.Tags.Tag, tags);
}

/**
 * Filter.N: creation-time bounds are inclusive instants (CreationStartTime ≤ CreationTime ≤
 * CreationEndTime; a minute-precision value means second :00 of that minute). NetworkType matches
 * images that run in that network. The online-resize keys compare with Features; an image whose
 * Features omit the key counts as `unsupported`.
 */
function filterPredicate(filter: ImageFilter): Predicate {
  const { Key: key, Value: value } = filter;
  switch (key) {
    case 'CreationStartTime': {
      const from = filterTimeMs(value);
      return (e) => e.creationMs >= from;
    }
    case 'CreationEndTime': {
      const to = filterTimeMs(value);
      return (e) => e.creationMs <= to;
    }
    case 'NetworkType':
      return (e) => e.networkTypes.includes(value as 'vpc' | 'classic');
    default:
      return ({ image }) => (image.Features[key] ?? 'unsupported') === value;
  }
}

/** The predicates a request implies, cheapest and most selective first. */
function predicates(request: DescribeImagesRequest, instanceType?: InstanceTypeInfo): Predicate[] {
  const list: Predicate[] = [];
  const add = (p: Predicate | undefined) => {
    if (p) list.push(p);
  };
  // ImageId is one exact ID: current docs describe a single value; an older page allowed a comma
  // list of up to 100 (docs/ecs-api-notes.md §1). Which one the service takes today is uncertain.
  if (request.ImageId !== undefined) add(({ image }) => image.ImageId === request.ImageId);
  add(ownerPredicate(request));
  add(statusPredicate(request));
  if (request.ImageName !== undefined) {
    const matches = imageNameMatcher(request.ImageName);
    add((e) => matches(e.nameLower));
  }
  if (request.ImageFamily !== undefined) add(({ image }) => image.ImageFamily === request.ImageFamily);
  if (request.ImageOwnerId !== undefined)
    add(
      ({ image }) => image.ImageOwnerId !== undefined && String(image.ImageOwnerId) === request.ImageOwnerId,
    );
  // The snapshot an image was made from: any of its disk mappings.
  if (request.SnapshotId !== undefined)
    add(({ image }) =>
      image.DiskDeviceMappings.DiskDeviceMapping.some((d) => d.SnapshotId === request.SnapshotId),
    );
  if (request.OSType !== undefined) add(({ image }) => image.OSType.toLowerCase() === request.OSType);
  if (request.Architecture !== undefined) add(({ image }) => image.Architecture === request.Architecture);
  if (request.Usage !== undefined) add(({ image }) => image.Usage === request.Usage);
  if (request.IsSupportIoOptimized !== undefined)
    add(({ image }) => image.IsSupportIoOptimized === request.IsSupportIoOptimized);
  if (request.IsSupportCloudinit !== undefined)
    add(({ image }) => image.IsSupportCloudinit === request.IsSupportCloudinit);
  // Usable: images that can create an instance right away (the SDK model's words). Your own images
  // omit the flag; we count them usable when Available (instant availability of images still being
  // created is not modelled).
  if (request.Usable !== undefined) add((e) => e.usable === request.Usable);
  // Resource groups hold custom images only; the filter narrows your own images and leaves public,
  // shared and marketplace images alone. The en doc says the default group's resources are always
  // shown, the zh doc and the SDK model that filtering by the default group is not supported
  // (docs/ecs-api-notes.md §1); which holds is uncertain, so we treat it like any other group.
  if (request.ResourceGroupId !== undefined)
    add(({ image }) => image.ImageOwnerAlias !== 'self' || image.ResourceGroupId === request.ResourceGroupId);
  // Expired marketplace subscriptions are hidden unless ShowExpired=true.
  if (request.ShowExpired !== true) add((e) => !e.subscriptionExpired);
  if (request.ActionType === 'ChangeOS') add((e) => e.changeOsSupported);
  if (request.Tag?.length) add(tagPredicate(request.Tag));
  for (const filter of request.Filter ?? []) add(filterPredicate(filter));
  if (instanceType) add(({ image }) => imageRunsOn(image, instanceType));
  return list;
}

/**
 * The images a validated request matches, in catalog order (newest first, then ImageId).
 * `instanceType` is the resolved `InstanceType`; the caller rejects unknown types first.
 */
export function filterImages(
  images: readonly CatalogEntry[],
  request: DescribeImagesRequest,
  instanceType?: InstanceTypeInfo,
): CatalogEntry[] {
  // One pass per predicate, most selective first: each pass is a tight loop over fewer images.
  let matches = images;
  for (const test of predicates(request, instanceType)) matches = matches.filter(test);
  return matches === images ? [...images] : (matches as CatalogEntry[]);
}

/** One page: PageNumber from 1, PageSize default 10. A page past the end is empty. */
export function pageOf<T>(items: readonly T[], pageNumber = 1, pageSize = DEFAULT_PAGE_SIZE): T[] {
  const start = (pageNumber - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
