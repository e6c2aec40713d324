import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { DEFAULT_VISIBLE_COLUMNS, IMAGE_COLUMNS, imageColumn, SELECT_COLUMN } from './image-columns';
import { ImageRow } from './image-row';

const row = new ImageRow(
  'cn-hangzhou',
  normalizeImage({
    ImageId: 'm-1',
    ImageName: 'web',
    CreationTime: '2024-08-19T06:07:05Z',
    Size: 40,
    IsSupportCloudinit: true,
    IsSelfShared: 'False',
    Description: '',
    Status: 'Available',
    Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
  }),
);
const text = (id: Parameters<typeof imageColumn>[0]) => imageColumn(id).text(row);

describe('image columns', () => {
  it('show values as people read them', () => {
    expect(text('ImageName')).toBe('web');
    expect(text('RegionId')).toBe('cn-hangzhou');
    expect(text('CreationTime')).toBe('2024-08-19 06:07 UTC');
    expect(text('Size')).toBe('40');
    expect(text('IsSupportCloudinit')).toBe('Yes');
    // A string flag in the API, compared case-insensitively.
    expect(text('IsSelfShared')).toBe('No');
    expect(text('Status')).toBe('Available');
    expect(text('Tags')).toBe('env=prod');
  });

  it('show times in a zone or as an age, the exact time always in the title', () => {
    const created = imageColumn('CreationTime');
    const now = Date.parse('2024-08-22T06:07:05Z');
    expect(created.text(row, { zone: 'Asia/Shanghai', age: false, now })).toBe('2024-08-19 14:07 GMT+8');
    expect(created.text(row, { zone: 'Asia/Shanghai', age: true, now })).toBe('3 days ago');
    expect(created.title(row, { zone: 'Asia/Shanghai', age: true, now })).toBe('2024-08-19 14:07 GMT+8');
    expect(imageColumn('ImageName').title(row)).toBe('web');
  });

  it('keep the name and the ID in view when the grid scrolls sideways', () => {
    expect(IMAGE_COLUMNS.filter((c) => c.sticky).map((c) => c.id)).toEqual(['ImageName', 'ImageId']);
  });

  it('fit a 1440 px screen by default with the selection column, and the Region column of several regions or the Account column of several accounts', () => {
    const width = (ids: readonly string[]) =>
      DEFAULT_VISIBLE_COLUMNS.filter((id) => !ids.includes(id)).reduce(
        (sum, id) => sum + imageColumn(id).width,
        SELECT_COLUMN.width,
      );
    // 1440 less the page's padding, the grid's border and a scrollbar.
    expect(width(['Account'])).toBeLessThanOrEqual(1440 - 32 - 2 - 15);
    expect(width(['RegionId'])).toBeLessThanOrEqual(1440 - 32 - 2 - 15);
  });

  it('have no text for missing values', () => {
    expect(text('Description')).toBe('');
    expect(text('Usable')).toBe('');
    // Images that are not yours (public ones, for example) answer IsSelfShared "".
    const publicRow = new ImageRow('cn-hangzhou', { ...row.image, IsSelfShared: '' });
    expect(imageColumn('IsSelfShared').text(publicRow)).toBe('');
  });

  it('sort on the raw value: numbers as numbers, flags as booleans', () => {
    expect(imageColumn('Size').value(row)).toBe(40);
    expect(imageColumn('IsSelfShared').value(row)).toBe(false);
    expect(imageColumn('CreationTime').value(row)).toBe('2024-08-19T06:07:05Z');
  });

  it('start sorting numbers, dates and flags from the largest, text from A', () => {
    expect(imageColumn('Size').sortDescFirst).toBe(true);
    expect(imageColumn('CreationTime').sortDescFirst).toBe(true);
    expect(imageColumn('Usable').sortDescFirst).toBe(true);
    expect(imageColumn('ImageName').sortDescFirst).toBe(false);
  });

  it('draw controls, badges and chips for the ID, owner, status, family and tags only', () => {
    expect(IMAGE_COLUMNS.filter((c) => c.render).map((c) => c.id)).toEqual([
      'ImageId',
      'ImageOwnerAlias',
      'Status',
      'ImageFamily',
      'Tags',
    ]);
  });

  it('export values in the API form: ISO dates, true/false, plain numbers, tags as key=value', () => {
    const exported = (id: Parameters<typeof imageColumn>[0]) => imageColumn(id).exportText(row);
    expect(exported('CreationTime')).toBe('2024-08-19T06:07:05Z');
    expect(exported('IsSupportCloudinit')).toBe('true');
    expect(exported('IsSelfShared')).toBe('false');
    expect(exported('Size')).toBe('40');
    expect(exported('Tags')).toBe('env=prod');
    expect(exported('Usable')).toBe('');
  });

  it('leave the name, the ID and the tags out of the detail overview, which has them elsewhere', () => {
    const overview = IMAGE_COLUMNS.filter((c) => c.inOverview).map((c) => c.id);
    expect(overview).not.toContain('ImageName');
    expect(overview).not.toContain('Tags');
    expect(overview).toContain('Status');
    expect(overview).toHaveLength(IMAGE_COLUMNS.length - 3);
  });
});
