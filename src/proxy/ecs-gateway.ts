// One validated call → the answer for the browser: credentials for this request, the endpoint (from
// the validated region, or the configured override), the cache, and the upstream client. Upstream
// answers go back as the service sent them; failures of the proxy's own become the ECS error
// envelope with "Source": "proxy".

import { randomUUID } from 'node:crypto';
import { errorBody, type ApiError } from '../ecs/api-errors';
import { proxyErrors } from '../ecs/proxy-errors';
import { endpointHostForRegion } from '../ecs/regions';
import type { UpstreamCall } from './api-request';
import { CredentialsUnavailableError, type CredentialSource } from './credentials';
import type { CacheStatus, Redactor } from './request-log';
import type { ResponseCache } from './response-cache';
import { signRequest, type Endpoint, type SignatureVersion } from './signer';
import type { UpstreamClient } from './upstream-client';

export interface GatewayOptions {
  credentials: CredentialSource;
  signatureVersion: SignatureVersion;
  /** Every region goes here when set (`--endpoint`, or the embedded emulator). */
  endpointOverride: Endpoint | undefined;
  client: UpstreamClient;
  /** Absent when the cache is off (`--cache-ttl 0`). */
  cache: ResponseCache | undefined;
  /** Learns every secret and token in use, so no log line can show them. */
  redactor: Redactor;
  now?: () => Date;
  nonce?: () => string;
}

export interface GatewayAnswer {
  status: number;
  /** JSON text: the service's body byte for byte, or the proxy's error envelope. */
  body: Buffer;
  cache?: CacheStatus;
  upstreamMs?: number;
  attempts?: number;
  code?: string;
  /** The browser went away; nothing is sent. */
  aborted?: boolean;
}

/** Request IDs in the service's format (upper-case UUID). */
export const newRequestId = () => randomUUID().toUpperCase();

export function proxyErrorAnswer(error: ApiError, hostId: string): GatewayAnswer {
  const body = errorBody(error, { requestId: newRequestId(), hostId, source: 'proxy' });
  return { status: error.status, body: Buffer.from(JSON.stringify(body)), code: error.code };
}

export class EcsGateway {
  private readonly now: () => Date;
  private readonly nonce: () => string;

  constructor(private readonly options: GatewayOptions) {
    this.now = options.now ?? (() => new Date());
    this.nonce = options.nonce ?? (() => randomUUID());
  }

  endpointFor(regionId: string): Endpoint {
    return this.options.endpointOverride ?? { protocol: 'https:', host: endpointHostForRegion(regionId) };
  }

  async call(
    call: UpstreamCall,
    request: { bypassCache: boolean; signal: AbortSignal },
  ): Promise<GatewayAnswer> {
    const { credentials, signatureVersion, client, cache, redactor } = this.options;
    const endpoint = this.endpointFor(call.regionId);
    let creds;
    try {
      creds = await credentials.get();
    } catch (e) {
      if (!(e instanceof CredentialsUnavailableError)) throw e;
      return proxyErrorAnswer(proxyErrors.credentialsUnavailable(e.message), endpoint.host);
    }
    redactor.add(creds.accessKeySecret);
    redactor.add(creds.securityToken);

    // Answers differ per identity and per endpoint, never per signature or moment.
    const key = JSON.stringify([call.key, creds.accessKeyId, `${endpoint.protocol}//${endpoint.host}`]);
    if (!request.bypassCache) {
      const hit = cache?.get(key);
      if (hit) return { status: 200, body: hit, cache: 'hit' };
    }

    const sign = () =>
      signRequest({
        action: call.action,
        params: call.params,
        endpoint,
        credentials: creds,
        signatureVersion,
        now: this.now(),
        nonce: this.nonce(),
      });
    const result = await client.send(sign, endpoint.host, request.signal);
    const timing = { upstreamMs: result.upstreamMs, attempts: result.attempts };
    const cacheStatus: CacheStatus = request.bypassCache ? 'bypass' : 'miss';
    switch (result.kind) {
      case 'aborted':
        return { status: 499, body: Buffer.alloc(0), aborted: true, cache: cacheStatus, ...timing };
      case 'failed':
        return { ...proxyErrorAnswer(result.error, endpoint.host), cache: cacheStatus, ...timing };
      case 'answer':
        if (result.status === 200 && result.code === undefined) cache?.set(key, result.body);
        return {
          status: result.status,
          body: result.body,
          cache: cacheStatus,
          ...timing,
          ...(result.code ? { code: result.code } : {}),
        };
    }
  }
}
