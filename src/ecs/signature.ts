// The two Alibaba Cloud RPC signature algorithms (reference/signing-and-credentials.md §2–§4):
// V2 `HMAC-SHA1` (SignatureVersion 1.0) and V3 `ACS3-HMAC-SHA256`. Only the algorithms live here,
// shared by the proxy's signer and the emulator's verifier; both are checked against the official
// test vectors and the official SDK. HMAC and SHA-256 come from Web Crypto, which browsers and
// Node share.

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

const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(buffer: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The hash primitives the algorithms need. Web Crypto by default, which browsers and Node share;
 * a server may pass a synchronous implementation (Web Crypto's async round trip cost the proxy
 * a third of a millisecond per request, bench case 2).
 */
export interface SignatureCrypto {
  sha256(data: Uint8Array): Promise<ArrayBuffer> | ArrayBuffer | Uint8Array;
  hmac(
    hash: 'SHA-1' | 'SHA-256',
    key: Uint8Array,
    data: Uint8Array,
  ): Promise<ArrayBuffer> | ArrayBuffer | Uint8Array;
}

export const webSignatureCrypto: SignatureCrypto = {
  sha256: (data) => crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>),
  hmac: async (hash, key, data) => {
    const cryptoKey = await crypto.subtle.importKey(
      'raw',
      key as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash },
      false,
      ['sign'],
    );
    return crypto.subtle.sign('HMAC', cryptoKey, data as Uint8Array<ArrayBuffer>);
  },
};

async function hmac(hash: 'SHA-1' | 'SHA-256', key: string, data: string, primitives: SignatureCrypto) {
  return primitives.hmac(hash, encoder.encode(key), encoder.encode(data));
}

export async function sha256Hex(
  data: string | Uint8Array,
  primitives: SignatureCrypto = webSignatureCrypto,
): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return toHex(await primitives.sha256(bytes));
}

// ---- V2 -------------------------------------------------------------------------------------

/** The V2 string to sign over every parameter but `Signature`, with the actual HTTP method. */
export function v2StringToSign(method: string, params: Readonly<Record<string, string>>): string {
  const { Signature: _ignored, ...signed } = params;
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQueryString(signed))}`;
}

/** Base64 HMAC-SHA1 with the key `secret + '&'`. */
export async function v2Signature(
  method: string,
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
  primitives: SignatureCrypto = webSignatureCrypto,
): Promise<string> {
  return toBase64(await hmac('SHA-1', `${accessKeySecret}&`, v2StringToSign(method, params), primitives));
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

export async function v3StringToSign(
  input: V3SigningInput,
  primitives: SignatureCrypto = webSignatureCrypto,
): Promise<string> {
  return `${V3_ALGORITHM}\n${await sha256Hex(v3CanonicalRequest(input), primitives)}`;
}

/** Lower-case hex HMAC-SHA256 with the raw secret as key. */
export async function v3Signature(
  input: V3SigningInput,
  accessKeySecret: string,
  primitives: SignatureCrypto = webSignatureCrypto,
): Promise<string> {
  return toHex(await hmac('SHA-256', accessKeySecret, await v3StringToSign(input, primitives), primitives));
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
