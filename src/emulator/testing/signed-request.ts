// Signed RPC requests for tests that talk to the emulator without an SDK (raw fetch or app.request),
// signed with the shared algorithms of src/node/signature.ts.

import { randomUUID } from 'node:crypto';
import { API_VERSION } from '../../ecs/describe-images-params';
import {
  defaultSignedHeaderNames,
  formatTimestamp,
  percentEncode,
  sha256Hex,
  v2Signature,
  v3Authorization,
  v3Signature,
} from '../../node/signature';
import type { EmulatorCredential } from '../verify-signature';

export type SigningStyle = 'v2-get' | 'v2-post-form' | 'v2-post-query' | 'v3';

export interface SignedRequestOptions {
  style: SigningStyle;
  credential: EmulatorCredential;
  /** `http://host:port`. */
  baseUrl: string;
  params: Record<string, string>;
  action?: string;
  version?: string;
  /** V2 `Format`; null leaves it out. Default JSON. */
  format?: string | null;
  nowMs?: number;
  nonce?: string;
}

const encode = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');

export function signedRequest(options: SignedRequestOptions): { url: string; init: RequestInit } {
  const { credential, baseUrl } = options;
  const action = options.action ?? 'DescribeImages';
  const version = options.version ?? API_VERSION;
  const timestamp = formatTimestamp(new Date(options.nowMs ?? Date.now()));
  const nonce = options.nonce ?? randomUUID();

  if (options.style === 'v3') {
    const headers: Record<string, string> = {
      host: new URL(baseUrl).host,
      'x-acs-action': action,
      'x-acs-version': version,
      'x-acs-date': timestamp,
      'x-acs-signature-nonce': nonce,
      'x-acs-content-sha256': sha256Hex(''),
    };
    if (credential.securityToken) {
      headers['x-acs-accesskey-id'] = credential.accessKeyId;
      headers['x-acs-security-token'] = credential.securityToken;
    }
    const signedHeaders = defaultSignedHeaderNames(headers);
    const signature = v3Signature(
      {
        method: 'POST',
        pathname: '/',
        query: options.params,
        headers,
        signedHeaders,
        payloadHash: headers['x-acs-content-sha256']!,
      },
      credential.accessKeySecret,
    );
    // fetch sets Host itself from the URL.
    const { host: _host, ...sent } = headers;
    return {
      url: `${baseUrl}/?${encode(options.params)}`,
      init: {
        method: 'POST',
        headers: {
          ...sent,
          authorization: v3Authorization(credential.accessKeyId, signedHeaders, signature),
        },
      },
    };
  }

  const method = options.style === 'v2-get' ? 'GET' : 'POST';
  const params: Record<string, string> = {
    ...options.params,
    Action: action,
    Version: version,
    AccessKeyId: credential.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: timestamp,
  };
  if (options.format !== null) params.Format = options.format ?? 'JSON';
  if (credential.securityToken) params.SecurityToken = credential.securityToken;
  const text = encode({
    ...params,
    Signature: v2Signature(method, params, credential.accessKeySecret),
  });
  if (options.style === 'v2-post-form')
    return {
      url: `${baseUrl}/`,
      init: { method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: text },
    };
  return { url: `${baseUrl}/?${text}`, init: { method } };
}
