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
