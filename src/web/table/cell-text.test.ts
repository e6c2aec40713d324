import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { imageColumn } from '../images/image-columns';
import { ImageRow } from '../images/image-row';
import { cellText } from './cell-text';

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
  }),
);

describe('cell text', () => {
  it('shows values as people read them', () => {
    expect(cellText(imageColumn('ImageName'), row)).toBe('web');
    expect(cellText(imageColumn('RegionId'), row)).toBe('cn-hangzhou');
    expect(cellText(imageColumn('CreationTime'), row)).toBe('2024-08-19 06:07 UTC');
    expect(cellText(imageColumn('Size'), row)).toBe('40');
    expect(cellText(imageColumn('IsSupportCloudinit'), row)).toBe('Yes');
    // A string flag in the API, compared case-insensitively.
    expect(cellText(imageColumn('IsSelfShared'), row)).toBe('No');
  });

  it('is empty for missing values, and leaves badge columns to their components', () => {
    expect(cellText(imageColumn('Description'), row)).toBe('');
    expect(cellText(imageColumn('Usable'), row)).toBe('');
    // Images that are not yours (public ones, for example) answer IsSelfShared "".
    const publicRow = new ImageRow('cn-hangzhou', { ...row.image, IsSelfShared: '' });
    expect(cellText(imageColumn('IsSelfShared'), publicRow)).toBe('');
    expect(cellText(imageColumn('Status'), row)).toBeUndefined();
    expect(cellText(imageColumn('Tags'), row)).toBeUndefined();
  });
});
