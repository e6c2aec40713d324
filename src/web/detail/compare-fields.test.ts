import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { compareImages, versionChanges } from './compare-fields';

const imageArbitrary = fc.record({
  name: fc.constantFrom('a', 'b'),
  size: fc.constantFrom(20, 40),
  tags: fc.uniqueArray(
    fc.record({ TagKey: fc.constantFrom('env', 'team', 'app'), TagValue: fc.constantFrom('x', 'y') }),
    { selector: (t) => t.TagKey, maxLength: 3 },
  ),
  disks: fc.array(
    fc.record({
      Type: fc.constantFrom('system', 'data'),
      Size: fc.constantFrom('20', '40'),
      SnapshotId: fc.constantFrom('s-1', 's-2'),
    }),
    { maxLength: 3 },
  ),
  nvme: fc.option(fc.constantFrom('supported', 'unsupported'), { nil: undefined }),
});
type Spec = {
  name: string;
  size: number;
  tags: { TagKey: string; TagValue: string }[];
  disks: object[];
  nvme: string | undefined;
};
const rowOf = (spec: Spec, i: number) =>
  new ImageRow(
    'cn-hangzhou',
    normalizeImage({
      ImageId: `m-${i}`,
      ImageName: spec.name,
      Size: spec.size,
      Tags: { Tag: spec.tags },
      DiskDeviceMappings: { DiskDeviceMapping: spec.disks },
      Features: spec.nvme ? { NvmeSupport: spec.nvme } : {},
    }),
  );

describe('compare', () => {
  it('marks a row as differing exactly when its values are not all the same', () => {
    fc.assert(
      fc.property(fc.array(imageArbitrary, { minLength: 2, maxLength: 4 }), (specs) => {
        const rows = specs.map(rowOf);
        for (const r of compareImages(rows)) {
          expect(r.values).toHaveLength(rows.length);
          expect(r.differs).toBe(new Set(r.values).size > 1);
        }
      }),
    );
  });

  it('lists every tag key, feature and disk of any image, blank where an image has none', () => {
    fc.assert(
      fc.property(fc.array(imageArbitrary, { minLength: 2, maxLength: 4 }), (specs) => {
        const rows = specs.map(rowOf);
        const table = compareImages(rows);
        const labels = (section: string) => table.filter((r) => r.section === section).map((r) => r.label);
        expect(new Set(labels('Tags'))).toEqual(new Set(specs.flatMap((s) => s.tags.map((t) => t.TagKey))));
        const features = labels('Features');
        expect(features.includes('NvmeSupport')).toBe(specs.some((s) => s.nvme));
        const disks = Math.max(...specs.map((s) => s.disks.length));
        expect(labels('Disk mappings').filter((l) => l.endsWith(' SnapshotId'))).toHaveLength(disks);
        for (const r of table.filter((t) => t.section === 'Tags'))
          specs.forEach((s, i) =>
            expect(r.values[i]).toBe(s.tags.find((t) => t.TagKey === r.label)?.TagValue ?? ''),
          );
      }),
    );
  });

  it('compares names, sizes and IDs in the overview', () => {
    const [a, b] = [
      { name: 'a', size: 20, tags: [], disks: [], nvme: undefined },
      { name: 'a', size: 40, tags: [], disks: [], nvme: undefined },
    ].map(rowOf);
    const table = compareImages([a!, b!]);
    expect(table.find((r) => r.label === 'Name')).toMatchObject({ values: ['a', 'a'], differs: false });
    expect(table.find((r) => r.label === 'Size (GiB)')).toMatchObject({
      values: ['20', '40'],
      differs: true,
    });
    expect(table.find((r) => r.label === 'Image ID')).toMatchObject({
      values: ['m-0', 'm-1'],
      differs: true,
    });
  });
});

describe('a family version timeline', () => {
  it('says what changed from the version before, leaving out what always changes', () => {
    const older = new ImageRow(
      'cn-hangzhou',
      normalizeImage({
        ImageId: 'v1',
        ImageName: 'web v1',
        Size: 20,
        ImageVersion: '1.0',
        CreationTime: '2024-01-01T00:00:00Z',
        Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
      }),
    );
    const newer = new ImageRow(
      'cn-hangzhou',
      normalizeImage({
        ImageId: 'v2',
        ImageName: 'web v2',
        Size: 40,
        ImageVersion: '1.1',
        CreationTime: '2024-02-01T00:00:00Z',
        Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
      }),
    );
    expect(versionChanges(newer, older)).toEqual(['Size (GiB)', 'Version']);
    const retagged = new ImageRow(
      'cn-hangzhou',
      normalizeImage({
        ...newer.image,
        Tags: {
          Tag: [
            { TagKey: 'env', TagValue: 'dev' },
            { TagKey: 'team', TagValue: 'web' },
          ],
        },
      }),
    );
    expect(versionChanges(retagged, older)).toEqual(['Size (GiB)', 'Version', 'tags']);
  });
});
