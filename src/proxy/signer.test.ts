import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireParams } from '../ecs/describe-images-wire';
import { EMPTY_BODY_SHA256 } from '../node/signature';
import { describeImagesRequest } from '../ecs/testing/request-arbitrary';
import { signRequest, type SignedRequest, type SignInput } from './signer';
import { OpenApiUtil } from '../ecs/testing/official-sdk';

const base: SignInput = {
  action: 'DescribeImages',
  params: {
    RegionId: 'cn-shanghai',
    ImageOwnerAlias: 'system',
    PageSize: '10',
    'Tag.1.Key': 'env',
    'Tag.1.Value': 'prod app',
  },
  endpoint: { protocol: 'https:', host: 'ecs.cn-shanghai.aliyuncs.com' },
  credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
  signatureVersion: 'v3',
  now: new Date('2024-01-02T03:04:05Z'),
  nonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
};

/** What the receiving server decodes from the wire: the query as name → value, and the Signature. */
function decodeQuery(request: SignedRequest): Record<string, string> {
  const url = new URL(request.url);
  const entries = [...url.searchParams];
  const decoded = Object.fromEntries(entries);
  expect(Object.keys(decoded)).toHaveLength(entries.length);
  return decoded;
}

describe('the signer reproduces the official vectors', () => {
  it('V3: the official RunInstances vector (the header set of the V3 document)', async () => {
    const signed = signRequest({
      ...base,
      action: 'RunInstances',
      params: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
      credentials: { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret' },
      now: new Date('2023-10-26T10:22:32Z'),
      nonce: '3156853299f313e23d1673dc12e1703d',
    });
    expect(signed.headers.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
    expect(signed.method).toBe('POST');
    expect(signed.url).toBe(
      'https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
    );
  });

  it('V2: the worked DescribeImages example signed for POST', async () => {
    const signed = signRequest({ ...base, signatureVersion: 'v2' });
    expect(decodeQuery(signed).Signature).toBe('vMxNf7l4yCe4QcIOtHKwX28NYhQ=');
    // The wire form of the worked example, with the POST signature appended.
    expect(signed.url).toBe(
      'https://ecs.cn-shanghai.aliyuncs.com/?AccessKeyId=testid&Action=DescribeImages&Format=JSON&ImageOwnerAlias=system&PageSize=10&RegionId=cn-shanghai&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Tag.1.Key=env&Tag.1.Value=prod%20app&Timestamp=2024-01-02T03%3A04%3A05Z&Version=2014-05-26&Signature=vMxNf7l4yCe4QcIOtHKwX28NYhQ%3D',
    );
    expect(signed.headers).toEqual({
      host: 'ecs.cn-shanghai.aliyuncs.com',
      accept: 'application/json',
      'content-length': '0',
    });
  });
});

const credentials = fc.record(
  {
    accessKeyId: fc.stringMatching(/^(STS\.)?[A-Za-z0-9]{8,30}$/),
    accessKeySecret: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme-ascii' }),
    securityToken: fc.stringMatching(/^[A-Za-z0-9+/=]{1,200}$/),
  },
  { requiredKeys: ['accessKeyId', 'accessKeySecret'] },
);
const endpoint = fc.oneof(
  fc.constant({ protocol: 'https:' as const, host: 'ecs.cn-hangzhou.aliyuncs.com' }),
  fc
    .integer({ min: 1, max: 65535 })
    .map((port) => ({ protocol: 'http:' as const, host: `127.0.0.1:${port}` })),
);
const signInput: fc.Arbitrary<SignInput> = fc.record({
  action: fc.constantFrom('DescribeImages', 'DescribeRegions'),
  params: describeImagesRequest.map(toWireParams),
  endpoint,
  credentials,
  signatureVersion: fc.constantFrom('v2' as const, 'v3' as const),
  now: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
  nonce: fc.stringMatching(/^[0-9a-f]{32}$/),
});

describe('what is sent', () => {
  it('never contains the secret, for either signature version', async () => {
    const secret = 'S3cr3t/never+sent=0123456789';
    for (const signatureVersion of ['v2', 'v3'] as const) {
      const signed = signRequest({
        ...base,
        signatureVersion,
        credentials: { accessKeyId: 'id', accessKeySecret: secret, securityToken: 'tok+en/=' },
      });
      const text = JSON.stringify(signed);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
  });
});

describe('the full signed request, against the official SDK as oracle', () => {
  it('agrees with OpenApiUtil for random requests, credentials (incl. STS), endpoints, times and nonces', async () => {
    fc.assert(
      fc.property(signInput, (input) => {
        const signed = signRequest(input);
        const url = new URL(signed.url);
        expect(signed.method).toBe('POST');
        expect(`${url.protocol}//${url.host}`).toBe(`${input.endpoint.protocol}//${input.endpoint.host}`);
        expect(url.pathname).toBe('/');
        expect(signed.headers.host).toBe(input.endpoint.host);
        const query = decodeQuery(signed);
        const { accessKeyId, accessKeySecret, securityToken } = input.credentials;

        if (input.signatureVersion === 'v3') {
          // Exactly the API parameters travel in the query; everything else is in signed headers.
          expect(query).toEqual(input.params);
          expect(Object.keys(signed.headers).sort()).toEqual(
            [
              'accept',
              'authorization',
              'content-length',
              'host',
              'x-acs-action',
              'x-acs-content-sha256',
              'x-acs-date',
              'x-acs-signature-nonce',
              'x-acs-version',
              ...(securityToken ? ['x-acs-security-token'] : []),
            ].sort(),
          );
          expect(signed.headers['x-acs-action']).toBe(input.action);
          expect(signed.headers['x-acs-version']).toBe('2014-05-26');
          expect(signed.headers['x-acs-date']).toBe(input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'));
          expect(signed.headers['x-acs-signature-nonce']).toBe(input.nonce);
          expect(signed.headers['x-acs-security-token']).toBe(securityToken);
          const { authorization, ...sent } = signed.headers;
          expect(authorization).toBe(
            OpenApiUtil.getAuthorization(
              { method: 'POST', pathname: url.pathname, query, headers: sent },
              'ACS3-HMAC-SHA256',
              EMPTY_BODY_SHA256,
              accessKeyId,
              accessKeySecret,
            ),
          );
        } else {
          const { Signature, ...signedParams } = query;
          expect(signedParams).toEqual({
            ...input.params,
            Action: input.action,
            Version: '2014-05-26',
            Format: 'JSON',
            AccessKeyId: accessKeyId,
            SignatureMethod: 'HMAC-SHA1',
            SignatureVersion: '1.0',
            SignatureNonce: input.nonce,
            Timestamp: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            ...(securityToken ? { SecurityToken: securityToken } : {}),
          });
          expect(Signature).toBe(OpenApiUtil.getRPCSignature(signedParams, 'POST', accessKeySecret));
          expect(signed.headers.authorization).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
