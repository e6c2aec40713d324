// The proxy's STS client: AssumeRole (src/ecs/sts-assume-role.ts) with the base credentials,
// signed by the proxy's own signer (V3 or V2, as --signature says) and sent through the upstream
// client, so it has the same time budget, retries, pacing, size cap and JSON check as every ECS
// call. Not @alicloud/credentials' RAMRoleARN provider: that one always uses https (the emulator
// is plain http on loopback), reads the wall clock (its 15-minute refresh window cannot be tested
// without waiting, and it refuses the shortest sessions' refresh to be tested), signs V2 only, and
// quotes whole answer bodies in its errors.

import { randomUUID } from 'node:crypto';
import { isEcsErrorBody } from '../ecs/api-errors';
import { toWireParams } from '../ecs/api-action';
import { failure, success, type Result } from '../ecs/result';
import {
  ASSUME_ROLE,
  STS_CENTRAL_ENDPOINT,
  STS_SERVICE,
  type AssumeRoleRequest,
} from '../ecs/sts-assume-role';
import { maskCredentialEchoes } from './ecs-gateway';
import type { ResolvedCredentials } from './credentials';
import { signRequest, type Endpoint, type SignatureVersion, type SigningCredentials } from './signer';
import type { UpstreamClient } from './upstream-client';

/** Temporary credentials, and when they stop working. */
export interface TemporaryCredentials extends Required<SigningCredentials> {
  issuedAtMs: number;
  expiresAtMs: number;
}

export interface StsClientOptions {
  client: UpstreamClient;
  endpoint: Endpoint;
  signatureVersion: SignatureVersion;
  now?: () => number;
  nonce?: () => string;
}

/** `sts.aliyuncs.com`, or `sts.<region>.aliyuncs.com`. */
export function stsEndpointFor(regionId: string | undefined): Endpoint {
  return { protocol: 'https:', host: regionId ? `sts.${regionId}.aliyuncs.com` : STS_CENTRAL_ENDPOINT };
}

export type AssumeRole = (
  base: ResolvedCredentials,
  request: AssumeRoleRequest,
) => Promise<Result<TemporaryCredentials, string>>;

/** Asks STS for a role's temporary credentials; a refusal comes back as words that name the role. */
export function stsClient(options: StsClientOptions): AssumeRole {
  const now = options.now ?? Date.now;
  const nonce = options.nonce ?? (() => randomUUID());
  const { endpoint } = options;
  return async (base, request) => {
    const params = toWireParams(ASSUME_ROLE, request);
    const issuedAtMs = now();
    const result = await options.client.send(
      {
        sign: () =>
          signRequest({
            action: ASSUME_ROLE.name,
            version: STS_SERVICE.version,
            params,
            endpoint,
            credentials: base,
            signatureVersion: options.signatureVersion,
            now: new Date(now()),
            nonce: nonce(),
          }),
        host: endpoint.host,
        action: ASSUME_ROLE.name,
        accessKeyId: base.accessKeyId,
        regionId: endpoint.host,
        statusKey: `AssumeRole?RoleArn=${request.RoleArn}`,
      },
      new AbortController().signal,
    );
    const refused = `AssumeRole of ${request.RoleArn} was refused`;
    switch (result.kind) {
      case 'failed':
        return failure(`AssumeRole of ${request.RoleArn} failed: ${result.error.message}`);
      case 'aborted':
      case 'cached':
        return failure(`AssumeRole of ${request.RoleArn} did not finish`);
      case 'answer': {
        let body: unknown;
        try {
          body = JSON.parse(maskCredentialEchoes(result.body, base).toString('utf8'));
        } catch {
          body = undefined;
        }
        if (result.status !== 200) {
          if (!isEcsErrorBody(body)) return failure(`${refused} (HTTP ${result.status})`);
          const requestId = body.RequestId ? ` (RequestId ${body.RequestId})` : '';
          return failure(`${refused}: ${body.Code}: ${body.Message}${requestId}`);
        }
        const { Credentials } = ASSUME_ROLE.normalizeResponse(body);
        const expiresAtMs = Date.parse(Credentials.Expiration);
        if (!Credentials.AccessKeyId || !Credentials.AccessKeySecret || !Credentials.SecurityToken)
          return failure(`AssumeRole of ${request.RoleArn} answered without credentials`);
        return success({
          accessKeyId: Credentials.AccessKeyId,
          accessKeySecret: Credentials.AccessKeySecret,
          securityToken: Credentials.SecurityToken,
          issuedAtMs,
          // An Expiration that cannot be read: the duration asked for.
          expiresAtMs: Number.isNaN(expiresAtMs)
            ? issuedAtMs + (request.DurationSeconds ?? 3600) * 1000
            : expiresAtMs,
        });
      }
    }
  };
}
