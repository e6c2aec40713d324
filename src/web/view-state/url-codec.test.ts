import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewState } from './testing/view-state-arbitrary';
import { parseViewQueryString, viewQueryString } from './url-codec';
import { EMPTY_VIEW } from './view-state';

describe('the shareable URL', () => {
  it('parse(serialise(view)) = view, with nothing ignored, for every view', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        expect(parseViewQueryString(viewQueryString(view))).toEqual({ state: view, ignored: [] });
      }),
      { numRuns: 400 },
    );
  });

  it('leaves the default view empty and reads an empty query as the default view', () => {
    expect(viewQueryString(EMPTY_VIEW)).toBe('');
    expect(parseViewQueryString('')).toEqual({ state: EMPTY_VIEW, ignored: [] });
  });

  it('reads like the API call it stands for', () => {
    const { state, ignored } = parseViewQueryString(
      '?RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=self&Status=Available,Deprecated&Tag.1.Key=env&Tag.1.Value=prod',
    );
    expect(ignored).toEqual([]);
    expect(state.regions).toEqual(['cn-hangzhou', 'cn-shanghai']);
    expect(state.owners).toEqual(['self']);
    expect(state.filters).toEqual({
      Status: ['Available', 'Deprecated'],
      Tag: [{ Key: 'env', Value: 'prod' }],
    });
    expect(viewQueryString(state)).toBe(
      'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=self&Status=Available,Deprecated&Tag.1.Key=env&Tag.1.Value=prod',
    );
  });

  it('leaves documented defaults out', () => {
    const { state } = parseViewQueryString(
      'Status=Available&IsPublic=false&ShowExpired=false&ImageOwnerAlias=others',
    );
    expect(state.filters).toEqual({});
    expect(viewQueryString(state)).toBe('ImageOwnerAlias=others');
  });

  it('drops what is invalid, keeps the rest, and says why for each part', () => {
    const { state, ignored } = parseViewQueryString(
      'RegionId=cn-hangzhou,evil.com/&ImageOwnerAlias=self,everyone&OSType=solaris&Status=Available,Gone' +
        '&Tag.1.Value=orphan&Tag.2.Key=env&Filter.1.Key=CreationStartTime&Filter.1.Value=last-week' +
        '&PageSize=50&Colour=red&sort=ImageName.desc,Nope&cols=ImageId,Bogus&image=nowhere&IsPublic=true',
    );
    expect(state).toEqual({
      ...EMPTY_VIEW,
      regions: ['cn-hangzhou'],
      owners: ['self'],
      filters: { Tag: [{ Key: 'env' }] }, // Status=Available is the default
      sort: [{ id: 'ImageName', desc: true }],
      columns: ['ImageId'],
    });
    const byName = Object.fromEntries(ignored.map((i) => [`${i.name}=${i.value}`, i.reason]));
    expect(byName).toEqual({
      'RegionId=evil.com/': expect.stringMatching(/region ID/),
      'ImageOwnerAlias=everyone': expect.stringMatching(/system, self, others, marketplace/),
      'OSType=solaris': expect.stringMatching(/windows, linux/),
      'Status=Gone': expect.stringMatching(/Creating, Waiting/),
      'Tag.1.Value=orphan': expect.stringMatching(/Tag\.1\.Key/),
      'Filter.1.Value=last-week': expect.stringMatching(/UTC time/),
      'PageSize=50': expect.stringMatching(/dashboard/),
      'Colour=red': expect.stringMatching(/not a DescribeImages parameter/),
      'sort=Nope': expect.stringMatching(/not a column/),
      'cols=Bogus': expect.stringMatching(/not a column/),
      'image=nowhere': expect.stringMatching(/region and an image ID/),
      'IsPublic=true': expect.stringMatching(/owner others/),
    });
  });

  it('reads the family view and a comparison of 2 to 4 images', () => {
    const { state, ignored } = parseViewQueryString(
      'group=family&compare=cn-hangzhou/m-1,cn-shanghai/ubuntu_22_04_x64_20G_alibase_20240819.vhd',
    );
    expect(ignored).toEqual([]);
    expect(state.group).toBe('family');
    expect(state.compare).toEqual([
      { regionId: 'cn-hangzhou', imageId: 'm-1' },
      { regionId: 'cn-shanghai', imageId: 'ubuntu_22_04_x64_20G_alibase_20240819.vhd' },
    ]);
    expect(viewQueryString(state)).toBe(
      'group=family&compare=cn-hangzhou/m-1,cn-shanghai/ubuntu_22_04_x64_20G_alibase_20240819.vhd',
    );
  });

  it('drops a grouping it does not know and a comparison that is not 2 to 4 distinct images', () => {
    const reasons = (query: string) => {
      const { state, ignored } = parseViewQueryString(query);
      return {
        group: state.group,
        compare: state.compare,
        ignored: ignored.map((i) => `${i.value}: ${i.reason}`),
      };
    };
    expect(reasons('group=os')).toEqual({ group: null, compare: [], ignored: ['os: must be family'] });
    expect(reasons('compare=cn-hangzhou/m-1')).toEqual({
      group: null,
      compare: [],
      ignored: ['cn-hangzhou/m-1: compares 2 to 4 images, not one'],
    });
    const five = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5'].map((id) => `cn-hangzhou/${id}`).join(',');
    expect(reasons(`compare=${five},cn-hangzhou/m-1,nowhere`)).toEqual({
      group: null,
      compare: ['m-1', 'm-2', 'm-3', 'm-4'].map((imageId) => ({ regionId: 'cn-hangzhou', imageId })),
      ignored: [
        'cn-hangzhou/m-5: at most 4 images are compared',
        'cn-hangzhou/m-1: is listed twice',
        'nowhere: must be a region and an image ID, such as cn-hangzhou/m-bp1g7004ksh0oeuc (prod:cn-hangzhou/… for the account prod)',
      ],
    });
  });

  it('reads account= like RegionId: a comma list first in the link, and an open image with its account', () => {
    const { state, ignored } = parseViewQueryString(
      'account=prod,staging,prod,no%20spaces&RegionId=cn-hangzhou&image=staging:cn-hangzhou/m-123',
    );
    expect(state.accounts).toEqual(['prod', 'staging']);
    expect(state.image).toEqual({ account: 'staging', regionId: 'cn-hangzhou', imageId: 'm-123' });
    expect(ignored).toEqual([
      { name: 'account', value: 'no spaces', reason: expect.stringMatching(/not an account name/) },
    ]);
    expect(viewQueryString(state)).toBe(
      'account=prod,staging&RegionId=cn-hangzhou&image=staging:cn-hangzhou/m-123',
    );
    expect(parseViewQueryString('image=bad%20name:cn-hangzhou/m-1').state.image).toBeNull();
  });

  it('reads view=audit as the audit screen, and drops any other view with a reason', () => {
    const audit = parseViewQueryString('RegionId=cn-hangzhou&view=audit');
    expect(audit).toEqual({
      state: { ...EMPTY_VIEW, regions: ['cn-hangzhou'], screen: 'audit' },
      ignored: [],
    });
    expect(viewQueryString(audit.state)).toBe('RegionId=cn-hangzhou&view=audit');
    expect(parseViewQueryString('view=cleanup')).toEqual({
      state: EMPTY_VIEW,
      ignored: [
        { name: 'view', value: 'cleanup', reason: 'must be audit (the image list is shown without it)' },
      ],
    });
  });

  it('keeps the first of a repeated parameter', () => {
    const { state, ignored } = parseViewQueryString('OSType=linux&OSType=windows');
    expect(state.filters.OSType).toBe('linux');
    expect(ignored).toEqual([
      { name: 'OSType', value: 'windows', reason: expect.stringMatching(/more than once/) },
    ]);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { state } = parseViewQueryString(text);
        expect(parseViewQueryString(viewQueryString(state)).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
