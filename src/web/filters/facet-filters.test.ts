import { describe, expect, it } from 'vitest';
import { parseViewQueryString, viewQueryString } from '../view-state/url-codec';
import { facetFilter } from './facet-filters';

const start = parseViewQueryString('RegionId=cn-hangzhou,cn-shanghai&q=ubuntu').state;
const after = (facet: Parameters<typeof facetFilter>[0], value: string) => {
  const filter = facetFilter(facet, value);
  return [filter.scope, filter.text, decodeURIComponent(viewQueryString(filter.apply(start)))];
};

describe('facet filters', () => {
  it('ask the API where DescribeImages has the parameter', () => {
    expect(after('status', 'Deprecated')).toEqual([
      'api',
      'Status=Deprecated',
      'RegionId=cn-hangzhou,cn-shanghai&Status=Deprecated&q=ubuntu',
    ]);
    expect(after('owner', 'community')).toEqual([
      'api',
      'ImageOwnerAlias=others, IsPublic=true',
      'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=others&IsPublic=true&q=ubuntu',
    ]);
    expect(after('region', 'cn-shanghai')[2]).toBe('RegionId=cn-shanghai&q=ubuntu');
    expect(after('osType', 'windows')[2]).toMatch(/&OSType=windows&/);
    expect(after('arch', 'arm64')[2]).toMatch(/&Architecture=arm64&/);
    expect(after('family', 'acs:ubuntu_22_04_x64')[2]).toMatch(/&ImageFamily=acs:ubuntu_22_04_x64&/);
  });

  it('search the loaded rows where it has not', () => {
    expect(after('platform', 'Windows Server 2022')).toEqual([
      'client',
      'platform="Windows Server 2022"',
      'RegionId=cn-hangzhou,cn-shanghai&q=ubuntu platform="Windows Server 2022"',
    ]);
    expect(after('family', '')).toEqual([
      'client',
      'family=""',
      'RegionId=cn-hangzhou,cn-shanghai&q=ubuntu family=""',
    ]);
    expect(after('arch', 'sparc')[0]).toBe('client');
  });
});
