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
const result = (data: SourcePages | undefined, fetching: boolean) =>
  ({
    data,
    isError: false,
    isFetching: fetching,
    error: null,
    refetch: () => {},
  }) as unknown as UseQueryResult<SourcePages>;

describe('buildCatalog', () => {
  const hangzhou: SourcePages = { totalCount: 150, pages: [page(1, 150, ['a', 'b'])] };

  it('reports progress per source and in total', () => {
    const catalog = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)]);
    expect(catalog.sources.map((s) => [s.state, s.loaded, s.total])).toEqual([
      ['loading', 2, 150],
      ['pending', 0, undefined],
    ]);
    expect(catalog).toMatchObject({ totalCount: 150, complete: false, isFetching: true });
    expect(catalog.rows.map((r) => r.key)).toEqual(['cn-hangzhou/a', 'cn-hangzhou/b']);
  });

  it('keeps the row list while no page arrives, however often the results change', () => {
    const merge = createRowMerger();
    const before = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)], merge);
    const after = buildCatalog(sources, [result(hangzhou, false), result(undefined, true)], merge);
    expect(after.rows).toBe(before.rows);
    expect(after.sources[0]!.state).toBe('done');
  });

  it('is taken as it is by react-query, which would otherwise walk every row on each batch', () => {
    const a = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)]);
    const b = buildCatalog(sources, [result(hangzhou, true), result(undefined, true)]);
    expect(replaceEqualDeep(a, b)).toBe(b);
  });
});
