import { stringify as nodeQueryString } from 'node:querystring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireEntries } from '../ecs/describe-images-wire';
import { EMPTY_BODY_SHA256, percentEncode } from '../node/signature';
import { describeImagesRequest } from '../ecs/testing/request-arbitrary';
import { createEmulatorApp } from './emulator-app';
import { NonceCache } from './nonce-cache';
import { parseRpcRequest } from './rpc-request';
import { safeEqual, verifySignature, type EmulatorCredential, type Verification } from './verify-signature';
import { OpenApiUtil } from '../ecs/testing/official-sdk';
import { RUN_INSTANCES_V3, V2_1, V2_2, WORKED_V2, WORKED_V3 } from '../node/testing/signature-vectors';

const TEST_KEY: EmulatorCredential = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
const STS_KEY: EmulatorCredential = {
  accessKeyId: 'STS.testid',
  accessKeySecret: 'testsecret',
  securityToken: 'tok+en/=',
};
const WIRE_TIME = Date.parse('2024-01-02T03:04:05Z');
const NONCE = '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf';
const HOST = '127.0.0.1:42817';

interface Wire {
  method: string;
  /** Path and query exactly as on the wire. */
  target: string;
  headers?: Record<string, string>;
  body?: string;
}

function verify(
  wire: Wire,
  options: { credentials?: EmulatorCredential[]; nowMs?: number; nonces?: NonceCache } = {},
): Verification {
  const request = parseRpcRequest({
    method: wire.method,
    url: `http://${HOST}${wire.target}`,
    headers: new Headers(wire.headers ?? {}),
    body: new TextEncoder().encode(wire.body ?? ''),
  });
  return verifySignature(request, {
    credentials: new Map((options.credentials ?? [TEST_KEY, STS_KEY]).map((c) => [c.accessKeyId, c])),
    nowMs: options.nowMs ?? WIRE_TIME,
    nonces: options.nonces ?? new NonceCache(),
  });
}

const codeOf = (r: Verification) => {
  return r.ok ? 'OK' : r.error.code;
};

// ---- captured wire fixtures (docs/signing-and-credentials.md §5) -------------------------------------

const W1_QUERY =
  'AccessKeyId=testid&Action=DescribeImages&Format=JSON&ImageName=my%20image%2A~%28x%29&PageSize=50&RegionId=cn-hangzhou&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Tag.1.Key=env&Tag.1.Value=a%2Fb&Timestamp=2024-01-02T03%3A04%3A05Z&Version=2014-05-26';
const W1: Wire = { method: 'GET', target: `/?${W1_QUERY}&Signature=Zi8esMf24XVqZ16CCe9%2FMqOFnTg%3D` };
const W2: Wire = {
  method: 'POST',
  target: '/',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: `${W1_QUERY}&Signature=ElZd29Le9zgg9NCsWFcyURs8uyg%3D`,
};
const W3: Wire = {
  method: 'GET',
  target:
    '/?AccessKeyId=STS.testid&Action=DescribeImages&Format=JSON&RegionId=cn-hangzhou&SecurityToken=tok%2Ben%2F%3D&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2024-01-02T03%3A04%3A05Z&Version=2014-05-26&Signature=j%2FTJUiQCxaDWDlTm7fZG24r7JVg%3D',
};
const V3_HEADERS = {
  'x-acs-action': 'DescribeImages',
  'x-acs-version': '2014-05-26',
  'x-acs-date': '2024-01-02T03:04:05Z',
  'x-acs-signature-nonce': NONCE,
  'x-acs-content-sha256': EMPTY_BODY_SHA256,
  accept: 'application/json',
  'content-length': '0',
};
const W4: Wire = {
  method: 'POST',
  target:
    '/?Filter.1.Key=CreationStartTime&Filter.1.Value=2023-01-01T00%3A00Z&ImageName=my%20image*~(x)&PageSize=50&RegionId=cn-hangzhou&Tag.1.Key=env&Tag.1.Value=a%2Fb',
  headers: {
    ...V3_HEADERS,
    'x-acs-credentials-provider': 'static_ak',
    authorization:
      'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=03e314aeb953d5c87732b92e95867b0fc05e89b06b17c5b258291dc3a5234626',
  },
};
const W5: Wire = {
  method: 'POST',
  target: '/?RegionId=cn-hangzhou',
  headers: {
    ...V3_HEADERS,
    'x-acs-credentials-provider': 'static_sts',
    'x-acs-accesskey-id': 'STS.testid',
    'x-acs-security-token': 'tok+en/=',
    authorization:
      'ACS3-HMAC-SHA256 Credential=STS.testid,SignedHeaders=host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,Signature=5724ea63c1ea61eba72b06c0db05112e47a4e3a513dfe5716dc0230c95fe4294',
  },
};
const W6: Wire = {
  method: 'POST',
  target:
    '/?Action=DescribeImages&Format=json&Version=2014-05-26&Timestamp=2024-01-02T03%3A04%3A05Z&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&Filter.1.Key=CreationStartTime&Filter.1.Value=2023-01-01T00%3A00Z&ImageName=my%20image*~(x)&PageSize=50&RegionId=cn-hangzhou&Tag.1.Key=env&Tag.1.Value=a%2Fb&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&AccessKeyId=testid&Signature=kzCR4cG1A94vBTz0PKCpfsU6esY%3D',
};
const FIXTURES = { W1, W2, W3, W4, W5, W6 };

describe('captured wire fixtures W1–W6', () => {
  it.each(Object.entries(FIXTURES))('%s passes the verifier at its own time', async (_name, wire) => {
    const result = verify(wire);
    expect(result).toEqual({ ok: true, value: wire === W3 || wire === W5 ? 'STS.testid' : 'testid' });
  });

  it.each(Object.entries(FIXTURES))(
    '%s gets a DescribeImages answer from the whole app',
    async (_name, wire) => {
      const app = createEmulatorApp({
        credentials: [TEST_KEY, STS_KEY],
        now: () => WIRE_TIME,
        imagesPerRegion: 50,
      });
      const init: RequestInit = { method: wire.method, headers: wire.headers ?? {} };
      if (wire.body !== undefined) init.body = wire.body;
      const response = await app.request(`http://${HOST}${wire.target}`, init);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
      const body = (await response.json()) as { RegionId: string; PageSize: number; RequestId: string };
      expect(body.RegionId).toBe('cn-hangzhou');
      expect(body.PageSize).toBe(wire === W3 || wire === W5 ? 10 : 50);
      expect(response.headers.get('x-acs-request-id')).toBe(body.RequestId);
    },
  );

  it('refuses a replay of the same (AccessKeyId, nonce) within 15 minutes', async () => {
    const nonces = new NonceCache();
    expect(codeOf(verify(W1, { nonces }))).toBe('OK');
    expect(codeOf(verify(W1, { nonces, nowMs: WIRE_TIME + 60_000 }))).toBe('SignatureNonceUsed');
    expect(codeOf(verify(W4, { nonces }))).toBe('SignatureNonceUsed');
    // The same nonce under another AccessKey is a different pair.
    expect(codeOf(verify(W3, { nonces }))).toBe('OK');
  });
});

describe('official signature vectors', () => {
  const v2Wire = (params: Record<string, string>, signature: string): Wire => ({
    method: 'GET',
    target: `/?${Object.entries({ ...params, Signature: signature })
      .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
      .join('&')}`,
  });

  it('accepts V2-1 and V2-2 at their timestamps', async () => {
    for (const vector of [V2_1, V2_2]) {
      const wire = v2Wire(vector.params, vector.signature);
      expect(codeOf(verify(wire, { nowMs: Date.parse(vector.params.Timestamp) }))).toBe('OK');
    }
  });

  it('accepts the worked DescribeImages examples (V2 GET and POST, V3)', async () => {
    const { params, getSignature, postSignature } = WORKED_V2;
    expect(codeOf(verify(v2Wire(params, getSignature)))).toBe('OK');
    expect(codeOf(verify({ ...v2Wire(params, postSignature), method: 'POST' }))).toBe('OK');
    // GET's signature does not pass for POST: the method is signed.
    expect(codeOf(verify({ ...v2Wire(params, getSignature), method: 'POST' }))).toBe('SignatureDoesNotMatch');
    const v3: Wire = {
      method: 'POST',
      target: `/?${new URLSearchParams(WORKED_V3.query).toString().replace(/\+/g, '%20')}`,
      headers: { ...WORKED_V3.headers, authorization: WORKED_V3.authorization },
    };
    expect(codeOf(verify(v3))).toBe('OK');
  });

  it('accepts the official V3 RunInstances vector', async () => {
    const { accessKeyId, accessKeySecret, query, headers, signature } = RUN_INSTANCES_V3;
    const wire: Wire = {
      method: 'POST',
      target: `/?${new URLSearchParams(query).toString()}`,
      headers: {
        ...headers,
        authorization: `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${signature}`,
      },
    };
    const credentials = [{ accessKeyId, accessKeySecret }];
    expect(codeOf(verify(wire, { credentials, nowMs: Date.parse('2023-10-26T10:30:00Z') }))).toBe('OK');
  });
});

describe('what the verifier refuses', () => {
  const withQuery = (wire: Wire, from: string | RegExp, to: string): Wire => ({
    ...wire,
    target: wire.target.replace(from, to),
  });
  const withHeaders = (wire: Wire, headers: Record<string, string | undefined>): Wire => {
    const merged: Record<string, string> = { ...wire.headers };
    for (const [k, v] of Object.entries(headers)) {
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    return { ...wire, headers: merged };
  };

  it('answers a changed parameter, header, method or secret with SignatureDoesNotMatch', async () => {
    expect(codeOf(verify(withQuery(W1, 'PageSize=50', 'PageSize=51')))).toBe('SignatureDoesNotMatch');
    expect(codeOf(verify(withQuery(W4, 'PageSize=50', 'PageSize=51')))).toBe('SignatureDoesNotMatch');
    expect(codeOf(verify(withHeaders(W4, { host: '127.0.0.1:1' })))).toBe('SignatureDoesNotMatch');
    expect(codeOf(verify({ ...W6, method: 'GET' }))).toBe('SignatureDoesNotMatch');
    const wrongSecret = [{ accessKeyId: 'testid', accessKeySecret: 'other' }];
    expect(codeOf(verify(W1, { credentials: wrongSecret }))).toBe('SignatureDoesNotMatch');
    expect(codeOf(verify(W4, { credentials: wrongSecret }))).toBe('SignatureDoesNotMatch');
  });

  it('tells the V2 caller the string the server signed, with any security token masked', async () => {
    const result = verify(withQuery(W3, 'RegionId=cn-hangzhou', 'RegionId=cn-beijing'));
    expect(result).toMatchObject({ ok: false, error: { code: 'SignatureDoesNotMatch' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain('server string to sign is:GET&%2F&AccessKeyId%3DSTS.testid');
    expect(message).toContain('SecurityToken%3D%252A%252A%252A');
    expect(message).not.toContain('tok');
  });

  it('refuses a V3 body that does not match its hash, even with a correct signature', async () => {
    const tampered: Wire = { ...withHeaders(W4, { 'content-type': 'text/plain' }), body: 'extra' };
    const result = verify(tampered);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'SignatureDoesNotMatch', message: /x-acs-content-sha256/ },
    });
  });

  it('answers an unknown AccessKey with 404 InvalidAccessKeyId.NotFound', async () => {
    expect(verify(W1, { credentials: [STS_KEY] })).toMatchObject({
      ok: false,
      error: { status: 404, code: 'InvalidAccessKeyId.NotFound' },
    });
    expect(codeOf(verify(W4, { credentials: [STS_KEY] }))).toBe('InvalidAccessKeyId.NotFound');
  });

  it('accepts timestamps within ±15 minutes and refuses older or newer ones', async () => {
    const minute = 60_000;
    for (const wire of [W1, W4]) {
      expect(codeOf(verify(wire, { nowMs: WIRE_TIME + 15 * minute }))).toBe('OK');
      expect(codeOf(verify(wire, { nowMs: WIRE_TIME - 15 * minute }))).toBe('OK');
      expect(codeOf(verify(wire, { nowMs: WIRE_TIME + 15 * minute + 1000 }))).toBe(
        'InvalidTimeStamp.Expired',
      );
      expect(codeOf(verify(wire, { nowMs: WIRE_TIME - 16 * minute }))).toBe('InvalidTimeStamp.Expired');
    }
  });

  it('refuses timestamps with fractions or in other formats', async () => {
    expect(codeOf(verify(withQuery(W1, '03%3A04%3A05Z', '03%3A04%3A05.123Z')))).toBe(
      'InvalidTimeStamp.Format',
    );
    expect(codeOf(verify(withQuery(W1, '2024-01-02T03%3A04%3A05Z', '1704164645')))).toBe(
      'InvalidTimeStamp.Format',
    );
    expect(codeOf(verify(withHeaders(W4, { 'x-acs-date': 'Tue, 02 Jan 2024 03:04:05 GMT' })))).toBe(
      'InvalidTimeStamp.Format',
    );
  });

  it('refuses other signature methods and versions', async () => {
    expect(codeOf(verify(withQuery(W1, 'HMAC-SHA1', 'HMAC-SHA256')))).toBe('InvalidSignatureMethod');
    expect(codeOf(verify(withQuery(W1, 'SignatureVersion=1.0', 'SignatureVersion=2.0')))).toBe(
      'InvalidSignatureMethod',
    );
    const sm3 = withHeaders(W4, {
      authorization: W4.headers!.authorization!.replace('HMAC-SHA256', 'HMAC-SM3'),
    });
    expect(codeOf(verify(sm3))).toBe('InvalidSignatureMethod');
  });

  it('names the missing V2 parameter', async () => {
    for (const name of ['AccessKeyId', 'SignatureNonce', 'Timestamp', 'Signature']) {
      const result = verify(withQuery(W1, new RegExp(`(^|[?&])${name}=[^&]*`), '$1'));
      expect(result, name).toMatchObject({ ok: false, error: { code: 'MissingParameter', parameter: name } });
    }
  });

  it('answers an incomplete V3 Authorization with IncompleteSignature naming the problem', async () => {
    const auth = W4.headers!.authorization!;
    expect(verify(withHeaders(W4, { authorization: 'ACS3-HMAC-SHA256 Credential=testid' }))).toMatchObject({
      ok: false,
      error: { code: 'IncompleteSignature', message: /Credential, SignedHeaders and Signature/ },
    });
    expect(verify(withHeaders(W4, { authorization: auth.replace('x-acs-date;', '') }))).toMatchObject({
      ok: false,
      error: { code: 'IncompleteSignature', message: /x-acs-date must be signed/ },
    });
    expect(verify(withHeaders(W4, { 'x-acs-signature-nonce': undefined }))).toMatchObject({
      ok: false,
      error: { code: 'IncompleteSignature', message: /x-acs-signature-nonce is missing/ },
    });
  });

  it('requires the STS token with an STS key, and only the right one', async () => {
    const otherToken = [{ ...STS_KEY, securityToken: 'another-token' }];
    expect(codeOf(verify(W3, { credentials: otherToken }))).toBe(
      'InvalidSecurityToken.MismatchWithAccessKey',
    );
    expect(codeOf(verify(W5, { credentials: otherToken }))).toBe(
      'InvalidSecurityToken.MismatchWithAccessKey',
    );
    expect(codeOf(verify(withQuery(W3, /&SecurityToken=[^&]*/, '')))).toBe('MissingSecurityToken');
    expect(codeOf(verify(withHeaders(W5, { 'x-acs-security-token': undefined })))).toBe(
      'MissingSecurityToken',
    );
    const unsignedToken = withHeaders(W4, { 'x-acs-security-token': 'tok+en/=' });
    expect(codeOf(verify(unsignedToken))).toBe('IncompleteSignature');
    // A token sent with a permanent AccessKey cannot belong to it.
    const permanent = [{ accessKeyId: 'STS.testid', accessKeySecret: 'testsecret' }];
    expect(codeOf(verify(W3, { credentials: permanent }))).toBe('InvalidSecurityToken.MismatchWithAccessKey');
  });
});

describe('safeEqual', () => {
  it('compares exactly, including different lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });
});

// ---- properties: any correctly signed request passes, whatever the client's wire encoding -----

type Encoder = (entries: readonly (readonly [string, string])[]) => string;
const ENCODERS: Record<string, Encoder> = {
  // pop-core and the canonical form: RFC 3986, upper-case hex.
  rfc3986: (entries) => entries.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&'),
  // Node's querystring (openapi-core): leaves !'()* unescaped.
  querystring: (entries) => entries.map(([k, v]) => nodeQueryString({ [k]: v })).join('&'),
  // WHATWG URLSearchParams: spaces as '+'.
  urlsearchparams: (entries) => new URLSearchParams(entries.map(([k, v]) => [k, v])).toString(),
};

const signedCall = fc.record({
  request: describeImagesRequest,
  style: fc.constantFrom('v2-get', 'v2-post-form', 'v2-post-query', 'v3'),
  encoder: fc.constantFrom(...Object.keys(ENCODERS)),
  nonce: fc.stringMatching(/^[0-9a-f]{16,32}$/),
  skewMs: fc.integer({ min: -14 * 60_000, max: 14 * 60_000 }),
  sts: fc.boolean(),
});

type SignedCall = typeof signedCall extends fc.Arbitrary<infer T> ? T : never;

function buildWire({ request, style, encoder, nonce, sts }: SignedCall): Wire {
  const key = sts ? STS_KEY : TEST_KEY;
  const encode = ENCODERS[encoder]!;
  const api = toWireEntries(request);
  if (style === 'v3') {
    const query = Object.fromEntries(api);
    const headers: Record<string, string> = {
      host: HOST,
      'x-acs-action': 'DescribeImages',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2024-01-02T03:04:05Z',
      'x-acs-signature-nonce': nonce,
      'x-acs-content-sha256': EMPTY_BODY_SHA256,
      'x-acs-credentials-provider': sts ? 'static_sts' : 'static_ak',
    };
    if (key.securityToken) {
      headers['x-acs-accesskey-id'] = key.accessKeyId;
      headers['x-acs-security-token'] = key.securityToken;
    }
    const authorization = OpenApiUtil.getAuthorization(
      { method: 'POST', pathname: '/', query, headers },
      'ACS3-HMAC-SHA256',
      EMPTY_BODY_SHA256,
      key.accessKeyId,
      key.accessKeySecret,
    );
    return {
      method: 'POST',
      target: `/?${encode(Object.entries(query))}`,
      headers: { ...headers, authorization },
    };
  }
  const method = style === 'v2-get' ? 'GET' : 'POST';
  const params: Record<string, string> = {
    ...Object.fromEntries(api),
    Action: 'DescribeImages',
    Version: '2014-05-26',
    Format: 'JSON',
    AccessKeyId: key.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: '2024-01-02T03:04:05Z',
    ...(key.securityToken ? { SecurityToken: key.securityToken } : {}),
  };
  const signature = OpenApiUtil.getRPCSignature(params, method, key.accessKeySecret);
  const text = encode(Object.entries({ ...params, Signature: signature }));
  if (style === 'v2-post-form')
    return {
      method,
      target: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: text,
    };
  return { method, target: `/?${text}` };
}

describe('verifier properties', () => {
  it('accepts every correctly signed request, however its parameters are encoded on the wire', async () => {
    await fc.assert(
      fc.asyncProperty(signedCall, async (call) => {
        const result = verify(buildWire(call), { nowMs: WIRE_TIME + call.skewMs });
        expect(result).toEqual({ ok: true, value: call.sts ? 'STS.testid' : 'testid' });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses the request once any signed value changes', async () => {
    await fc.assert(
      fc.asyncProperty(signedCall, fc.nat(), async (call, which) => {
        const wire = buildWire(call);
        // Change RegionId, which every request has, to another valid-looking region.
        const target = wire.target.replace(/RegionId=[^&]*/, `RegionId=xx-changed-${which % 9}`);
        const body = wire.body?.replace(/RegionId=[^&]*/, `RegionId=xx-changed-${which % 9}`);
        const changed: Wire = body === undefined ? { ...wire, target } : { ...wire, target, body };
        expect(codeOf(verify(changed))).toBe('SignatureDoesNotMatch');
      }),
      { numRuns: 100 },
    );
  });
});
