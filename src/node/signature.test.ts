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
import { OpenApiUtil } from '../ecs/testing/official-sdk';
import { RUN_INSTANCES_V3, V2_1, V2_2, WORKED_V2, WORKED_V3 } from './testing/signature-vectors';

describe('percentEncode', () => {
  it('encodes the RFC 3986 way the service expects', () => {
    expect(percentEncode('a b*~(x)!/:')).toBe('a%20b%2A~%28x%29%21%2F%3A');
    expect(percentEncode('杭州')).toBe('%E6%9D%AD%E5%B7%9E');
  });
});

describe('V2 HMAC-SHA1', () => {
  it('reproduces the official vector V2-1 and its StringToSign', () => {
    expect(v2StringToSign('GET', V2_1.params)).toBe(V2_1.stringToSign);
    expect(v2Signature('GET', V2_1.params, 'testsecret')).toBe(V2_1.signature);
  });

  it('treats names case-sensitively (the TimeStamp spelling of V2-1 signs differently)', () => {
    const { Timestamp, ...rest } = V2_1.params;
    expect(v2Signature('GET', { ...rest, TimeStamp: Timestamp }, 'testsecret')).toBe(
      V2_1.timeStampSpellingSignature,
    );
  });

  it('reproduces the official vector V2-2', () => {
    expect(v2Signature('GET', V2_2.params, 'testsecret')).toBe(V2_2.signature);
  });

  it('signs the worked DescribeImages example for GET and POST, ignoring a Signature parameter', () => {
    expect(canonicalQueryString(WORKED_V2.params)).toContain(
      'Tag.1.Value=prod%20app&Timestamp=2024-01-02T03%3A04%3A05Z',
    );
    expect(v2Signature('GET', { ...WORKED_V2.params, Signature: 'x' }, 'testsecret')).toBe(
      WORKED_V2.getSignature,
    );
    expect(v2Signature('POST', WORKED_V2.params, 'testsecret')).toBe(WORKED_V2.postSignature);
  });
});

const worked = { method: 'POST', pathname: '/', ...WORKED_V3 };
const signedNames = Object.keys(worked.headers);

describe('V3 ACS3-HMAC-SHA256', () => {
  it('reproduces the official RunInstances vector', () => {
    const { query, headers, accessKeySecret } = RUN_INSTANCES_V3;
    const input = { method: 'POST', pathname: '/', query, headers, payloadHash: EMPTY_BODY_SHA256 };
    const signedHeaders = Object.keys(headers);
    expect(v3StringToSign({ ...input, signedHeaders })).toBe(
      `ACS3-HMAC-SHA256\n${RUN_INSTANCES_V3.hashedCanonicalRequest}`,
    );
    expect(v3Signature({ ...input, signedHeaders }, accessKeySecret)).toBe(RUN_INSTANCES_V3.signature);
  });

  it('signs the worked DescribeImages example', () => {
    const signature = v3Signature(
      { ...worked, signedHeaders: signedNames, payloadHash: EMPTY_BODY_SHA256 },
      'testsecret',
    );
    expect(v3Authorization('testid', signedNames, signature)).toBe(WORKED_V3.authorization);
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
  it('V2 signatures agree for random parameters, methods and secrets', () => {
    fc.assert(
      fc.property(params, fc.constantFrom('GET', 'POST'), secret, (p, method, s) => {
        expect(v2Signature(method, p, s)).toBe(OpenApiUtil.getRPCSignature(p, method, s));
      }),
      { numRuns: 200 },
    );
  });

  it('V3 Authorization headers agree for random parameters and secrets', () => {
    fc.assert(
      fc.property(params, secret, fc.stringMatching(/^[0-9a-f]{8,32}$/), (query, s, nonce) => {
        const headers = { ...worked.headers, 'x-acs-signature-nonce': nonce };
        const names = Object.keys(headers);
        const signature = v3Signature(
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
