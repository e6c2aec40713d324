// Paging for the actions that take both PageNumber/PageSize and MaxResults/NextToken
// (DescribeInstances, DescribeSnapshots; docs/ecs-api-notes.md §11.2). The emulator's NextToken is
// 32 hex digits, like the service's (`caeba0bbb2be03f84eb48b699f0a4883`): the offset of the next
// entry and a fingerprint of the query it belongs to, so a token is refused
// (InvalidParameter.NextToken) when it was not issued, was altered, or is sent with other filters,
// another action or another account. Pure.

import { apiErrors, type ApiError } from '../ecs/api-errors';
import { failure, success, type Result } from '../ecs/result';
import { hashString } from './prng';

const OFFSET_DIGITS = 8;
const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** 24 hex digits that differ for different queries (three independent 32-bit hashes). */
export function queryFingerprint(query: string): string {
  return [1, 2, 3].map((seed) => hashString(query, seed).toString(16).padStart(8, '0')).join('');
}

export function encodeNextToken(offset: number, fingerprint: string): string {
  return offset.toString(16).padStart(OFFSET_DIGITS, '0') + fingerprint;
}

/** The offset a token stands for, if it is one issued for this query. */
export function decodeNextToken(token: string, fingerprint: string): Result<number, ApiError> {
  if (!TOKEN_PATTERN.test(token) || token.slice(OFFSET_DIGITS) !== fingerprint)
    return failure(apiErrors.nextToken());
  return success(parseInt(token.slice(0, OFFSET_DIGITS), 16));
}

export interface PagingRequest {
  PageNumber?: number;
  PageSize?: number;
  MaxResults?: number;
  NextToken?: string;
}

export interface Page {
  /** Index of the first entry of the page. */
  start: number;
  size: number;
  /** For the answer: the page's number (from 1) and size, and the token of the next page ("" on the last). */
  pageNumber: number;
  pageSize: number;
  nextToken: string;
}

/**
 * Which entries of `total` a request asks for. With MaxResults or NextToken the page parameters
 * are ignored (the reference); a first page by MaxResults starts at the beginning. Either way the
 * answer carries the token of the next page, as the service's answers do.
 */
export function pageFor(
  request: PagingRequest,
  total: number,
  defaultSize: number,
  fingerprint: string,
): Result<Page, ApiError> {
  let start: number;
  let size: number;
  if (request.MaxResults !== undefined || request.NextToken !== undefined) {
    size = request.MaxResults ?? defaultSize;
    if (request.NextToken === undefined) start = 0;
    else {
      const decoded = decodeNextToken(request.NextToken, fingerprint);
      if (!decoded.ok) return decoded;
      start = decoded.value;
    }
  } else {
    size = request.PageSize ?? defaultSize;
    start = ((request.PageNumber ?? 1) - 1) * size;
  }
  const end = start + size;
  return success({
    start,
    size,
    pageNumber: Math.floor(start / size) + 1,
    pageSize: size,
    nextToken: end < total ? encodeNextToken(end, fingerprint) : '',
  });
}
