import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalRequestKey,
  isActionParam,
  toWireEntries,
  validateRequest,
  type ApiAction,
  type WireParams,
} from './api-action';
import { API_ACTION_NAMES, API_ACTIONS, apiActionNamed } from './api-actions';
import type { ApiError } from './api-errors';
import { DESCRIBE_IMAGE_FROM_FAMILY } from './describe-image-from-family';
import { DESCRIBE_IMAGE_SHARE_PERMISSION } from './describe-image-share-permission';
import { DESCRIBE_INSTANCES } from './describe-instances';
import { DESCRIBE_REGIONS } from './describe-regions';
import { DESCRIBE_SNAPSHOTS } from './describe-snapshots';
import { requestOf } from './testing/action-arbitrary';
import { filterValue } from './testing/request-arbitrary';
import type { FilterKey } from './describe-images-params';

const arbitraryRequest = (action: ApiAction) =>
  action === API_ACTIONS.DescribeImages
    ? requestOf(action, (key) => filterValue(key as FilterKey))
    : requestOf(action);

function errorOf(action: ApiAction, params: WireParams): ApiError {
  const result = validateRequest(action, params);
  if (result.ok) throw new Error(`expected ${action.name} to refuse ${JSON.stringify(params)}`);
  return result.error;
}

describe('the action registry', () => {
  it('names each action by its own name, case-sensitively', () => {
    for (const name of API_ACTION_NAMES) expect(apiActionNamed(name)?.name).toBe(name);
    expect(API_ACTION_NAMES).toEqual([
      'DescribeImages',
      'DescribeRegions',
      'DescribeImageFromFamily',
      'DescribeInstances',
      'DescribeImageSharePermission',
      'DescribeSnapshots',
    ]);
    for (const name of ['describeinstances', 'DeleteImage', 'toString', '__proto__', ''])
      expect(apiActionNamed(name)).toBeUndefined();
  });

  it.each(API_ACTION_NAMES)('%s: every valid request survives the wire both ways, with one key', (name) => {
    const action: ApiAction = API_ACTIONS[name];
    fc.assert(
      fc.property(arbitraryRequest(action), (request) => {
        const entries = toWireEntries(action, request);
        for (const [wireName] of entries) expect(isActionParam(action, wireName)).toBe(true);
        const validated = validateRequest(action, [...entries].reverse());
        if (!validated.ok) throw new Error(`${JSON.stringify(entries)}: ${validated.error.message}`);
        expect(validated.value).toEqual({ request, unknown: [] });
        expect(canonicalRequestKey(action, validated.value.request)).toBe(
          canonicalRequestKey(action, request),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('keeps names that are not the action’s apart as unknown, and common RPC parameters out of both', () => {
    const result = validateRequest(DESCRIBE_IMAGE_SHARE_PERMISSION, {
      RegionId: 'cn-hangzhou',
      ImageId: 'm-1',
      'Tag.1.Key': 'env',
      Foo: 'x',
      Action: 'DescribeImageSharePermission',
      Signature: 'abc',
    });
    expect(result).toEqual({
      ok: true,
      value: { request: { RegionId: 'cn-hangzhou', ImageId: 'm-1' }, unknown: ['Tag.1.Key', 'Foo'] },
    });
    expect(isActionParam(DESCRIBE_INSTANCES, 'Tag.3.Value')).toBe(true);
    expect(isActionParam(DESCRIBE_INSTANCES, 'Filter.1.Key')).toBe(false);
    expect(isActionParam(DESCRIBE_SNAPSHOTS, 'Filter.1.Key')).toBe(true);
  });
});

describe('text and tags, checked before anything is signed, for every action', () => {
  it('refuses control characters and broken text in any text parameter, naming it', () => {
    for (const name of API_ACTION_NAMES) {
      const action: ApiAction = API_ACTIONS[name];
      const base = { RegionId: 'cn-hangzhou', ImageId: 'm-1', ImageFamily: 'f' };
      for (const spec of action.params.filter((p) => p.kind === 'string' && p.name !== 'RegionId'))
        for (const value of ['a\rb', 'tab\there', 'del\u007f', 'c1\u0085', 'half \ud83d'])
          expect(errorOf(action, { ...base, [spec.name]: value }), `${name} ${spec.name}`).toMatchObject({
            parameter: spec.name,
          });
    }
  });

  it('refuses tag keys and values over 128 characters or with control characters, with the tag codes', () => {
    const withTags: ApiAction[] = [DESCRIBE_INSTANCES, DESCRIBE_SNAPSHOTS, API_ACTIONS.DescribeImages];
    for (const action of withTags) {
      const base = { RegionId: 'cn-hangzhou' };
      expect(
        validateRequest(action, { ...base, 'Tag.1.Key': 'k'.repeat(128), 'Tag.1.Value': 'v'.repeat(128) }).ok,
      ).toBe(true);
      expect(errorOf(action, { ...base, 'Tag.1.Key': 'k'.repeat(129) })).toMatchObject({
        code: 'InvalidTagKey.Malformed',
        parameter: 'Tag.1.Key',
      });
      expect(errorOf(action, { ...base, 'Tag.1.key': 'a', 'Tag.1.value': 'nul\u0000' })).toMatchObject({
        code: 'InvalidTagValue.Malformed',
        parameter: 'Tag.1.value',
      });
    }
  });
});

describe('DescribeImageFromFamily parameters', () => {
  it('need RegionId and ImageFamily, RegionId first', () => {
    expect(errorOf(DESCRIBE_IMAGE_FROM_FAMILY, {})).toMatchObject({
      code: 'MissingParameter',
      parameter: 'RegionId',
    });
    expect(errorOf(DESCRIBE_IMAGE_FROM_FAMILY, { RegionId: 'cn-hangzhou' })).toMatchObject({
      status: 400,
      code: 'MissingParameter',
      parameter: 'ImageFamily',
    });
    expect(
      errorOf(DESCRIBE_IMAGE_FROM_FAMILY, { RegionId: 'cn-hangzhou', ImageFamily: 'a b' }),
    ).toMatchObject({
      code: 'InvalidParameter',
      parameter: 'ImageFamily',
    });
    for (const family of ['hangzhou-daily-update', 'acs:alibaba_cloud_linux_3_2104_lts_x64', 'web.golden_2'])
      expect(
        validateRequest(DESCRIBE_IMAGE_FROM_FAMILY, { RegionId: 'cn-hangzhou', ImageFamily: family }).ok,
      ).toBe(true);
  });
});

describe('DescribeInstances parameters', () => {
  const base = { RegionId: 'cn-hangzhou' };

  it('read InstanceIds as a JSON array and refuse anything else with InvalidInstanceIds.Malformed', () => {
    expect(validateRequest(DESCRIBE_INSTANCES, { ...base, InstanceIds: '["i-1","i-2"]' })).toMatchObject({
      ok: true,
      value: { request: { InstanceIds: ['i-1', 'i-2'] } },
    });
    expect(validateRequest(DESCRIBE_INSTANCES, { ...base, InstanceIds: '[]' })).toMatchObject({
      value: { request: { InstanceIds: [] } },
    });
    for (const value of ['i-1,i-2', '[i-1]', JSON.stringify(Array.from({ length: 101 }, (_, i) => `i-${i}`))])
      expect(errorOf(DESCRIBE_INSTANCES, { ...base, InstanceIds: value })).toMatchObject({
        status: 400,
        code: 'InvalidInstanceIds.Malformed',
        parameter: 'InstanceIds',
      });
  });

  it('answer bad values with the codes of the DescribeInstances error table', () => {
    const cases: [WireParams, number, string][] = [
      [{ Status: 'running' }, 404, 'InvalidStatus.NotFound'],
      [{ InstanceChargeType: 'Free' }, 404, 'InvalidInstanceChargeType.NotFound'],
      [{ InstanceNetworkType: 'vxlan' }, 404, 'InvalidNetworkType.NotFound'],
      [{ 'Tag.1.Value': 'x' }, 400, 'InvalidTag.Mismatch'],
      [{ 'Tag.21.Key': 'x' }, 400, 'InvalidTagCount'],
      [{ MaxResults: 'many' }, 400, 'InvalidParameter.MaxResults'],
      [{ NextToken: 'not a token' }, 400, 'InvalidParameter.NextToken'],
      [{ PageSize: '101' }, 400, 'InvalidParameter'],
      [{ RegionId: 'evil.com' }, 404, 'InvalidRegionId.NotFound'],
    ];
    for (const [params, status, code] of cases)
      expect(errorOf(DESCRIBE_INSTANCES, { ...base, ...params }), JSON.stringify(params)).toMatchObject({
        status,
        code,
      });
  });

  it('move MaxResults into 10–100 as the SDK model says, and keep both paging styles', () => {
    const max = (text: string) => {
      const result = validateRequest(DESCRIBE_INSTANCES, { ...base, MaxResults: text });
      return result.ok ? result.value.request.MaxResults : result.error.code;
    };
    expect([max('5'), max('10'), max('55'), max('100'), max('500')]).toEqual([10, 10, 55, 100, 100]);
    expect(
      validateRequest(DESCRIBE_INSTANCES, { ...base, PageNumber: '2', PageSize: '50', NextToken: 'abc123' })
        .ok,
    ).toBe(true);
  });
});

describe('DescribeImageSharePermission parameters', () => {
  it('need RegionId and ImageId; pages hold 1 to 100', () => {
    expect(errorOf(DESCRIBE_IMAGE_SHARE_PERMISSION, { RegionId: 'cn-hangzhou' })).toMatchObject({
      code: 'MissingParameter',
      parameter: 'ImageId',
      message: expect.stringContaining('"ImageId"'),
    });
    expect(
      errorOf(DESCRIBE_IMAGE_SHARE_PERMISSION, { RegionId: 'cn-hangzhou', ImageId: 'm-1', PageSize: '0' }),
    ).toMatchObject({ code: 'InvalidParameter', parameter: 'PageSize' });
  });
});

describe('DescribeSnapshots parameters', () => {
  const base = { RegionId: 'cn-hangzhou' };

  it('read SnapshotIds as a JSON array and refuse more than 100 with InvalidSnapshotIds.Malformed', () => {
    expect(validateRequest(DESCRIBE_SNAPSHOTS, { ...base, SnapshotIds: '["s-1"]' })).toMatchObject({
      value: { request: { SnapshotIds: ['s-1'] } },
    });
    expect(
      errorOf(DESCRIBE_SNAPSHOTS, {
        ...base,
        SnapshotIds: JSON.stringify(Array.from({ length: 101 }, (_, i) => `s-${i}`)),
      }),
    ).toMatchObject({ status: 403, code: 'InvalidSnapshotIds.Malformed' });
  });

  it('answer bad values with the codes of the DescribeSnapshots error table', () => {
    const cases: [WireParams, number, string][] = [
      [{ Status: 'done' }, 404, 'InvalidStatus.NotFound'],
      [{ SnapshotType: 'manual' }, 404, 'InvalidSnapshotType.NotFound'],
      [{ SourceDiskType: 'root' }, 404, 'InvalidSourceDiskType'],
      [{ Usage: 'both' }, 404, 'InvalidUsage'],
      [
        { 'Filter.1.Key': 'CreationStartTime', 'Filter.1.Value': 'yesterday' },
        404,
        'InvalidFilterKey.NotFound',
      ],
      [{ 'Filter.1.Key': 'NetworkType', 'Filter.1.Value': 'vpc' }, 404, 'InvalidFilterKey.NotFound'],
      [{ MaxResults: '101' }, 400, 'InvalidParameter.MaxResults'],
    ];
    for (const [params, status, code] of cases)
      expect(errorOf(DESCRIBE_SNAPSHOTS, { ...base, ...params }), JSON.stringify(params)).toMatchObject({
        status,
        code,
      });
    // "The values are case-insensitive."
    expect(validateRequest(DESCRIBE_SNAPSHOTS, { ...base, SourceDiskType: 'Data' })).toMatchObject({
      value: { request: { SourceDiskType: 'data' } },
    });
  });
});

describe('DescribeRegions parameters', () => {
  it('need no region, and take the SDK model languages in any letter case', () => {
    expect(validateRequest(DESCRIBE_REGIONS, {})).toEqual({ ok: true, value: { request: {}, unknown: [] } });
    expect(validateRequest(DESCRIBE_REGIONS, { AcceptLanguage: 'en-us' })).toMatchObject({
      value: { request: { AcceptLanguage: 'en-US' } },
    });
    expect(errorOf(DESCRIBE_REGIONS, { AcceptLanguage: 'klingon' })).toMatchObject({
      code: 'InvalidParameter',
    });
  });
});
