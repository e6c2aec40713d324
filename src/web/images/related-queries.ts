// react-query options for the actions beside DescribeImages (the fetcher / queryOptions pair of
// image-queries.ts): the image a family resolves to, the instances that run an image, whom an
// image is shared with, and the snapshots behind disk mappings — each as the account of the
// accounts file its image belongs to, when there is one. Keys come from query-keys.ts.
//
// These calls come in numbers (an audit makes hundreds), so they share the page's limit on requests
// in flight, and the browser never retries an answer: the proxy is the one retry layer, with backoff
// and the service's Retry-After (docs/ARCHITECTURE.md "Proxy ⇄ ECS"); a failed call waits for the
// person's Retry.

import { queryOptions } from '@tanstack/react-query';
import { DESCRIBE_IMAGE_FROM_FAMILY } from '../../ecs/describe-image-from-family';
import {
  DESCRIBE_IMAGE_SHARE_PERMISSION,
  SHARE_PAGE_SIZE_MAX,
} from '../../ecs/describe-image-share-permission';
import {
  DESCRIBE_INSTANCES,
  type DescribeInstancesRequest,
  type EcsInstance,
} from '../../ecs/describe-instances';
import {
  DESCRIBE_SNAPSHOTS,
  type DescribeSnapshotsRequest,
  type EcsSnapshot,
} from '../../ecs/describe-snapshots';
import { fetchAction, fetchEveryPage } from './ecs-api';
import { pageLimit } from './image-queries';
import { actionKeys } from './query-keys';

/** Like image answers, these stay fresh for five minutes. */
export const RELATED_STALE_MS = 5 * 60_000;
const common = { staleTime: RELATED_STALE_MS, retry: false } as const;
const limited = (signal: AbortSignal, account: string | undefined) => ({
  signal,
  limiter: pageLimit,
  account,
});

/** The paging parameters a query over every page sets itself. */
type Unpaged<R> = Omit<R, 'PageNumber' | 'PageSize' | 'MaxResults' | 'NextToken'>;

/** DescribeImageFromFamily: the image `family` resolves to in a region, or no image. */
export function imageFromFamilyQueryOptions(regionId: string, imageFamily: string, account?: string) {
  const request = { RegionId: regionId, ImageFamily: imageFamily };
  return queryOptions({
    queryKey: actionKeys.call(DESCRIBE_IMAGE_FROM_FAMILY, request, account),
    queryFn: ({ signal }) => fetchAction(DESCRIBE_IMAGE_FROM_FAMILY, request, limited(signal, account)),
    ...common,
  });
}

/** One DescribeInstances call as asked (a page, or a count with its first page). */
export function instancesQueryOptions(request: DescribeInstancesRequest, account?: string) {
  return queryOptions({
    queryKey: actionKeys.call(DESCRIBE_INSTANCES, request, account),
    queryFn: ({ signal }) => fetchAction(DESCRIBE_INSTANCES, request, limited(signal, account)),
    ...common,
  });
}

/**
 * Every instance that matches, e.g. of a whole region, following NextToken 100 at a time;
 * `onPage` hears of each page (not part of the key).
 */
export function allInstancesQueryOptions(
  request: Unpaged<DescribeInstancesRequest>,
  { account, onPage }: { account?: string; onPage?: (pages: number) => void } = {},
) {
  return queryOptions({
    queryKey: actionKeys.everyPage(DESCRIBE_INSTANCES, request, account),
    queryFn: ({ signal }): Promise<EcsInstance[]> =>
      fetchEveryPage(DESCRIBE_INSTANCES, request, (answer) => answer.Instances.Instance, {
        ...limited(signal, account),
        onPage,
      }),
    ...common,
  });
}

/** Whom one of your images is shared with: every account in one call (an image has at most 50). */
export function sharePermissionQueryOptions(regionId: string, imageId: string, account?: string) {
  const request = { RegionId: regionId, ImageId: imageId, PageSize: SHARE_PAGE_SIZE_MAX };
  return queryOptions({
    queryKey: actionKeys.call(DESCRIBE_IMAGE_SHARE_PERMISSION, request, account),
    queryFn: ({ signal }) => fetchAction(DESCRIBE_IMAGE_SHARE_PERMISSION, request, limited(signal, account)),
    ...common,
  });
}

/** One DescribeSnapshots call as asked, e.g. the snapshots of up to 100 IDs. */
export function snapshotsQueryOptions(request: DescribeSnapshotsRequest, account?: string) {
  return queryOptions({
    queryKey: actionKeys.call(DESCRIBE_SNAPSHOTS, request, account),
    queryFn: ({ signal }) => fetchAction(DESCRIBE_SNAPSHOTS, request, limited(signal, account)),
    ...common,
  });
}

/** Every snapshot that matches, following NextToken 100 at a time. */
export function allSnapshotsQueryOptions(request: Unpaged<DescribeSnapshotsRequest>, account?: string) {
  return queryOptions({
    queryKey: actionKeys.everyPage(DESCRIBE_SNAPSHOTS, request, account),
    queryFn: ({ signal }): Promise<EcsSnapshot[]> =>
      fetchEveryPage(
        DESCRIBE_SNAPSHOTS,
        request,
        (answer) => answer.Snapshots.Snapshot,
        limited(signal, account),
      ),
    ...common,
  });
}
