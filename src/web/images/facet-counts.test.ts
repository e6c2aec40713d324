import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { countFacets, FACET_IDS } from './facet-counts';

const image = (over: Record<string, unknown>) => normalizeImage({ ImageId: `m-${Math.random()}`, ...over });

describe('facet counts', () => {
  it('count each value, the largest first, and weigh the custom images', () => {
    const rows = [
      new ImageRow(
        'cn-hangzhou',
        image({ ImageOwnerAlias: 'self', Size: 40, Status: 'Available', Architecture: 'x86_64' }),
      ),
      new ImageRow(
        'cn-hangzhou',
        image({ ImageOwnerAlias: 'self', Size: 100, Status: 'Deprecated', Architecture: 'arm64' }),
      ),
      new ImageRow(
        'cn-shanghai',
        image({
          ImageOwnerAlias: 'others',
          IsPublic: true,
          Size: 20,
          Status: 'Available',
          Architecture: 'x86_64',
          ImageFamily: 'acs:x',
        }),
      ),
    ];
    const { facets, custom, rows: count } = countFacets(rows);
    expect(count).toBe(3);
    expect(facets.owner).toEqual([
      { value: 'self', count: 2 },
      { value: 'community', count: 1 },
    ]);
    expect(facets.status).toEqual([
      { value: 'Available', count: 2 },
      { value: 'Deprecated', count: 1 },
    ]);
    expect(facets.region[0]).toEqual({ value: 'cn-hangzhou', count: 2 });
    expect(facets.family).toEqual([
      { value: '', count: 2 },
      { value: 'acs:x', count: 1 },
    ]);
    expect(custom).toEqual({ count: 2, sizeGiB: 140 });
  });

  it('account for every row in every facet', () => {
    const row = fc
      .record({
        region: fc.constantFrom('cn-hangzhou', 'cn-beijing'),
        status: fc.constantFrom('Available', 'Deprecated', ''),
        arch: fc.constantFrom('x86_64', 'arm64', ''),
      })
      .map((r) => new ImageRow(r.region, image({ Status: r.status, Architecture: r.arch })));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const { facets } = countFacets(rows);
        for (const id of FACET_IDS) expect(facets[id].reduce((n, b) => n + b.count, 0)).toBe(rows.length);
      }),
    );
  });
});
