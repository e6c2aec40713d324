import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRequestKey, toWireEntries, toWireParams } from '../ecs/describe-images-wire';
import { describeImagesRequest, filterValue } from '../ecs/testing/request-arbitrary';
import { requestOf } from '../ecs/testing/action-arbitrary';
import {
  canonicalRequestKey as actionKey,
  toWireEntries as actionWireEntries,
  toWireParams as actionWireParams,
  type ApiAction,
} from '../ecs/api-action';
import { API_ACTIONS } from '../ecs/api-actions';
import type { FilterKey } from '../ecs/describe-images-params';
import { endpointHostForRegion } from '../ecs/regions';
import type { ApiError } from '../ecs/api-errors';
import type { Result } from '../ecs/result';
import {
  ALLOWED_ACTIONS,
  isAllowedAction,
  MAX_QUERY_BYTES,
  parseApiCall,
  type AllowedAction,
  type UpstreamCall,
} from './api-request';

function refused(result: Result<UpstreamCall, ApiError>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const images = (query: string) => parseApiCall('DescribeImages', query, 'cn-hangzhou');

describe('the action allowlist', () => {
  it('has the registry’s read-only actions and nothing else', () => {
    expect(isAllowedAction('DescribeImages')).toBe(true);
    expect(isAllowedAction('DescribeRegions')).toBe(true);
    for (const a of ['DeleteImage', 'describeimages', 'RunInstances', '', 'DescribeImages/'])
      expect(isAllowedAction(a)).toBe(false);
    expect([...ALLOWED_ACTIONS].sort()).toEqual([
      'DescribeImageFromFamily',
      'DescribeImageSharePermission',
      'DescribeImages',
      'DescribeInstances',
      'DescribeRegions',
      'DescribeSnapshots',
    ]);
    for (const a of ALLOWED_ACTIONS) expect(a).toMatch(/^Describe[A-Z]/);
    for (const a of [
      'ModifyImageSharePermission',
      'DeleteSnapshot',
      'StopInstances',
      'toString',
      '__proto__',
    ])
      expect(isAllowedAction(a), a).toBe(false);
  });
});

describe('DescribeImages requests', () => {
  it('pass every valid request through unchanged in meaning', () => {
    fc.assert(
      fc.property(describeImagesRequest, (request) => {
        const query = new URLSearchParams(toWireEntries(request).map(([k, v]) => [k, v])).toString();
        const result = images(query);
        if (!result.ok) throw new Error(`${query} refused: ${result.error.code} ${result.error.message}`);
        expect(result.value.params).toEqual(toWireParams(request));
        expect(result.value.regionId).toBe(request.RegionId);
        expect(result.value.key).toBe(`DescribeImages?${canonicalRequestKey(request)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('give equal keys to the same request written differently', () => {
    const a = images('RegionId=cn-hangzhou&Tag.1.Key=env&Tag.1.Value=prod&IsPublic=false&PageSize=10');
    const b = images(
      'PageSize=010&tag.1.value=prod&IsPublic=FALSE&RegionId=cn-hangzhou&tag.1.key=env'.replace(
        /tag/g,
        'Tag',
      ),
    );
    const c = images('Tag.1.key=env&Tag.1.value=prod&RegionId=cn-hangzhou&PageSize=10&IsPublic=false');
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(b.value.key).toBe(a.value.key);
      expect(c.value.key).toBe(a.value.key);
      expect(c.value.params).toEqual(a.value.params);
    }
  });

  it('keep tags with spaces, *, ~ and non-ASCII values as they are', () => {
    const result = images(
      `RegionId=cn-hangzhou&Tag.1.Key=${encodeURIComponent('team name')}&Tag.1.Value=${encodeURIComponent('a*b~c (x)')}&Tag.2.Key=${encodeURIComponent('環境')}&Tag.2.Value=${encodeURIComponent('生产 ✓')}`,
    );
    expect(result.ok && result.value.params).toEqual({
      RegionId: 'cn-hangzhou',
      'Tag.1.Key': 'team name',
      'Tag.1.Value': 'a*b~c (x)',
      'Tag.2.Key': '環境',
      'Tag.2.Value': '生产 ✓',
    });
  });

  it('refuse parameters that are not DescribeImages parameters, including signing and common ones', () => {
    for (const name of [
      'Foo',
      'regionid',
      'Action',
      'AccessKeyId',
      'Signature',
      'SecurityToken',
      'Version',
      'Format',
      'Tag.1.Name',
      'Filter.1.key',
      'Tag.0.Key',
      'Endpoint',
      'auth',
    ]) {
      const error = refused(images(`RegionId=cn-hangzhou&${encodeURIComponent(name)}=x`));
      expect(error).toMatchObject({ status: 400, code: 'ProxyUnknownParameter', parameter: name });
      expect(error.message).toContain(`"${name}"`);
    }
  });

  it('refuse a parameter given twice', () => {
    expect(refused(images('RegionId=cn-hangzhou&PageSize=10&PageSize=20'))).toMatchObject({
      code: 'ProxyDuplicateParameter',
      parameter: 'PageSize',
    });
    expect(refused(images('RegionId=cn-hangzhou&RegionId=cn-hangzhou'))).toMatchObject({
      code: 'ProxyDuplicateParameter',
    });
    // An alias and its canonical name are the same parameter, as the service sees it.
    expect(refused(images('RegionId=cn-hangzhou&Tag.1.Key=a&Tag.1.key=b'))).toMatchObject({
      code: 'InvalidParameter',
    });
  });

  it('take one region and one owner per call', () => {
    expect(refused(images('RegionId=cn-hangzhou,cn-shanghai'))).toMatchObject({
      code: 'ProxyOneValuePerCall',
      parameter: 'RegionId',
    });
    expect(refused(images('RegionId=cn-hangzhou&ImageOwnerAlias=self,system'))).toMatchObject({
      code: 'ProxyOneValuePerCall',
      parameter: 'ImageOwnerAlias',
    });
  });

  it('refuse region IDs that try to become another host, with the service error', () => {
    for (const region of [
      'evil.com/',
      'a.b',
      '..',
      'cn-hangzhou.evil.com',
      'cn-hangzhou/',
      'cn-hangzhou@evil.com',
      'cn-hangzhou:443',
      'CN-HANGZHOU',
      ' cn-hangzhou',
      'cn-hangzhou#',
    ]) {
      expect(refused(images(`RegionId=${encodeURIComponent(region)}`))).toMatchObject({
        status: 404,
        code: 'InvalidRegionId.NotFound',
      });
    }
  });

  it('only ever produce a region that maps to an aliyuncs.com host', () => {
    fc.assert(
      fc.property(fc.string(), (region) => {
        const result = images(`RegionId=${encodeURIComponent(region)}`);
        if (result.ok)
          expect(endpointHostForRegion(result.value.regionId)).toMatch(/^ecs\.[a-z0-9-]+\.aliyuncs\.com$/);
      }),
    );
  });

  it('answer invalid values with the service error codes', () => {
    expect(refused(images(''))).toMatchObject({ status: 400, code: 'MissingParameter' });
    expect(refused(images('RegionId=cn-hangzhou&PageSize=101'))).toMatchObject({
      code: 'InvalidParameter',
      parameter: 'PageSize',
    });
    expect(refused(images('RegionId=cn-hangzhou&OSType=mac'))).toMatchObject({
      status: 404,
      code: 'InvalidOSType',
    });
    expect(refused(images('RegionId=cn-hangzhou&Tag.1.Value=x'))).toMatchObject({
      code: 'InvalidTag.Mismatch',
    });
  });

  it('refuse queries over the size limit', () => {
    const long = `RegionId=cn-hangzhou&ImageName=${'x'.repeat(MAX_QUERY_BYTES)}`;
    expect(refused(images(long))).toMatchObject({ status: 414, code: 'ProxyQueryTooLong' });
    expect(images(`RegionId=cn-hangzhou&ImageName=${'x'.repeat(128)}`).ok).toBe(true);
  });
});

describe('DescribeRegions requests', () => {
  const regions = (query: string) => parseApiCall('DescribeRegions', query, 'ap-southeast-1');

  it('go to the default region unless one is given', () => {
    expect(regions('')).toEqual({
      ok: true,
      value: {
        action: 'DescribeRegions',
        regionId: 'ap-southeast-1',
        params: { RegionId: 'ap-southeast-1' },
        key: 'DescribeRegions?RegionId=ap-southeast-1',
      },
    });
    expect(regions('RegionId=cn-beijing').ok && regions('RegionId=cn-beijing')).toMatchObject({
      value: { regionId: 'cn-beijing' },
    });
  });

  it('pass on the language of the region names, in its documented spelling', () => {
    expect(regions('AcceptLanguage=en-us')).toEqual({
      ok: true,
      value: {
        action: 'DescribeRegions',
        regionId: 'ap-southeast-1',
        params: { RegionId: 'ap-southeast-1', AcceptLanguage: 'en-US' },
        key: 'DescribeRegions?RegionId=ap-southeast-1&AcceptLanguage=en-US',
      },
    });
    expect(refused(regions('AcceptLanguage=klingon'))).toMatchObject({
      code: 'InvalidParameter',
      message: 'The specified parameter "AcceptLanguage" is not valid.',
    });
  });

  it('refuse anything else', () => {
    expect(refused(regions('InstanceChargeType=PrePaid'))).toMatchObject({ code: 'ProxyUnknownParameter' });
    expect(refused(regions('RegionId=a.b'))).toMatchObject({ code: 'InvalidRegionId.NotFound' });
    expect(refused(regions('RegionId=cn-beijing&RegionId=cn-beijing'))).toMatchObject({
      code: 'ProxyDuplicateParameter',
    });
  });
});

describe('every action of the registry', () => {
  const call = (action: AllowedAction, query: string) => parseApiCall(action, query, 'cn-hangzhou');
  const arbitrary = (action: AllowedAction) =>
    action === 'DescribeImages'
      ? requestOf(API_ACTIONS[action], (key) => filterValue(key as FilterKey))
      : requestOf(API_ACTIONS[action]);

  it.each(ALLOWED_ACTIONS)('%s: passes every valid request through unchanged in meaning', (action) => {
    const model: ApiAction = API_ACTIONS[action];
    fc.assert(
      fc.property(arbitrary(action), (request) => {
        const query = new URLSearchParams(actionWireEntries(model, request) as [string, string][]).toString();
        const result = call(action, query);
        if (!result.ok) throw new Error(`${query} refused: ${result.error.code} ${result.error.message}`);
        const withRegion = { RegionId: 'cn-hangzhou', ...request };
        expect(result.value.params).toEqual(actionWireParams(model, withRegion));
        expect(result.value.regionId).toBe(withRegion.RegionId);
        expect(result.value.key).toBe(`${action}?${actionKey(model, withRegion)}`);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses parameters the action does not take, even ones another action takes', () => {
    const cases: [AllowedAction, string][] = [
      ['DescribeInstances', 'ImageOwnerAlias'],
      ['DescribeInstances', 'Filter.1.Key'],
      ['DescribeInstances', 'VpcId'],
      ['DescribeInstances', 'InstanceId'],
      ['DescribeImageSharePermission', 'Tag.1.Key'],
      ['DescribeImageSharePermission', 'DryRun'],
      ['DescribeImageFromFamily', 'ImageId'],
      ['DescribeSnapshots', 'ImageId'],
      ['DescribeSnapshots', 'Filter.1.key'],
      ['DescribeSnapshots', 'AccessKeyId'],
    ];
    for (const [action, name] of cases)
      expect(
        refused(call(action, `RegionId=cn-hangzhou&${encodeURIComponent(name)}=x`)),
        `${action} ${name}`,
      ).toMatchObject({
        status: 400,
        code: 'ProxyUnknownParameter',
        parameter: name,
      });
  });

  it('takes one region per call, and checks every value with the service’s codes before signing', () => {
    for (const action of ALLOWED_ACTIONS)
      expect(
        refused(call(action, 'RegionId=cn-hangzhou,cn-shanghai&ImageId=m-1&ImageFamily=f')),
      ).toMatchObject({
        code: 'ProxyOneValuePerCall',
        parameter: 'RegionId',
      });
    expect(refused(call('DescribeInstances', 'RegionId=cn-hangzhou&InstanceIds=i-1,i-2'))).toMatchObject({
      code: 'InvalidInstanceIds.Malformed',
    });
    expect(
      refused(call('DescribeSnapshots', 'RegionId=cn-hangzhou&SnapshotIds=%5B%22s-1%22%2C%201%5D')),
    ).toMatchObject({
      code: 'InvalidSnapshotIds.Malformed',
    });
    expect(refused(call('DescribeImageSharePermission', 'RegionId=cn-hangzhou'))).toMatchObject({
      code: 'MissingParameter',
      parameter: 'ImageId',
    });
    expect(refused(call('DescribeInstances', 'RegionId=evil.com%2F'))).toMatchObject({
      code: 'InvalidRegionId.NotFound',
    });
    expect(refused(call('DescribeInstances', 'RegionId=cn-hangzhou&NextToken=a%20b'))).toMatchObject({
      code: 'InvalidParameter.NextToken',
    });
  });

  it('sends a JSON-array parameter on as the JSON the service documents', () => {
    const result = call(
      'DescribeInstances',
      `RegionId=cn-hangzhou&InstanceIds=${encodeURIComponent('[ "i-1" , "i-2" ]')}`,
    );
    expect(result.ok && result.value.params).toEqual({
      RegionId: 'cn-hangzhou',
      InstanceIds: '["i-1","i-2"]',
    });
  });
});
