import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_STATUSES } from '../../ecs/describe-images-params';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { familyViewRows, indexFamilies } from './image-families';

const image = (regionId: string, fields: Record<string, unknown>) =>
  new ImageRow(regionId, normalizeImage(fields));

/** Rows of a few regions and families in every status, creation times colliding now and then. */
const rowsArbitrary = fc
  .array(
    fc.record({
      regionId: fc.constantFrom('cn-hangzhou', 'cn-shanghai'),
      family: fc.constantFrom('', 'acs:ubuntu_22_04_x64', 'web-golden', 'app-release'),
      status: fc.constantFrom(...IMAGE_STATUSES),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 60 },
  )
  .map((specs) =>
    specs.map((s, i) =>
      image(s.regionId, {
        ImageId: `m-${i}`,
        ImageFamily: s.family,
        Status: s.status,
        CreationTime: `2024-08-${String(s.day).padStart(2, '0')}T00:00:00Z`,
      }),
    ),
  );

const familyOfRow = (row: ImageRow) => `${row.regionId}/${row.image.ImageFamily}`;

describe('image families', () => {
  it('resolve each family × region to its newest Available image, or to none', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const index = indexFamilies(rows);
        const withFamily = rows.filter((r) => r.image.ImageFamily);
        expect([...index.families.keys()].sort()).toEqual([...new Set(withFamily.map(familyOfRow))].sort());
        for (const family of index.families.values()) {
          const members = withFamily.filter((r) => familyOfRow(r) === family.key);
          expect(new Set(family.members)).toEqual(new Set(members));
          const available = members.filter((m) => m.image.Status === 'Available');
          if (available.length === 0) {
            expect(family.resolved).toBeUndefined();
            continue;
          }
          const newest = available.reduce((a, b) => (b.image.CreationTime > a.image.CreationTime ? b : a));
          expect(family.resolved!.image.Status).toBe('Available');
          expect(family.resolved!.image.CreationTime).toBe(newest.image.CreationTime);
        }
      }),
    );
  });

  it('give every older version a newer-version pointer to the image its family resolves to', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const index = indexFamilies(rows);
        for (const row of rows) {
          const newer = index.newerVersionOf(row);
          const resolved = index.familyOf(row)?.resolved;
          if (!newer) {
            // Only the resolved image itself, images newer than it, and images without one.
            expect(
              !resolved || resolved === row || row.image.CreationTime >= resolved.image.CreationTime,
            ).toBe(true);
          } else {
            expect(newer).toBe(resolved);
            expect(newer.image.CreationTime >= row.image.CreationTime).toBe(true);
          }
        }
      }),
    );
  });

  it('show one line per family × region, the one it resolves to, with every version beneath when open', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.boolean(), (rows, open) => {
        const index = indexFamilies(rows);
        const expanded = new Set(open ? index.families.keys() : []);
        const view = familyViewRows(rows, index, expanded);
        const heads = view.rows.filter((r) => view.lineOf(r).kind === 'head');
        expect(heads.map(familyOfRow).sort()).toEqual([...index.families.keys()].sort());
        for (const head of heads) {
          const family = index.familyOf(head)!;
          expect(head).toBe(family.resolved ?? family.members[0]);
        }
        // Images without a family stay, each once, in order.
        expect(view.rows.filter((r) => !r.image.ImageFamily)).toEqual(
          rows.filter((r) => !r.image.ImageFamily),
        );
        // Open, every loaded image shows once: Deprecated versions are kept.
        if (open) expect(new Set(view.rows)).toEqual(new Set(rows));
        else expect(view.rows.length).toBe(heads.length + rows.filter((r) => !r.image.ImageFamily).length);
        expect(new Set(view.rows).size).toBe(view.rows.length);
      }),
    );
  });

  it('order families by where they first appear among the rows on show, versions newest first', () => {
    const rows = [
      image('cn-hangzhou', {
        ImageId: 'b-old',
        ImageFamily: 'b',
        Status: 'Deprecated',
        CreationTime: '2024-01-01T00:00:00Z',
      }),
      image('cn-hangzhou', { ImageId: 'solo', Status: 'Available', CreationTime: '2024-02-01T00:00:00Z' }),
      image('cn-hangzhou', {
        ImageId: 'a-1',
        ImageFamily: 'a',
        Status: 'Available',
        CreationTime: '2024-03-01T00:00:00Z',
      }),
      image('cn-hangzhou', {
        ImageId: 'b-new',
        ImageFamily: 'b',
        Status: 'Available',
        CreationTime: '2024-04-01T00:00:00Z',
      }),
      image('cn-hangzhou', {
        ImageId: 'b-building',
        ImageFamily: 'b',
        Status: 'Creating',
        CreationTime: '2024-05-01T00:00:00Z',
      }),
    ];
    const index = indexFamilies(rows);
    const ids = (view: { rows: readonly ImageRow[] }) => view.rows.map((r) => r.image.ImageId);
    expect(ids(familyViewRows(rows, index, new Set()))).toEqual(['b-new', 'solo', 'a-1']);
    expect(ids(familyViewRows(rows, index, new Set(['cn-hangzhou/b'])))).toEqual([
      'b-new',
      'b-building',
      'b-old',
      'solo',
      'a-1',
    ]);
    expect(index.newerVersionOf(rows[0]!)?.image.ImageId).toBe('b-new');
    // Being built is newer than what the family resolves to, not older.
    expect(index.newerVersionOf(rows[4]!)).toBeUndefined();
  });
});
