// Builds one signed ECS RPC request from scratch (docs/signing-and-credentials.md §1, §3, §4): POST to `/`
// with every parameter in the query and an empty body, like @alicloud/ecs20140526. The algorithms
// themselves live in src/node/signature.ts; this module only chooses what is signed. The clock and
// the nonce come from the caller.

import { API_VERSION } from '../ecs/describe-images-params';
import {
  canonicalQueryString,
  defaultSignedHeaderNames,
  EMPTY_BODY_SHA256,
  formatTimestamp,
  percentEncode,
  v2Signature,
  v3Authorization,
  v3Signature,
} from '../node/signature';

export type SignatureVersion = 'v2' | 'v3';

export interface SigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token; sent as `x-acs-security-token` (V3) or `SecurityToken` (V2). */
  securityToken?: string;
}

export interface Endpoint {
  protocol: 'https:' | 'http:';
  /** `host[:port]` exactly as it goes into the Host header (V3 signs it). */
  host: string;
}

export interface SignInput {
  action: string;
  /** The action's API version (its model's `service.version`); ECS's when left out. */
  version?: string;
  /** API parameters in wire form, without any common RPC parameter. */
  params: Readonly<Record<string, string>>;
  endpoint: Endpoint;
  credentials: SigningCredentials;
  signatureVersion: SignatureVersion;
  now: Date;
  nonce: string;
}

export interface SignedRequest {
  method: 'POST';
  url: string;
  /** Every header to send, lower-case names; nothing from the browser is ever added. */
  headers: Record<string, string>;
}

// Not signed (V3 signs only host, content-type and x-acs-*), but the service answers JSON for it.
const UNSIGNED_HEADERS = { accept: 'application/json', 'content-length': '0' };

export function signRequest(input: SignInput): SignedRequest {
  return input.signatureVersion === 'v3' ? signV3(input) : signV2(input);
}

function signV3(input: SignInput): SignedRequest {
  const { accessKeyId, accessKeySecret, securityToken } = input.credentials;
  // The header set of the official V3 example; STS adds its token as a signed header (§4.1).
  const signed: Record<string, string> = {
    host: input.endpoint.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version ?? API_VERSION,
    'x-acs-date': formatTimestamp(input.now),
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  };
  if (securityToken) signed['x-acs-security-token'] = securityToken;
  const signedHeaders = defaultSignedHeaderNames(signed);
  const signature = v3Signature(
    {
      method: 'POST',
      pathname: '/',
      query: input.params,
      headers: signed,
      signedHeaders,
      payloadHash: EMPTY_BODY_SHA256,
    },
    accessKeySecret,
  );
  return {
    method: 'POST',
    url: urlOf(input.endpoint, canonicalQueryString(input.params)),
    headers: {
      ...signed,
      ...UNSIGNED_HEADERS,
      authorization: v3Authorization(accessKeyId, signedHeaders, signature),
    },
  };
}

function signV2(input: SignInput): SignedRequest {
  const { accessKeyId, accessKeySecret, securityToken } = input.credentials;
  const params: Record<string, string> = {
    ...input.params,
    Action: input.action,
    Version: input.version ?? API_VERSION,
    Format: 'JSON',
    AccessKeyId: accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: input.nonce,
    Timestamp: formatTimestamp(input.now),
  };
  if (securityToken) params.SecurityToken = securityToken;
  // The real method goes into the string to sign (§3.2 step 5); the ECS SDK's V2 mode uses POST.
  const signature = v2Signature('POST', params, accessKeySecret);
  const query = `${canonicalQueryString(params)}&Signature=${percentEncode(signature)}`;
  return {
    method: 'POST',
    url: urlOf(input.endpoint, query),
    headers: { host: input.endpoint.host, ...UNSIGNED_HEADERS },
  };
}

function urlOf(endpoint: Endpoint, query: string): string {
  return `${endpoint.protocol}//${endpoint.host}/${query ? `?${query}` : ''}`;
}
