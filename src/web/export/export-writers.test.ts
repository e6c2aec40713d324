import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { imageColumn, type ImageColumnId } from '../columns/image-columns';
import { ImageRow } from '../columns/image-row';
import { csvChunks, exportFileName, jsonChunks } from './export-writers';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const rowsArbitrary = fc
  .array(fc.record({ name: text, description: text, key: text, value: text, size: fc.nat(2048) }), {
    maxLength: 25,
  })
  .map((specs) =>
    specs.map(
      (s, i) =>
        new ImageRow(
          'cn-hangzhou',
          normalizeImage({
            ImageId: `m-${i}`,
            ImageName: s.name,
            Description: s.description,
            Size: s.size,
            CreationTime: '2024-08-19T06:07:05Z',
            IsSupportCloudinit: i % 2 === 0,
            Tags: { Tag: [{ TagKey: s.key, TagValue: s.value }] },
            DiskDeviceMappings: { DiskDeviceMapping: [{ Type: 'system', Size: '40', SnapshotId: `s-${i}` }] },
          }),
        ),
    ),
  );
const COLUMNS: ImageColumnId[] = [
  'ImageName',
  'ImageId',
  'Description',
  'Size',
  'CreationTime',
  'IsSupportCloudinit',
  'Tags',
];
const columns = COLUMNS.map(imageColumn);
const whole = (chunks: Iterable<string>) => [...chunks].join('');

describe('export', () => {
  it('CSV: a CSV parser reads back exactly the cells, the visible columns in order, after a BOM', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.integer({ min: 1, max: 7 }), (rows, perChunk) => {
        const csv = whole(csvChunks(rows, columns, perChunk));
        expect(csv.startsWith('\ufeff')).toBe(true);
        const records = parse(csv, { bom: true, relax_column_count: false }) as string[][];
        expect(records[0]).toEqual(COLUMNS);
        expect(records.slice(1)).toEqual(rows.map((r) => columns.map((c) => c.exportText(r))));
      }),
    );
  });

  it('CSV: dates in ISO 8601, flags true/false, numbers plain, tags as key=value', () => {
    const image = new ImageRow(
      'cn-hangzhou',
      normalizeImage({
        ImageId: 'm-1',
        ImageName: 'a, "b"',
        Size: 40,
        CreationTime: '2024-08-19T06:07:05Z',
        IsSupportCloudinit: true,
        Tags: {
          Tag: [
            { TagKey: 'env', TagValue: 'prod' },
            { TagKey: 'team', TagValue: 'web' },
          ],
        },
      }),
    );
    const csv = whole(csvChunks([image], columns, 10));
    expect(csv).toBe(
      '\ufeffImageName,ImageId,Description,Size,CreationTime,IsSupportCloudinit,Tags\r\n"a, ""b""",m-1,,40,2024-08-19T06:07:05Z,true,env=prod; team=web\r\n',
    );
  });

  it('JSON: one object per image under the API names, with its region, disk mappings and tags nested', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.integer({ min: 1, max: 7 }), (rows, perChunk) => {
        const parsed = JSON.parse(whole(jsonChunks(rows, perChunk))) as Record<string, unknown>[];
        expect(parsed).toEqual(rows.map((r) => ({ RegionId: r.regionId, ...r.image })));
        if (rows[0]) {
          expect(parsed[0]!.DiskDeviceMappings).toEqual({
            DiskDeviceMapping: [expect.objectContaining({ SnapshotId: 's-0' })],
          });
          expect(parsed[0]!.Tags).toEqual({ Tag: [expect.objectContaining({ TagKey: expect.any(String) })] });
        }
      }),
    );
  });

  it('names the file after the moment, without characters file systems refuse', () => {
    expect(exportFileName('csv', new Date('2024-08-19T06:07:05.123Z'))).toBe(
      'ecs-images-2024-08-19T06-07-05.csv',
    );
  });
});
