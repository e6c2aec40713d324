// The two Alibaba Cloud RPC signature algorithms (docs/signing-and-credentials.md §2–§4):
// V2 `HMAC-SHA1` (SignatureVersion 1.0) and V3 `ACS3-HMAC-SHA256`. Only the algorithms live here,
// shared by the proxy's signer and the emulator's verifier; both are checked against the official
// test vectors and the official SDK. Node only (no browser code signs), and synchronous over
// node:crypto.

import { createHash, createHmac } from 'node:crypto';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** RFC 3986 on UTF-8 bytes with upper-case hex: space → %20, `*` → %2A, `~` kept. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Parameters sorted by name in UTF-16 code-unit order (the SDKs' default sort), encoded, joined by `&`. */
export function canonicalQueryString(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name]!)}`)
    .join('&');
}

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC, without milliseconds (fractions are rejected by the service). */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function hmac(hash: 'sha1' | 'sha256', key: string, data: string) {
  return createHmac(hash, key).update(data, 'utf8').digest();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

// ---- V2 -------------------------------------------------------------------------------------

/** The V2 string to sign over every parameter but `Signature`, with the actual HTTP method. */
export function v2StringToSign(method: string, params: Readonly<Record<string, string>>): string {
  const { Signature: _ignored, ...signed } = params;
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQueryString(signed))}`;
}

/** Base64 HMAC-SHA1 with the key `secret + '&'`. */
export function v2Signature(
  method: string,
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
): string {
  return hmac('sha1', `${accessKeySecret}&`, v2StringToSign(method, params)).toString('base64');
}

// ---- V3 -------------------------------------------------------------------------------------

export interface V3SigningInput {
  method: string;
  /** `/` for RPC. */
  pathname: string;
  query: Readonly<Record<string, string>>;
  /** Header names in any case; only those in `signedHeaders` are used. */
  headers: Readonly<Record<string, string | readonly string[]>>;
  /** Lower-case names of the headers that are signed. */
  signedHeaders: readonly string[];
  payloadHash: string;
}

/** Headers the signer includes: `host`, `content-type` and every `x-acs-*` (§4.2). */
export function defaultSignedHeaderNames(headers: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(headers)
    .map((h) => h.toLowerCase())
    .filter((h) => h === 'host' || h === 'content-type' || h.startsWith('x-acs-'))
    .sort();
}

function headerValue(headers: V3SigningInput['headers'], lowerName: string): string {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== lowerName) continue;
    for (const v of typeof value === 'string' ? [value] : value) values.push(v.trim());
  }
  return values.sort().join(',');
}

export function v3CanonicalRequest(input: V3SigningInput): string {
  const names = [...input.signedHeaders].map((h) => h.toLowerCase()).sort();
  const canonicalHeaders = names.map((name) => `${name}:${headerValue(input.headers, name)}\n`).join('');
  return [
    input.method.toUpperCase(),
    input.pathname,
    canonicalQueryString(input.query),
    canonicalHeaders,
    names.join(';'),
    input.payloadHash,
  ].join('\n');
}

export function v3StringToSign(input: V3SigningInput): string {
  return `${V3_ALGORITHM}\n${sha256Hex(v3CanonicalRequest(input))}`;
}

/** Lower-case hex HMAC-SHA256 with the raw secret as key. */
export function v3Signature(input: V3SigningInput, accessKeySecret: string): string {
  return hmac('sha256', accessKeySecret, v3StringToSign(input)).toString('hex');
}

export function v3Authorization(
  accessKeyId: string,
  signedHeaders: readonly string[],
  signature: string,
): string {
  const names = [...signedHeaders].map((h) => h.toLowerCase()).sort();
  return `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
}

export interface ParsedV3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=a;b,Signature=…`; undefined if malformed. */
export function parseV3Authorization(header: string): ParsedV3Authorization | undefined {
  const prefix = `${V3_ALGORITHM} `;
  if (!header.startsWith(prefix)) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.slice(prefix.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return { accessKeyId, signedHeaders: signedHeaders.split(';').filter(Boolean), signature };
}
