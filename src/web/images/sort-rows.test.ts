import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { sortRows } from './sort-rows';

const row = (fields: Record<string, unknown>, regionId = 'cn-hangzhou') =>
  new ImageRow(regionId, normalizeImage({ ImageId: `m-${Math.random().toString(36).slice(2)}`, ...fields }));

const rowsArb = fc
  .array(
    fc.record({
      ImageName: fc.constantFrom('', 'alpha', 'Beta', 'beta', 'gamma', 'Ünïcode'),
      Size: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((fields) => row(fields)));

describe('sortRows', () => {
  it('orders text case-insensitively, numbers numerically, and keeps empty values last both ways', () => {
    const rows = [
      row({ ImageName: 'b', Size: 100 }),
      row({ ImageName: '', Size: 20 }),
      row({ ImageName: 'A', Size: 3 }),
    ];
    expect(sortRows(rows, [{ id: 'ImageName', desc: false }]).map((r) => r.image.ImageName)).toEqual([
      'A',
      'b',
      '',
    ]);
    expect(sortRows(rows, [{ id: 'ImageName', desc: true }]).map((r) => r.image.ImageName)).toEqual([
      'b',
      'A',
      '',
    ]);
    expect(sortRows(rows, [{ id: 'Size', desc: false }]).map((r) => r.image.Size)).toEqual([3, 20, 100]);
  });

  it('agrees with a plain comparison sort, stable, for any rows and direction', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, desc) => {
        const key = (r: ImageRow) => r.image.ImageName.toLowerCase();
        const expected = rows
          .map((r, i) => ({ r, i }))
          .sort((a, b) => {
            const ka = key(a.r);
            const kb = key(b.r);
            if (ka === kb) return a.i - b.i;
            if (ka === '') return 1;
            if (kb === '') return -1;
            return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
          })
          .map((x) => x.r);
        expect(sortRows(rows, [{ id: 'ImageName', desc }])).toEqual(expected);
      }),
    );
  });

  it('sorts lists longer than one merge run the same way', () => {
    // 7,000 rows: several sorted runs of 2,048 and merge passes, with many equal names.
    const names = Array.from({ length: 7_000 }, (_, i) => `image-${(i * 7919) % 1_000}`);
    const rows = names.map((ImageName, i) => row({ ImageName, ImageId: `m-${i}` }));
    const expected = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) =>
        a.r.image.ImageName < b.r.image.ImageName
          ? -1
          : a.r.image.ImageName > b.r.image.ImageName
            ? 1
            : a.i - b.i,
      )
      .map((x) => x.r);
    expect(sortRows(rows, [{ id: 'ImageName', desc: false }])).toEqual(expected);
  });

  it('breaks ties with the next sort column', () => {
    const rows = [
      row({ ImageName: 'x', Size: 2 }),
      row({ ImageName: 'y', Size: 1 }),
      row({ ImageName: 'z', Size: 2 }),
    ];
    const sorted = sortRows(rows, [
      { id: 'Size', desc: true },
      { id: 'ImageName', desc: true },
    ]);
    expect(sorted.map((r) => r.image.ImageName)).toEqual(['z', 'x', 'y']);
  });

  it('sorts by region for multi-region views and returns the same rows, each once', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const sorted = sortRows(rows, [{ id: 'RegionId', desc: true }]);
        expect(new Set(sorted)).toEqual(new Set(rows));
        expect(sorted).toHaveLength(rows.length);
      }),
    );
  });
});
