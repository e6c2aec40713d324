import { replaceEqualDeep, type UseQueryResult } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import { normalizeImage } from '../../ecs/normalize-response';
import { planImageSources } from '../view-state/image-sources';
import { parseViewQueryString } from '../view-state/url-codec';
import type { SourcePages } from './image-queries';
import { createRowMerger } from './merge-rows';
import { buildCatalog } from './use-image-catalog';

const sources = planImageSources(
  parseViewQueryString('RegionId=cn-hangzhou,cn-beijing').state,
  'cn-hangzhou',
);
const page = (n: number, total: number, ids: string[]): DescribeImagesResponse => ({
  RequestId: 'r',
  RegionId: '',
  TotalCount: total,
  PageNumber: n,
  PageSize: 100,
  Images: { Image: ids.map((ImageId) => normalizeImage({ ImageId })) },
});
const result = (data: SourcePages | undefined, fetching: boolean, error: Error | null = null) =>
  ({
    data,
    isError: error !== null,
    isFetching: fetching,
    error,
    refetch: () => refetched.push(data?.totalCount),
  }) as unknown as UseQueryResult<SourcePages>;
let refetched: (number | undefined)[] = [];
const pagesOf = (total: number, count: number): SourcePages => ({
  totalCount: total,
  pages: Array.from({ length: count }, (_, i) => page(i + 1, total, [`${total}-${i}`])),
});

describe('buildCatalog', () => {
  const hangzhou: SourcePages = { totalCount: 150, pages: [page(1, 150, ['a', 'b'])] };

  it('reports progress per source and in total', () => {
    const catalog = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)]);
    expect(catalog.sources.map((s) => [s.state, s.loaded, s.total])).toEqual([
      ['loading', 2, 150],
      ['pending', 0, undefined],
    ]);
    expect(catalog).toMatchObject({ totalCount: 150, complete: false, settled: false, isFetching: true });
    expect(catalog.sources.map((s) => s.calls)).toEqual([
      { done: 1, planned: 1 },
      { done: 0, planned: 1 },
    ]);
    expect(catalog.rows.map((r) => r.key)).toEqual(['cn-hangzhou/a', 'cn-hangzhou/b']);
  });

  it('keeps the row list while no page arrives, however often the results change', () => {
    const merge = createRowMerger();
    const small: SourcePages = { totalCount: 2, pages: hangzhou.pages };
    const before = buildCatalog(sources, [result(small, true), result(undefined, true)], merge);
    const after = buildCatalog(sources, [result(small, false), result(undefined, true)], merge);
    expect(after.rows).toBe(before.rows);
    expect(after.sources[0]!.state).toBe('done');
  });

  it('is taken as it is by react-query, which would otherwise walk every row on each batch', () => {
    const a = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)]);
    const b = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)]);
    expect(replaceEqualDeep(a, b)).toBe(b);
  });

  it('counts the calls of the plan and the failed ones, and retries every failed source at once', () => {
    refetched = [];
    const failed = new Error('ServiceUnavailable');
    const catalog = buildCatalog(sources, [
      result(pagesOf(450, 2), false, failed),
      result(undefined, false, failed),
    ]);
    expect(catalog.sources.map((s) => [s.state, s.calls, s.total])).toEqual([
      ['error', { done: 2, planned: 5 }, 450],
      ['error', { done: 0, planned: 1 }, undefined],
    ]);
    expect(catalog).toMatchObject({ complete: false, settled: true });
    expect(catalog.plan.unknown).toBe(1);
    catalog.controls.retryFailed();
    expect(refetched).toEqual([450, undefined]);
  });

  it('holds a large view at page 1 until the person chooses, then loads what was chosen', () => {
    const large = [result(pagesOf(15_000, 1), false), result(pagesOf(9_000, 1), false)];
    const asking = buildCatalog(sources, large);
    expect(asking.plan.decision).toBe('ask');
    expect(asking.sources.map((s) => [s.state, s.behind])).toEqual([
      ['limited', false],
      ['limited', false],
    ]);
    expect(asking).toMatchObject({ settled: true, complete: false });
    // Chosen: the sources are short of the plan with nothing running, so the page fetches them.
    const first = buildCatalog(sources, large, undefined, { choice: 'first', stopped: false });
    expect(first.sources.map((s) => [s.state, s.behind, s.calls.planned])).toEqual([
      ['loading', true, 25],
      ['loading', true, 25],
    ]);
    const firstIn = buildCatalog(
      sources,
      [result(pagesOf(15_000, 25), false), result(pagesOf(9_000, 25), false)],
      undefined,
      {
        choice: 'first',
        stopped: false,
      },
    );
    expect(firstIn.sources.map((s) => s.state)).toEqual(['limited', 'limited']);
  });

  it('shows a stopped load as stopped, with what arrived, and does not fetch it behind the person’s back', () => {
    const catalog = buildCatalog(
      sources,
      [result(pagesOf(450, 2), false), result(undefined, false)],
      undefined,
      {
        choice: 'auto',
        stopped: true,
      },
    );
    expect(catalog.sources.map((s) => [s.state, s.behind, s.loaded])).toEqual([
      ['stopped', false, 2],
      ['stopped', false, 0],
    ]);
    expect(catalog).toMatchObject({ stopped: true, settled: true });
  });
});
