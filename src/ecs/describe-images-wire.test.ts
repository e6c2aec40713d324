import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withStatusForUsable } from './describe-images-params';
import {
  canonicalRequestKey,
  toWireEntries,
  toWireParams,
  validateDescribeImages,
} from './describe-images-wire';
import { describeImagesRequest } from './testing/request-arbitrary';

const base = { RegionId: 'cn-hangzhou' };

/** The validated request and unknown names, or a failed test. */
function accepted(params: Record<string, string>) {
  const result = validateDescribeImages(params);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(params)} to pass, got ${result.error.code}`);
  return result.value;
}

function errorOf(params: Record<string, string>) {
  const result = validateDescribeImages(params);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(params)}`);
  return result.error;
}

describe('validateDescribeImages', () => {
  it('accepts the reference example and builds the structured request', () => {
    const result = accepted({
      RegionId: 'cn-hangzhou',
      ImageOwnerAlias: 'self',
      Status: 'Available,Deprecated',
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'prod',
      'Filter.1.Key': 'CreationStartTime',
      'Filter.1.Value': '2017-12-05T22:40Z',
      PageSize: '100',
      IsSupportCloudinit: 'True',
    });
    expect(result).toEqual({
      unknown: [],
      request: {
        RegionId: 'cn-hangzhou',
        ImageOwnerAlias: 'self',
        Status: ['Available', 'Deprecated'],
        Tag: [{ Key: 'env', Value: 'prod' }],
        Filter: [{ Key: 'CreationStartTime', Value: '2017-12-05T22:40Z' }],
        PageSize: 100,
        IsSupportCloudinit: true,
      },
    });
  });

  it('accepts Usable, the SDK model parameter, with a Status', () => {
    expect(validateDescribeImages({ RegionId: 'cn-hangzhou', Usable: 'true', Status: 'ALL' })).toEqual({
      ok: true,
      value: { unknown: [], request: { RegionId: 'cn-hangzhou', Usable: true, Status: ['ALL'] } },
    });
    // A caller that means the usual default says so; a request with a Status stays as it is.
    const usable = { RegionId: 'cn-hangzhou', Usable: false };
    expect(withStatusForUsable(usable)).toEqual({ ...usable, Status: ['Available'] });
    expect(validateDescribeImages(toWireEntries(withStatusForUsable(usable))).ok).toBe(true);
    const deprecated = { ...usable, Status: ['Deprecated'] };
    expect(withStatusForUsable(deprecated)).toBe(deprecated);
    const plain = { RegionId: 'cn-hangzhou' };
    expect(withStatusForUsable(plain)).toBe(plain);
  });

  it('requires RegionId with MissingParameter', () => {
    expect(errorOf({ PageSize: '10' })).toMatchObject({
      status: 400,
      code: 'MissingParameter',
      parameter: 'RegionId',
      message: expect.stringContaining('"RegionId"'),
    });
  });

  it('answers each bad value with the service error code and status', () => {
    const cases: [Record<string, string>, number, string, string][] = [
      [{ ImageOwnerAlias: 'everyone' }, 400, 'InvalidImageOwnerAlias.ValueNotSupported', 'ImageOwnerAlias'],
      [{ OSType: 'solaris' }, 404, 'InvalidOSType', 'OSType'],
      [{ Architecture: 'sparc' }, 404, 'InvalidArchitecture', 'Architecture'],
      [{ Usage: 'sometimes' }, 404, 'InvalidUsage', 'Usage'],
      [{ PageSize: '101' }, 400, 'InvalidParameter', 'PageSize'],
      [{ PageSize: '0' }, 400, 'InvalidParameter', 'PageSize'],
      [{ PageSize: 'ten' }, 400, 'InvalidParameter', 'PageSize'],
      [{ PageNumber: '0' }, 400, 'InvalidParameter', 'PageNumber'],
      [{ Status: 'Available,Gone' }, 400, 'InvalidParameter', 'Status'],
      [{ Status: 'ALL,Available' }, 400, 'InvalidParameter', 'Status'],
      [{ IsPublic: 'yes' }, 400, 'InvalidParameter', 'IsPublic'],
      [{ InstanceType: 'g7.large' }, 400, 'InvalidInstanceType.ValueNotSupported', 'InstanceType'],
      [{ ImageOwnerId: '12ab' }, 400, 'InvalidParameter', 'ImageOwnerId'],
      [{ 'Tag.1.Value': 'prod' }, 400, 'InvalidTag.Mismatch', 'Tag.1.Value'],
      [{ 'Tag.21.Key': 'env' }, 400, 'InvalidTagCount', 'Tag.21.Key'],
      [
        { 'Filter.1.Key': 'Colour', 'Filter.1.Value': 'red' },
        404,
        'InvalidFilterKey.NotFound',
        'Filter.1.Key',
      ],
      [
        { 'Filter.1.Key': 'CreationEndTime', 'Filter.1.Value': 'yesterday' },
        404,
        'InvalidFilterKey.NotFound',
        'Filter.1.Value',
      ],
      [
        { 'Filter.2.Key': 'NetworkType', 'Filter.2.Value': 'wifi' },
        400,
        'InvalidFilterValue.NetworkType',
        'Filter.2.Value',
      ],
      [
        { 'Filter.1.Key': 'CpuOnlineUpgrade', 'Filter.1.Value': 'maybe' },
        404,
        'InvalidFilterValue',
        'Filter.1.Value',
      ],
      [
        { IsPublic: 'true', ImageOwnerAlias: 'system' },
        400,
        'InvalidImageOwnerAlias.PublicImageUnsupported',
        'IsPublic',
      ],
      [{ ImageOwnerId: '1234567890123456' }, 400, 'InvalidOperation.ImageOwnerIdUnsupported', 'ImageOwnerId'],
      [{ RegionId: 'evil.com/' }, 404, 'InvalidRegionId.NotFound', 'RegionId'],
      // With Usable, Status has no default and is required (the SDK model).
      [{ Usable: 'true' }, 400, 'MissingParameter', 'Status'],
      [{ Usable: 'true', Status: '' }, 400, 'MissingParameter', 'Status'],
      [{ Usable: 'maybe', Status: 'Available' }, 400, 'InvalidParameter', 'Usable'],
    ];
    for (const [params, status, code, parameter] of cases) {
      expect(errorOf({ ...base, ...params }), JSON.stringify(params)).toMatchObject({
        status,
        code,
        parameter,
      });
    }
  });

  it('refuses a parameter given twice, including a tag under both spellings', () => {
    expect(
      errorOf([
        ['RegionId', 'cn-hangzhou'],
        ['RegionId', 'cn-beijing'],
      ] as never),
    ).toMatchObject({
      code: 'InvalidParameter',
      parameter: 'RegionId',
    });
    const twice = new URLSearchParams('RegionId=cn-hangzhou&Tag.1.Key=a&Tag.1.key=b');
    expect(validateDescribeImages(twice)).toMatchObject({ ok: false, error: { parameter: 'Tag.1.key' } });
  });

  it('accepts the deprecated lower-case tag names and seconds in time filters', () => {
    const result = accepted({
      ...base,
      'Tag.1.key': 'env',
      'Tag.1.value': 'prod',
      'Filter.1.Key': 'CreationEndTime',
      'Filter.1.Value': '2017-12-05T22:40:00Z',
    });
    expect(result).toMatchObject({
      request: { Tag: [{ Key: 'env', Value: 'prod' }], Filter: [{ Value: '2017-12-05T22:40:00Z' }] },
    });
  });

  it('orders tags by N and allows a key without a value', () => {
    const result = accepted({ ...base, 'Tag.2.Key': 'b', 'Tag.1.Key': 'a', 'Tag.1.Value': '' });
    expect(result).toMatchObject({ request: { Tag: [{ Key: 'a', Value: '' }, { Key: 'b' }] } });
  });

  it('lists unknown names but not the RPC common parameters', () => {
    const result = accepted({
      ...base,
      Action: 'DescribeImages',
      Signature: 'x',
      Colour: 'red',
    });
    expect(result.unknown).toEqual(['Colour']);
  });

  it('treats empty optional text as absent', () => {
    expect(accepted({ ...base, ImageName: '', OSType: '' })).toEqual({ unknown: [], request: base });
  });
});

describe('text limits, checked before anything is signed', () => {
  const tooLong = 'x'.repeat(129);

  it('refuse tag keys and values over 128 characters or with control characters, with the tag codes', () => {
    expect(
      accepted({ ...base, 'Tag.1.Key': 'k'.repeat(128), 'Tag.1.Value': 'v'.repeat(128) }).request.Tag,
    ).toHaveLength(1);
    for (const [params, code, parameter] of [
      [{ 'Tag.1.Key': tooLong }, 'InvalidTagKey.Malformed', 'Tag.1.Key'],
      [{ 'Tag.1.Key': 'env\nX-Forged: 1' }, 'InvalidTagKey.Malformed', 'Tag.1.Key'],
      [
        { 'Tag.2.Key': 'a', 'Tag.2.Value': tooLong, 'Tag.1.Key': 'b' },
        'InvalidTagValue.Malformed',
        'Tag.2.Value',
      ],
      [{ 'Tag.1.key': 'a', 'Tag.1.value': 'nul\u0000' }, 'InvalidTagValue.Malformed', 'Tag.1.value'],
    ] as const)
      expect(errorOf({ ...base, ...params }), JSON.stringify(params)).toMatchObject({
        status: 400,
        code,
        parameter,
      });
  });

  it('refuse every text parameter over its limit or with control characters, naming it', () => {
    for (const name of ['ImageId', 'ImageName', 'ImageFamily', 'SnapshotId', 'ResourceGroupId'])
      for (const value of [tooLong, 'a\rb', 'tab\there', 'del\u007f', 'c1\u0085', 'half \ud83d'])
        expect(errorOf({ ...base, [name]: value }), `${name}=${JSON.stringify(value)}`).toMatchObject({
          code: 'InvalidParameter',
          parameter: name,
        });
    expect(accepted({ ...base, ImageName: '数据 平台 ✓ 😀 a*b~' }).request.ImageName).toBe(
      '数据 平台 ✓ 😀 a*b~',
    );
  });
});

describe('wire form ⇄ structured form', () => {
  it('validate(toWire(request)) gives the request back, for every valid request', () => {
    fc.assert(
      fc.property(describeImagesRequest, (request) => {
        expect(validateDescribeImages(toWireParams(request))).toEqual({
          ok: true,
          value: { request, unknown: [] },
        });
      }),
      { numRuns: 500 },
    );
  });

  it('toWire(validate(wire)) gives the wire entries back, for every wire form the codec writes', () => {
    fc.assert(
      fc.property(describeImagesRequest, (request) => {
        const wire = toWireEntries(request);
        const parsed = validateDescribeImages(wire);
        expect(parsed.ok && toWireEntries(parsed.value.request)).toEqual(wire);
      }),
    );
  });

  it('gives equal requests the same canonical key whatever the property order', () => {
    fc.assert(
      fc.property(describeImagesRequest, (request) => {
        const reversed = Object.fromEntries(Object.entries(request).reverse()) as typeof request;
        expect(canonicalRequestKey(reversed)).toBe(canonicalRequestKey(request));
      }),
    );
    expect(canonicalRequestKey({ RegionId: 'cn-hangzhou', PageSize: 10 })).not.toBe(
      canonicalRequestKey({ RegionId: 'cn-hangzhou', PageSize: 20 }),
    );
  });
});
