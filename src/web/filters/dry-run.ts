// "Check request": every planned call sent once with DryRun=true. The service answers a request
// that would pass with the error code DryRunOperation (docs/ecs-api-notes.md §1.4), so that code is the
// success, and any other answer is the reason the real call would fail.

import { DRY_RUN_PASSED_CODE } from '../../ecs/api-errors';
import { failure, success, type Result } from '../../ecs/result';
import { EcsRequestError, fetchDescribeImages } from '../images/ecs-api';
import type { ImageSource } from '../view-state/image-sources';

export interface DryRunVerdict {
  source: ImageSource;
  passed: boolean;
  code: string;
  message: string;
  requestId: string;
  recommend: string;
}

/** The verdict from what a dry-run call returned (ok) or threw (the error). */
export function dryRunVerdict(source: ImageSource, outcome: Result<unknown, unknown>): DryRunVerdict {
  if (outcome.ok)
    // The service ran the query instead of only checking it; the request is valid all the same.
    return {
      source,
      passed: true,
      code: 'OK',
      message: 'The request ran and returned images.',
      requestId: '',
      recommend: '',
    };
  const error = outcome.error;
  if (error instanceof EcsRequestError)
    return {
      source,
      passed: error.code === DRY_RUN_PASSED_CODE,
      code: error.code,
      message: error.body.Message,
      requestId: error.body.RequestId,
      recommend: error.body.Recommend,
    };
  return {
    source,
    passed: false,
    code: 'UnexpectedError',
    message: String(error),
    requestId: '',
    recommend: '',
  };
}

/** Sends each source's first-page request with DryRun=true, all at once. */
export function checkRequests(
  sources: readonly ImageSource[],
  signal?: AbortSignal,
): Promise<DryRunVerdict[]> {
  return Promise.all(
    sources.map((source) =>
      fetchDescribeImages(
        { ...source.request, PageNumber: 1, DryRun: true },
        { signal, fresh: true, account: source.account },
      ).then(
        (answer) => dryRunVerdict(source, success(answer)),
        (error: unknown) => dryRunVerdict(source, failure(error)),
      ),
    ),
  );
}
