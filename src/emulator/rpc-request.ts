// An RPC call as the emulator sees it, in every way the official clients send one
// (docs/signing-and-credentials.md §1, §5): V2 on GET with the query, V2 POST with a form body (pop-core),
// V2 POST with the query and an empty body (openapi-core), V3 POST with the query and the
// ACS3-HMAC-SHA256 `Authorization` header. Parameters are decoded here (`+` is a space) and never
// signed in their wire spelling.

import type { WireEntry } from '../ecs/repeated-params';

export type SignatureStyle = 'v2' | 'v3';

export interface RpcRequest {
  style: SignatureStyle;
  method: string;
  /** Decoded query parameters, in arrival order. */
  query: WireEntry[];
  /** Decoded form-body parameters (empty unless the body is a form). */
  form: WireEntry[];
  /** Lower-case header names; `host` as received (or the URL's host for in-process requests). */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
  /** `Action` (V2) or `x-acs-action` (V3). */
  action: string | undefined;
  /** `Version` (V2) or `x-acs-version` (V3). */
  version: string | undefined;
}

export interface HttpParts {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array;
}

const decodeEntries = (text: string): WireEntry[] => [...new URLSearchParams(text)];

/** The value of the last occurrence of a parameter. */
export function lastValue(entries: readonly WireEntry[], name: string): string | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]![0] === name) return entries[i]![1];
  return undefined;
}

export function parseRpcRequest(parts: HttpParts): RpcRequest {
  const url = new URL(parts.url);
  // fromEntries defines properties, so a header named __proto__ stays an ordinary header.
  const headers: Record<string, string> = Object.fromEntries(parts.headers);
  headers.host ??= url.host;
  const contentType = headers['content-type'] ?? '';
  const form = contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')
    ? decodeEntries(new TextDecoder().decode(parts.body))
    : [];
  const query = decodeEntries(url.search.slice(1));
  // An ACS3 Authorization header means V3 (whatever else is present); otherwise V2 parameters.
  const style: SignatureStyle = (headers.authorization ?? '').startsWith('ACS3-') ? 'v3' : 'v2';
  const params = [...query, ...form];
  return {
    style,
    method: parts.method.toUpperCase(),
    query,
    form,
    headers,
    body: parts.body,
    action: style === 'v3' ? headers['x-acs-action'] : lastValue(params, 'Action'),
    version: style === 'v3' ? headers['x-acs-version'] : lastValue(params, 'Version'),
  };
}

/** Every parameter the call carries: the query, then the form body. */
export function requestParams(request: RpcRequest): WireEntry[] {
  return [...request.query, ...request.form];
}
