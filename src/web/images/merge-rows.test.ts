import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import { normalizeImage } from '../../ecs/normalize-response';
import { createRowMerger, mergeSourceRows } from './merge-rows';

const page = (ids: string[]): DescribeImagesResponse => ({
  RequestId: 'r',
  RegionId: '',
  TotalCount: ids.length,
  PageNumber: 1,
  PageSize: 100,
  Images: { Image: ids.map((ImageId) => normalizeImage({ ImageId })) },
});

describe('mergeSourceRows', () => {
  it('keeps a public image ID that appears in two regions as two rows', () => {
    const id = 'aliyun_3_x64_20G_alibase_20240819.vhd';
    const rows = mergeSourceRows([
      { regionId: 'cn-hangzhou', pages: [page([id])] },
      { regionId: 'cn-shanghai', pages: [page([id])] },
    ]);
    expect(rows.map((r) => r.key)).toEqual([`cn-hangzhou/${id}`, `cn-shanghai/${id}`]);
  });

  it('holds every image exactly once, in source then page order, whatever pages overlap or are missing', () => {
    const source = fc.record({
      regionId: fc.constantFrom('cn-hangzhou', 'cn-beijing'),
      pages: fc.array(
        fc.option(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 4 }), { nil: undefined }),
        {
          maxLength: 4,
        },
      ),
    });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 4 }), (sources) => {
        const data = sources.map((s) => ({
          regionId: s.regionId,
          pages: s.pages.map((ids) => ids && page(ids)),
        }));
        const expected = [
          ...new Set(
            sources.flatMap((s) => s.pages.flatMap((ids) => (ids ?? []).map((id) => `${s.regionId}/${id}`))),
          ),
        ];
        expect(mergeSourceRows(data).map((r) => r.key)).toEqual(expected);
      }),
    );
  });

  it('returns the same list while no source has a new page, and a new one when one has', () => {
    const merge = createRowMerger();
    const pages = [page(['a', 'b'])];
    const first = merge([{ regionId: 'cn-hangzhou', pages }]);
    expect(merge([{ regionId: 'cn-hangzhou', pages }])).toBe(first);
    const more = merge([{ regionId: 'cn-hangzhou', pages: [...pages, page(['c'])] }]);
    expect(more).not.toBe(first);
    expect(more.map((r) => r.key)).toEqual(['cn-hangzhou/a', 'cn-hangzhou/b', 'cn-hangzhou/c']);
    expect(merge([{ regionId: 'cn-beijing', pages: [page(['a'])] }]).map((r) => r.key)).toEqual([
      'cn-beijing/a',
    ]);
  });
});
