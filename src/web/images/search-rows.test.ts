import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { searchRows } from './search-rows';

const rows = [
  new ImageRow(
    'cn-hangzhou',
    normalizeImage({
      ImageId: 'ubuntu_22_04_x64',
      OSNameEn: 'Ubuntu 22.04 64 bit',
      Tags: { Tag: [{ TagKey: 'env', TagValue: '生产' }] },
    }),
  ),
  new ImageRow(
    'cn-shanghai',
    normalizeImage({ ImageId: 'm-uf6abc', ImageName: 'web-server', Description: 'nginx base' }),
  ),
];

describe('searchRows', () => {
  it('matches every term, in any field, ignoring case', () => {
    expect(searchRows(rows, 'UBUNTU 22.04').map((r) => r.key)).toEqual(['cn-hangzhou/ubuntu_22_04_x64']);
    expect(searchRows(rows, 'nginx shanghai').map((r) => r.key)).toEqual(['cn-shanghai/m-uf6abc']);
    expect(searchRows(rows, 'ubuntu nginx')).toEqual([]);
  });

  it('finds tags by key=value, including non-ASCII values, together with ASCII terms', () => {
    expect(searchRows(rows, 'env=生产')).toHaveLength(1);
    expect(searchRows(rows, 'UBUNTU 生产').map((r) => r.key)).toEqual(['cn-hangzhou/ubuntu_22_04_x64']);
    expect(searchRows(rows, 'nginx 生产')).toEqual([]);
  });

  it('returns the rows unchanged for an empty query', () => {
    expect(searchRows(rows, '   ')).toBe(rows);
  });
});
