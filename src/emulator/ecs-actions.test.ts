import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_ACTION_NAMES } from '../ecs/api-actions';
import type { DescribeImagesRequest } from '../ecs/describe-images-params';
import { toWireEntries } from '../ecs/describe-images-wire';
import type { DescribeImagesResponse } from '../ecs/image-types';
import { KNOWN_REGIONS } from '../ecs/regions';
import type { WireEntry } from '../ecs/repeated-params';
import { Catalog } from './catalog';
import { actionNamed, describeImages, describeRegions } from './ecs-actions';
import { catalogRequest, unmetConditions } from './testing/describe-images-oracle';

const catalog = new Catalog({ seed: 3, imagesPerRegion: 300 });
const REGION = 'cn-hangzhou';
const images = catalog.images(REGION);

function answer(params: Record<string, string> | WireEntry[]) {
  return describeImages(catalog, Array.isArray(params) ? params : Object.entries(params), 'REQ-1');
}

function body(params: Record<string, string> | WireEntry[]): DescribeImagesResponse {
  const result = answer(params);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.value;
}

describe('describeImages', () => {
  it('answers with the documented envelope and the default page of 10', () => {
    const response = body({ RegionId: REGION });
    expect(response).toMatchObject({ RequestId: 'REQ-1', RegionId: REGION, PageNumber: 1, PageSize: 10 });
    expect(response.Images.Image).toHaveLength(10);
    expect(response.TotalCount).toBe(
      images.filter((e) => unmetConditions(e, { RegionId: REGION }).length === 0).length,
    );
  });

  it('answers a page past the end with no images and the right TotalCount', () => {
    const total = body({ RegionId: REGION }).TotalCount;
    const past = body({ RegionId: REGION, PageSize: '100', PageNumber: String(Math.ceil(total / 100) + 1) });
    expect(past.Images.Image).toEqual([]);
    expect(past.TotalCount).toBe(total);
  });

  it('checks parameters first, then the region and instance type, then DryRun', () => {
    const code = (params: Record<string, string>) => {
      const result = answer(params);
      return result.ok ? 'OK' : `${result.error.status} ${result.error.code}`;
    };
    expect(code({ DryRun: 'true' })).toBe('400 MissingParameter');
    expect(code({ RegionId: REGION, DryRun: 'true', OSType: 'solaris' })).toBe('404 InvalidOSType');
    expect(code({ RegionId: 'xx-nowhere-1', DryRun: 'true' })).toBe('404 InvalidRegionId.NotFound');
    expect(code({ RegionId: REGION, InstanceType: 'ecs.g99.large', DryRun: 'true' })).toBe(
      '400 InvalidInstanceType.ValueNotSupported',
    );
    expect(code({ RegionId: REGION, InstanceType: 'g7.large' })).toBe(
      '400 InvalidInstanceType.ValueNotSupported',
    );
    expect(code({ RegionId: REGION, DryRun: 'true' })).toBe('400 DryRunOperation');
    expect(code({ RegionId: REGION, DryRun: 'false', InstanceType: 'ecs.g7.large' })).toBe('OK');
  });

  it('ignores parameters it does not know, as the service does', () => {
    expect(body({ RegionId: REGION, Colour: 'red', OwnerId: '123' }).TotalCount).toBe(
      body({ RegionId: REGION }).TotalCount,
    );
  });

  it('pages partition the matches: nothing missing, nothing twice, TotalCount constant', () => {
    fc.assert(
      fc.property(catalogRequest(images), fc.integer({ min: 1, max: 100 }), (request, pageSize) => {
        const matching = images
          .filter((e) => unmetConditions(e, request).length === 0)
          .map((e) => e.image.ImageId);
        const seen: string[] = [];
        const pages = Math.ceil(matching.length / pageSize) + 1;
        for (let page = 1; page <= pages; page++) {
          const paged: DescribeImagesRequest = {
            ...request,
            RegionId: REGION,
            PageNumber: page,
            PageSize: pageSize,
          };
          const response = body(toWireEntries(paged));
          expect(response.TotalCount).toBe(matching.length);
          expect(response.Images.Image.length).toBeLessThanOrEqual(pageSize);
          seen.push(...response.Images.Image.map((i) => i.ImageId));
        }
        expect(seen).toEqual(matching);
      }),
      { numRuns: 80 },
    );
  });
});

describe('describeRegions', () => {
  const hangzhouIn = (entries: [string, string][]) => {
    const result = describeRegions(entries, 'REQ-2');
    if (!result.ok) throw new Error('unexpected error');
    return result.value.Regions.Region.find((r) => r.RegionId === 'cn-hangzhou')?.LocalName;
  };

  it('lists the known regions with their endpoints, named in Chinese unless asked otherwise', () => {
    const result = describeRegions([], 'REQ-2');
    if (!result.ok) throw new Error('unexpected error');
    expect(result.value.RequestId).toBe('REQ-2');
    expect(result.value.Regions.Region).toHaveLength(KNOWN_REGIONS.length);
    expect(result.value.Regions.Region).toContainEqual({
      RegionId: 'cn-hangzhou',
      LocalName: '华东1（杭州）',
      RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
      Status: 'available',
    });
    expect(hangzhouIn([['AcceptLanguage', 'en-US']])).toBe('China (Hangzhou)');
    expect(hangzhouIn([['AcceptLanguage', 'EN-us']])).toBe('China (Hangzhou)');
    expect(hangzhouIn([['AcceptLanguage', 'ja']])).toBe('中国 (杭州)');
    expect(hangzhouIn([['AcceptLanguage', 'zh-CN']])).toBe('华东1（杭州）');
    // A language the page does not list: the default (the service's answer is undocumented).
    expect(hangzhouIn([['AcceptLanguage', 'fr']])).toBe('华东1（杭州）');
    expect(describeRegions([['DryRun', 'true']], 'R')).toMatchObject({
      ok: false,
      error: { code: 'DryRunOperation' },
    });
  });
});

describe('actionNamed', () => {
  it('serves the actions of the registry only, by exact name', () => {
    expect(actionNamed('DescribeImages')).toBeDefined();
    expect(actionNamed('DescribeRegions')).toBeDefined();
    for (const name of API_ACTION_NAMES) expect(actionNamed(name), name).toBeDefined();
    for (const name of [
      'describeimages',
      'RunInstances',
      'DeleteImage',
      'constructor',
      '__proto__',
      'toString',
    ])
      expect(actionNamed(name), name).toBeUndefined();
  });
});
