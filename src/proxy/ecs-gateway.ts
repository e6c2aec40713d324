// One validated call → the answer for the browser: credentials for this request (the base ones, or
// those of the account of the accounts file the call names), the endpoint (from
// the validated region, or the configured override), the cache, single-flight (identical calls in
// flight at once are made once: in this process, and across replicas when they share Redis), and
// the upstream client. Upstream answers go back as the service
// sent them, except that an error message never carries the AccessKey ID or security token back
// (a V2 SignatureDoesNotMatch echoes the string to sign); failures of the proxy's own become its
// envelope with "Source": "proxy".

import { randomUUID } from 'node:crypto';
import { API_ACTIONS } from '../ecs/api-actions';
import type { ApiError } from '../ecs/api-errors';
import { maskAccessKeyId, type AnswerStatus, type ProxyStatus } from '../ecs/proxy-api';
import { proxyErrorBody, proxyErrors } from '../ecs/proxy-errors';
import { endpointHostForRegion } from '../ecs/regions';
import type { UpstreamCall } from './api-request';
import type { ProxyAccounts } from './proxy-accounts';
import {
  CredentialsUnavailableError,
  withoutPaths,
  type CredentialProvider,
  type ResolvedCredentials,
} from './credentials';
import type { ProxyMetrics } from './metrics';
import type { CacheStatus, Redactor } from './request-log';
import type { AnswerCache } from './response-cache';
import type { FlightCodec, SharedFlights } from './shared-flight';
import { signRequest, type Endpoint, type SignatureVersion } from './signer';
import { SingleFlight } from './single-flight';
import type { UpstreamClient, UpstreamResult } from './upstream-client';

export interface GatewayOptions {
  /** The base credentials: every call's without an accounts file. */
  credentials: CredentialProvider;
  /** The accounts of the accounts file; a call that names one is made with its credentials. */
  accounts?: ProxyAccounts | undefined;
  signatureVersion: SignatureVersion;
  /** Every region goes here when set (`--endpoint`, or the embedded emulator). */
  endpointOverride: Endpoint | undefined;
  client: UpstreamClient;
  /** Absent when the cache is off (`--cache-ttl 0`). */
  cache: AnswerCache | undefined;
  /** Identical calls across replicas (`--redis`); absent for a proxy on its own. */
  sharedFlights?: SharedFlights<GatewayAnswer>;
  metrics?: Pick<ProxyMetrics, 'cacheLookup' | 'sharedAnswer'>;
  /** Learns every secret and token in use, so no log line can show them. */
  redactor: Redactor;
  log: (line: string) => void;
  now?: () => Date;
  nonce?: () => string;
}

export interface GatewayAnswer {
  status: number;
  /** JSON text: the service's body, or the proxy's error envelope. */
  body: Buffer;
  code?: string;
  cache?: CacheStatus;
  upstreamMs?: number;
  /** For the status header; absent on answers refused before any call was considered. */
  answerStatus?: AnswerStatus;
  /** Sent as Retry-After with ProxyOverloaded. */
  retryAfterSeconds?: number;
  /** The browser went away; nothing is sent. */
  aborted?: boolean;
}

export function proxyErrorAnswer(error: ApiError, hostId: string): GatewayAnswer {
  return {
    status: error.status,
    body: Buffer.from(JSON.stringify(proxyErrorBody(error, hostId))),
    code: error.code,
  };
}

/**
 * An upstream error body with the caller's AccessKey ID masked and its security token removed,
 * wherever they appear (plain or percent-encoded, once or twice, as in a V2 string to sign).
 */
export function maskCredentialEchoes(body: Buffer, credentials: ResolvedCredentials): Buffer {
  let text = body.toString('utf8');
  const original = text;
  const replace = (secret: string | undefined, shown: string) => {
    // No real AccessKey ID or token is this short; masking a short word would garble the message.
    if (!secret || secret.length < 8) return;
    const once = encodeURIComponent(secret);
    for (const form of [secret, once, encodeURIComponent(once)]) text = text.split(form).join(shown);
  };
  replace(credentials.securityToken, '***');
  replace(credentials.accessKeyId, maskAccessKeyId(credentials.accessKeyId));
  return text === original ? body : Buffer.from(text);
}

const NO_BODY = Buffer.alloc(0);
const ABORTED: GatewayAnswer = { status: 499, body: NO_BODY, aborted: true };

/** An answer as replicas pass it to each other: its fields as a JSON line, then the body. */
export const GATEWAY_ANSWER_CODEC: FlightCodec<GatewayAnswer> = {
  encode: ({ body, aborted, ...fields }) =>
    aborted ? undefined : Buffer.concat([Buffer.from(`${JSON.stringify(fields)}\n`), body]),
  decode: (message) => {
    const end = message.indexOf(0x0a);
    const fields = JSON.parse(message.subarray(0, end).toString()) as Omit<GatewayAnswer, 'body'>;
    return { ...fields, body: message.subarray(end + 1) };
  },
  aborted: ABORTED,
};

export class EcsGateway {
  private readonly now: () => Date;
  private readonly nonce: () => string;
  private readonly flights = new SingleFlight<GatewayAnswer>();

  constructor(private readonly options: GatewayOptions) {
    this.now = options.now ?? (() => new Date());
    this.nonce = options.nonce ?? (() => randomUUID());
  }

  /** What the proxy is doing right now (GET /api/status). */
  status(): Promise<ProxyStatus> {
    return this.options.client.status();
  }

  endpointFor(regionId: string): Endpoint {
    return this.options.endpointOverride ?? { protocol: 'https:', host: endpointHostForRegion(regionId) };
  }

  async call(
    call: UpstreamCall,
    request: { bypassCache: boolean; signal: AbortSignal },
  ): Promise<GatewayAnswer> {
    const { client, cache, redactor } = this.options;
    const endpoint = this.endpointFor(call.regionId);
    const account = call.account === undefined ? undefined : this.options.accounts?.named(call.account);
    let creds: ResolvedCredentials;
    try {
      creds = await (account?.credentials ?? this.options.credentials).get();
    } catch (e) {
      if (!(e instanceof CredentialsUnavailableError)) throw e;
      // The whole reason for whoever runs the proxy; the browser's copy names no file.
      this.options.log(
        redactor.redact(`credentials${account ? ` of account ${account.name}` : ''}: ${e.message}`),
      );
      const reason = withoutPaths(e.message);
      return proxyErrorAnswer(
        account
          ? proxyErrors.accountUnavailable(account.name, reason)
          : proxyErrors.credentialsUnavailable(reason),
        endpoint.host,
      );
    }
    redactor.add(creds.accessKeySecret);
    redactor.add(creds.securityToken);

    // Answers differ per identity (the account, whatever temporary key it has now, or the
    // AccessKey) and per endpoint, never per signature or moment.
    const who = { accessKeyId: creds.accessKeyId, account: account?.name };
    const identity = account ? `account:${account.name}` : creds.accessKeyId;
    const key = JSON.stringify([call.key, identity, `${endpoint.protocol}//${endpoint.host}`]);
    const metrics = this.options.metrics;
    if (cache && request.bypassCache) metrics?.cacheLookup('bypass');
    if (cache && !request.bypassCache) {
      const hit = await cache.get(key);
      metrics?.cacheLookup(hit ? 'hit' : 'miss');
      if (hit)
        return {
          status: 200,
          body: hit,
          cache: 'hit',
          answerStatus: {
            attempts: 0,
            queuedMs: 0,
            shared: false,
            pacing: await client.pacingState(who, call.regionId, call.action),
          },
        };
    }
    // A Reload joins a call already in flight: its answer is being fetched now.
    const fetch = (signal: AbortSignal) =>
      this.fetch(call, creds, account?.name, endpoint, key, request.bypassCache, signal);
    const sharedFlights = this.options.sharedFlights;
    let sharedByReplicas = false;
    const joined = await this.flights.run(key, request.signal, async (signal) => {
      if (!sharedFlights) return fetch(signal);
      const landed = await sharedFlights.run(key, signal, fetch);
      sharedByReplicas = landed.shared;
      return landed.value;
    });
    if ('aborted' in joined) return ABORTED;
    const { value } = joined;
    const shared = joined.shared || sharedByReplicas;
    if (shared) metrics?.sharedAnswer(joined.shared ? 'replica' : 'redis');
    return shared && value.answerStatus
      ? { ...value, answerStatus: { ...value.answerStatus, shared } }
      : value;
  }

  private async fetch(
    call: UpstreamCall,
    creds: ResolvedCredentials,
    account: string | undefined,
    endpoint: Endpoint,
    key: string,
    bypassCache: boolean,
    signal: AbortSignal,
  ): Promise<GatewayAnswer> {
    const { client, cache, signatureVersion } = this.options;
    const result: UpstreamResult = await client.send(
      {
        sign: () =>
          signRequest({
            action: call.action,
            version: API_ACTIONS[call.action].service.version,
            params: call.params,
            endpoint,
            credentials: creds,
            signatureVersion,
            now: this.now(),
            nonce: this.nonce(),
          }),
        host: endpoint.host,
        accessKeyId: creds.accessKeyId,
        account,
        regionId: call.regionId,
        action: call.action,
        statusKey: call.key,
        ...(bypassCache || !cache ? {} : { recheck: () => cache.get(key) }),
        waiters: () => this.flights.waiters(key),
      },
      signal,
    );
    const answerStatus: AnswerStatus = {
      attempts: result.attempts,
      queuedMs: result.queuedMs,
      shared: false,
      pacing: await client.pacingState(
        { accessKeyId: creds.accessKeyId, account },
        call.regionId,
        call.action,
      ),
    };
    const common = {
      cache: (bypassCache ? 'bypass' : 'miss') as CacheStatus,
      upstreamMs: result.upstreamMs,
      answerStatus,
    };
    switch (result.kind) {
      case 'aborted':
        return ABORTED;
      case 'cached':
        return { status: 200, body: result.body, ...common, cache: 'hit' };
      case 'failed':
        return {
          ...proxyErrorAnswer(result.error, endpoint.host),
          ...common,
          ...(result.retryAfterMs !== undefined
            ? { retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) }
            : {}),
        };
      case 'answer':
        if (result.status === 200) {
          await cache?.set(key, result.body);
          return { status: 200, body: result.body, ...common };
        }
        return {
          status: result.status,
          body: maskCredentialEchoes(result.body, creds),
          ...common,
          ...(result.code ? { code: result.code } : {}),
        };
    }
  }
}
