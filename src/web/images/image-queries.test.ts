import { describe, expect, it } from 'vitest';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import { EcsRequestError } from './ecs-api';
import { addPages, shouldRetryRequest } from './image-queries';

const page = (n: number, totalCount: number) =>
  ({ PageNumber: n, TotalCount: totalCount }) as DescribeImagesResponse;
const error = (status: number, code: string) =>
  new EcsRequestError(status, { RequestId: 'r', HostId: 'h', Code: code, Message: 'm', Recommend: '' });

describe('addPages', () => {
  it('places pages by number and takes TotalCount from page 1', () => {
    const state = addPages({ totalCount: 0, pages: [] }, [
      [3, page(3, 250)],
      [1, page(1, 250)],
    ]);
    expect(state.totalCount).toBe(250);
    expect(state.pages.map((p) => p?.PageNumber)).toEqual([1, undefined, 3]);
  });

  it('replaces a page on retry instead of adding it twice', () => {
    const first = addPages({ totalCount: 0, pages: [] }, [
      [1, page(1, 150)],
      [2, page(2, 150)],
    ]);
    const again = addPages(first, [[2, page(2, 150)]]);
    expect(again.pages).toHaveLength(2);
  });

  it('drops pages past the end when a reload finds fewer images', () => {
    const before = addPages({ totalCount: 0, pages: [] }, [
      [1, page(1, 300)],
      [2, page(2, 300)],
      [3, page(3, 300)],
    ]);
    expect(addPages(before, [[1, page(1, 120)]]).pages).toHaveLength(2);
  });
});

describe('shouldRetryRequest', () => {
  it('retries only when the proxy could not be reached, twice', () => {
    expect(shouldRetryRequest(0, error(0, 'NetworkError'))).toBe(true);
    expect(shouldRetryRequest(1, error(0, 'NetworkError'))).toBe(true);
    expect(shouldRetryRequest(2, error(0, 'NetworkError'))).toBe(false);
  });

  it('never retries an answer the proxy gave: it has retried already, within its budget', () => {
    expect(shouldRetryRequest(0, error(400, 'Throttling.User'))).toBe(false);
    expect(shouldRetryRequest(0, error(503, 'ServiceUnavailable'))).toBe(false);
    expect(shouldRetryRequest(0, error(500, 'InternalError'))).toBe(false);
    expect(shouldRetryRequest(0, error(404, 'InvalidOSType'))).toBe(false);
    expect(
      shouldRetryRequest(
        0,
        new EcsRequestError(503, {
          Code: 'ProxyOverloaded',
          Message: 'm',
          HostId: 'h',
          Source: 'proxy',
        } as never),
      ),
    ).toBe(false);
    // An answer the browser could not read came from the proxy all the same.
    expect(shouldRetryRequest(0, error(0, 'InvalidResponse'))).toBe(false);
    expect(shouldRetryRequest(0, new Error('bug'))).toBe(false);
  });
});
