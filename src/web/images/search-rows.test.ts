import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { parseSearchQuery } from './search-query';
import { searchRows } from './search-rows';

const rows = [
  new ImageRow(
    'cn-hangzhou',
    normalizeImage({
      ImageId: 'ubuntu_22_04_x64',
      ImageName: 'ubuntu_22_04_x64',
      // As the service writes it: two spaces after the name.
      OSNameEn: 'Ubuntu  22.04 64 bit',
      OSType: 'linux',
      Platform: 'Ubuntu',
      Architecture: 'x86_64',
      ImageFamily: 'acs:ubuntu_22_04_x64',
      ImageOwnerAlias: 'system',
      Size: 20,
      CreationTime: '2024-05-31T23:59:00Z',
      Tags: { Tag: [{ TagKey: 'env', TagValue: '生产' }] },
    }),
  ),
  new ImageRow(
    'cn-shanghai',
    normalizeImage({
      ImageId: 'm-uf6abc',
      ImageName: 'web-server',
      Description: 'nginx base',
      Architecture: 'arm64',
      ImageOwnerAlias: 'self',
      Size: 120,
      CreationTime: '2024-06-01T00:00:00Z',
      Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
    }),
  ),
];
const NOW = Date.parse('2024-06-10T23:59:30Z');
const keys = (q: string) => searchRows(rows, parseSearchQuery(q), NOW).map((r) => r.regionId);

describe('searchRows', () => {
  it('matches every word, in any field, ignoring case', () => {
    expect(keys('UBUNTU 22.04')).toEqual(['cn-hangzhou']);
    expect(keys('nginx shanghai')).toEqual(['cn-shanghai']);
    expect(keys('ubuntu nginx')).toEqual([]);
  });

  it('finds tags by key=value, including non-ASCII values, together with ASCII terms', () => {
    expect(keys('env=生产')).toHaveLength(1);
    expect(keys('UBUNTU 生产')).toEqual(['cn-hangzhou']);
    expect(keys('nginx 生产')).toEqual([]);
  });

  it('matches a phrase as written, and leaves out negated terms', () => {
    expect(keys('"Ubuntu 22.04"')).toEqual(['cn-hangzhou']);
    expect(keys('os:"ubuntu 22.04"')).toEqual(['cn-hangzhou']);
    expect(keys('"22.04 ubuntu"')).toEqual([]);
    expect(keys('env -arm64')).toEqual(['cn-hangzhou']);
  });

  it('tests one field with field:value (contains) and field=value (is), "" for empty', () => {
    expect(keys('arch:arm64')).toEqual(['cn-shanghai']);
    expect(keys('arch:86')).toEqual(['cn-hangzhou']);
    expect(keys('arch=86')).toEqual([]);
    expect(keys('owner:custom')).toEqual(['cn-shanghai']);
    expect(keys('owner:"alibaba cloud"')).toEqual(['cn-hangzhou']);
    expect(keys('os:linux')).toEqual(['cn-hangzhou']);
    expect(keys('family:""')).toEqual(['cn-shanghai']);
    expect(keys('-family:""')).toEqual(['cn-hangzhou']);
    expect(keys('region:shanghai')).toEqual(['cn-shanghai']);
  });

  it('matches tags by key and value', () => {
    expect(keys('tag:env=prod')).toEqual(['cn-shanghai']);
    expect(keys('tag:ENV')).toEqual(['cn-hangzhou', 'cn-shanghai']);
    expect(keys('tag:team')).toEqual([]);
  });

  it('compares size, creation day and age', () => {
    expect(keys('size>100')).toEqual(['cn-shanghai']);
    expect(keys('size<=20')).toEqual(['cn-hangzhou']);
    // A day is a range in UTC: the image created at 23:59 on May 31 is before June 1.
    expect(keys('created<2024-06-01')).toEqual(['cn-hangzhou']);
    expect(keys('created=2024-06-01')).toEqual(['cn-shanghai']);
    expect(keys('created>2024-05-31')).toEqual(['cn-shanghai']);
    expect(keys('created<=2024-05-31T23:59')).toEqual(['cn-hangzhou']);
    expect(keys('age<10d')).toEqual(['cn-shanghai']);
    expect(keys('age>=10d')).toEqual(['cn-hangzhou']);
  });

  it('matches either side of OR', () => {
    expect(keys('nginx OR 22.04')).toEqual(['cn-hangzhou', 'cn-shanghai']);
    expect(keys('nginx OR 22.04 arch:arm64')).toEqual(['cn-shanghai']);
  });

  it('returns the rows unchanged for an empty query', () => {
    expect(searchRows(rows, parseSearchQuery('   '))).toBe(rows);
  });
});
