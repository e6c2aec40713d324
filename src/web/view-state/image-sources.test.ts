import { describe, expect, it } from 'vitest';
import { validateDescribeImages, toWireParams } from '../../ecs/describe-images-wire';
import fc from 'fast-check';
import { planImageSources, sourceLabel } from './image-sources';
import { viewState } from './testing/view-state-arbitrary';
import { parseViewQueryString } from './url-codec';
import { EMPTY_VIEW } from './view-state';

describe('planImageSources', () => {
  it('queries the default region with the API default owners when the view names none', () => {
    expect(planImageSources(EMPTY_VIEW, 'cn-beijing')).toEqual([
      {
        key: 'cn-beijing/default',
        regionId: 'cn-beijing',
        owner: undefined,
        request: { RegionId: 'cn-beijing', PageSize: 100 },
      },
    ]);
  });

  it('waits for the default region of the session when the view names none', () => {
    expect(planImageSources(EMPTY_VIEW, undefined)).toEqual([]);
    expect(planImageSources(parseViewQueryString('RegionId=cn-shanghai').state, undefined)).toHaveLength(1);
  });

  it('names each source by region and owner, telling community from shared', () => {
    const plan = (q: string) =>
      planImageSources(parseViewQueryString(q).state, 'cn-hangzhou').map(sourceLabel);
    expect(plan('')).toEqual(['cn-hangzhou · default owners']);
    expect(plan('RegionId=cn-beijing&ImageOwnerAlias=system,others')).toEqual([
      'cn-beijing · system',
      'cn-beijing · shared',
    ]);
    expect(plan('ImageOwnerAlias=others&IsPublic=true')).toEqual(['cn-hangzhou · community']);
  });

  it('fans out one call per region and owner, each with the shared filters', () => {
    const { state } = parseViewQueryString(
      'RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=self,system&OSType=linux',
    );
    const sources = planImageSources(state, 'cn-beijing');
    expect(sources.map((s) => s.key)).toEqual([
      'cn-hangzhou/self',
      'cn-hangzhou/system',
      'cn-shanghai/self',
      'cn-shanghai/system',
    ]);
    expect(sources[3]!.request).toEqual({
      RegionId: 'cn-shanghai',
      ImageOwnerAlias: 'system',
      OSType: 'linux',
      PageSize: 100,
    });
  });

  it('sends IsPublic and ImageOwnerId only on the others call', () => {
    const { state } = parseViewQueryString(
      'ImageOwnerAlias=self,others&IsPublic=true&ImageOwnerId=1234567890123456',
    );
    const [self, others] = planImageSources(state, 'cn-hangzhou');
    expect(self!.request).toEqual({ RegionId: 'cn-hangzhou', ImageOwnerAlias: 'self', PageSize: 100 });
    expect(others!.request).toMatchObject({
      ImageOwnerAlias: 'others',
      IsPublic: true,
      ImageOwnerId: '1234567890123456',
    });
  });

  it('sends the Available default explicitly with Usable, which has no Status default', () => {
    const [usable] = planImageSources(parseViewQueryString('Usable=true').state, 'cn-hangzhou');
    expect(usable!.request).toEqual({
      RegionId: 'cn-hangzhou',
      Usable: true,
      Status: ['Available'],
      PageSize: 100,
    });
  });

  it('only ever plans requests the service accepts, for any view', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        for (const source of planImageSources(view, 'cn-hangzhou')) {
          expect(validateDescribeImages(toWireParams(source.request))).toMatchObject({
            ok: true,
            value: { unknown: [] },
          });
        }
      }),
    );
  });
});

describe('planImageSources with accounts', () => {
  const plan = (q: string, defaultAccount: string | null) =>
    planImageSources(parseViewQueryString(q).state, 'cn-hangzhou', defaultAccount);

  it('fans out account × region × owner, each source named and keyed by its account', () => {
    const sources = plan('account=prod,staging&RegionId=cn-hangzhou,cn-beijing&ImageOwnerAlias=self', 'prod');
    expect(sources.map((s) => s.key)).toEqual([
      'prod:cn-hangzhou/self',
      'prod:cn-beijing/self',
      'staging:cn-hangzhou/self',
      'staging:cn-beijing/self',
    ]);
    expect(sources.map((s) => s.account)).toEqual(['prod', 'prod', 'staging', 'staging']);
    expect(sourceLabel(sources[3]!)).toBe('staging · cn-beijing · self');
    // The account is not an API parameter: the requests are the same for every account.
    expect(sources[0]!.request).toEqual(sources[2]!.request);
  });

  it('uses the session’s default account when the view names none, and none without an accounts file', () => {
    expect(plan('', 'prod').map((s) => s.key)).toEqual(['prod:cn-hangzhou/default']);
    expect(plan('', null).map((s) => s.account)).toEqual([undefined]);
    expect(plan('account=staging', 'prod').map((s) => s.key)).toEqual(['staging:cn-hangzhou/default']);
  });

  it('plans each account the same calls, whatever the view', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        const withAccounts = planImageSources(view, 'cn-hangzhou', 'default-account');
        const without = planImageSources({ ...view, accounts: [] }, 'cn-hangzhou', null);
        const accounts = view.accounts.length ? view.accounts : ['default-account'];
        expect(withAccounts).toHaveLength(accounts.length * without.length);
        expect(new Set(withAccounts.map((s) => s.key)).size).toBe(withAccounts.length);
        accounts.forEach((account, i) =>
          expect(withAccounts.slice(i * without.length, (i + 1) * without.length)).toEqual(
            without.map((s) => ({ ...s, account, key: `${account}:${s.key}` })),
          ),
        );
      }),
    );
  });
});
