import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalQueryString,
  EMPTY_BODY_SHA256,
  parseV3Authorization,
  percentEncode,
  v2Signature,
  v2StringToSign,
  v3Authorization,
  v3Signature,
  v3StringToSign,
} from './signature';
import { OpenApiUtil } from './testing/official-sdk';

const vectorV2_1 = {
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2014-05-26',
};

describe('percentEncode', () => {
  it('encodes the RFC 3986 way the service expects', () => {
    expect(percentEncode('a b*~(x)!/:')).toBe('a%20b%2A~%28x%29%21%2F%3A');
    expect(percentEncode('杭州')).toBe('%E6%9D%AD%E5%B7%9E');
  });
});

describe('V2 HMAC-SHA1', () => {
  it('reproduces the official vector V2-1 and its StringToSign', async () => {
    expect(v2StringToSign('GET', vectorV2_1)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(await v2Signature('GET', vectorV2_1, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('treats names case-sensitively (the TimeStamp spelling of V2-1 signs differently)', async () => {
    const { Timestamp, ...rest } = vectorV2_1;
    expect(await v2Signature('GET', { ...rest, TimeStamp: Timestamp }, 'testsecret')).toBe(
      'CT9X0VtwR86fNWSnsc6v8YGOjuE=',
    );
  });

  it('reproduces the official vector V2-2', async () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeDedicatedHosts',
      Format: 'JSON',
      RegionId: 'cn-beijing',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
      SignatureVersion: '1.0',
      Timestamp: '2023-03-13T08:34:30Z',
      Version: '2014-05-26',
    };
    expect(await v2Signature('GET', params, 'testsecret')).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  it('signs the worked DescribeImages example for GET and POST, ignoring a Signature parameter', async () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeImages',
      Format: 'JSON',
      ImageOwnerAlias: 'system',
      PageSize: '10',
      RegionId: 'cn-shanghai',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'prod app',
      Timestamp: '2024-01-02T03:04:05Z',
      Version: '2014-05-26',
    };
    expect(canonicalQueryString(params)).toContain(
      'Tag.1.Value=prod%20app&Timestamp=2024-01-02T03%3A04%3A05Z',
    );
    expect(await v2Signature('GET', { ...params, Signature: 'x' }, 'testsecret')).toBe(
      'ecmoyOc+1svUKIY3osDxFXlfmHs=',
    );
    expect(await v2Signature('POST', params, 'testsecret')).toBe('vMxNf7l4yCe4QcIOtHKwX28NYhQ=');
  });
});

const worked = {
  method: 'POST',
  pathname: '/',
  query: {
    ImageOwnerAlias: 'system',
    PageSize: '10',
    RegionId: 'cn-shanghai',
    'Tag.1.Key': 'env',
    'Tag.1.Value': 'prod app',
  },
  headers: {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'DescribeImages',
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
    'x-acs-credentials-provider': 'static_ak',
    'x-acs-date': '2024-01-02T03:04:05Z',
    'x-acs-signature-nonce': '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    'x-acs-version': '2014-05-26',
  },
};
const signedNames = Object.keys(worked.headers);

describe('V3 ACS3-HMAC-SHA256', () => {
  it('reproduces the official RunInstances vector', async () => {
    const input = {
      method: 'POST',
      pathname: '/',
      query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
      headers: {
        host: 'ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action': 'RunInstances',
        'x-acs-version': '2014-05-26',
        'x-acs-date': '2023-10-26T10:22:32Z',
        'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
        'x-acs-content-sha256': EMPTY_BODY_SHA256,
      },
      payloadHash: EMPTY_BODY_SHA256,
    };
    const signedHeaders = Object.keys(input.headers);
    expect(await v3StringToSign({ ...input, signedHeaders })).toBe(
      'ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
    );
    expect(await v3Signature({ ...input, signedHeaders }, 'YourAccessKeySecret')).toBe(
      '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  it('signs the worked DescribeImages example', async () => {
    const signature = await v3Signature(
      { ...worked, signedHeaders: signedNames, payloadHash: EMPTY_BODY_SHA256 },
      'testsecret',
    );
    expect(v3Authorization('testid', signedNames, signature)).toBe(
      'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=a387ffca48aa0a81f8f1d72b041604331a5a230fdf064c5527bcdf4f1e89010d',
    );
  });

  it('parses what it writes, and refuses malformed headers', () => {
    expect(parseV3Authorization(v3Authorization('id', ['x-acs-date', 'host'], 'abc'))).toEqual({
      accessKeyId: 'id',
      signedHeaders: ['host', 'x-acs-date'],
      signature: 'abc',
    });
    expect(parseV3Authorization('ACS3-HMAC-SHA256 Credential=id')).toBeUndefined();
    expect(parseV3Authorization('Bearer abc')).toBeUndefined();
  });
});

// Parameter names as the API uses them, values drawn from the whole of Unicode plus the characters
// that encoders disagree on.
const paramName = fc.constantFrom(
  'RegionId',
  'ImageName',
  'ImageFamily',
  'Tag.1.Key',
  'Tag.1.Value',
  'Tag.10.Key',
  'Filter.1.Value',
  'PageSize',
  'Status',
);
const paramValue = fc.oneof(fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[ *~()!'/:+=&%a-z]{0,12}$/));
const params = fc.dictionary(paramName, paramValue, { minKeys: 1 }).map((d) => ({ ...d }));
const secret = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme-ascii' });

describe('against the official SDK (@alicloud/openapi-core) as oracle', () => {
  it('V2 signatures agree for random parameters, methods and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(params, fc.constantFrom('GET', 'POST'), secret, async (p, method, s) => {
        expect(await v2Signature(method, p, s)).toBe(OpenApiUtil.getRPCSignature(p, method, s));
      }),
      { numRuns: 200 },
    );
  });

  it('V3 Authorization headers agree for random parameters and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(params, secret, fc.stringMatching(/^[0-9a-f]{8,32}$/), async (query, s, nonce) => {
        const headers = { ...worked.headers, 'x-acs-signature-nonce': nonce };
        const names = Object.keys(headers);
        const signature = await v3Signature(
          {
            method: 'POST',
            pathname: '/',
            query,
            headers,
            signedHeaders: names,
            payloadHash: EMPTY_BODY_SHA256,
          },
          s,
        );
        const oracle = OpenApiUtil.getAuthorization(
          { method: 'POST', pathname: '/', query, headers },
          'ACS3-HMAC-SHA256',
          EMPTY_BODY_SHA256,
          'testid',
          s,
        );
        expect(v3Authorization('testid', names, signature)).toBe(oracle);
      }),
      { numRuns: 200 },
    );
  });
});
