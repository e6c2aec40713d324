// One RPC call from request to answer, in the gateway's order (docs/signing-and-credentials.md
// §6.9): the action and its product's version (ECS 2014-05-26, or STS 2015-04-01 for AssumeRole),
// then the signature, then throttling, the response format, and the action itself (parameters,
// then DryRun). Errors are the ECS envelope (§6.10) in the format the
// call asked for: V2 calls with Format=XML get `<Error>…</Error>`, as the service answers them.

import { ECS_SERVICE, type ApiService } from '../ecs/api-action';
import { apiErrors, errorBody, type ApiError } from '../ecs/api-errors';
import type { WireEntry } from '../ecs/repeated-params';
import { STS_SERVICE } from '../ecs/sts-assume-role';
import type { Catalog } from './catalog';
import { actionNamed, type ActionContext, type ActionResult } from './ecs-actions';
import type { Identities } from './identities';
import type { NonceCache } from './nonce-cache';
import { lastValue, requestParams, type RpcRequest } from './rpc-request';
import { stsActionNamed, type StsActionContext } from './sts-actions';
import { claimedAccessKeyId, verifySignature } from './verify-signature';
import { accountOf } from './world-accounts';
import { toXml } from './xml';

export const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';
export const XML_CONTENT_TYPE = 'text/xml;charset=utf-8';

export interface RpcDeps {
  catalog: Catalog;
  /** Credentials, roles and the temporary credentials STS issued. */
  identities: Identities;
  strictSignatures: boolean;
  nonces: NonceCache;
  /** The throttling error when the AccessKey is over its rate, else undefined. */
  throttle: (accessKeyId: string) => ApiError | undefined;
}

export interface RpcContext {
  requestId: string;
  nowMs: number;
}

export interface RpcAnswer {
  status: number;
  contentType: string;
  body: string;
  action?: string;
  accessKeyId?: string;
  /** The error code, when the answer is an error. */
  code?: string;
}

export type ResponseFormat = 'json' | 'xml';

export function errorAnswer(
  error: ApiError,
  requestId: string,
  hostId: string,
  format: ResponseFormat = 'json',
  product?: string,
): RpcAnswer {
  const body = errorBody(error, { requestId, hostId, ...(product ? { product } : {}) });
  return {
    status: error.status,
    contentType: format === 'xml' ? XML_CONTENT_TYPE : JSON_CONTENT_TYPE,
    body: format === 'xml' ? toXml('Error', body) : JSON.stringify(body),
    code: error.code,
  };
}

/**
 * V3 is always answered in JSON. V2 follows `Format`, compared case-insensitively (pop-core sends
 * `JSON`, openapi-core `json`); when it is absent we follow the documented default, XML
 * (docs/ecs-api-notes.md §2.4), although JSON would be more practical: every official client sends
 * Format. undefined: a Format the service does not know.
 */
function responseFormat(request: RpcRequest): ResponseFormat | undefined {
  if (request.style === 'v3') return 'json';
  const format = lastValue(requestParams(request), 'Format');
  if (format === undefined) return 'xml';
  const lower = format.toLowerCase();
  return lower === 'json' || lower === 'xml' ? lower : undefined;
}

/** An action of either product, with what it needs to run. */
interface RpcAction {
  service: ApiService;
  run: (entries: readonly WireEntry[], ctx: ActionContext & StsActionContext) => ActionResult<object>;
}

function rpcActionNamed(name: string): RpcAction | undefined {
  const ecs = actionNamed(name);
  if (ecs) return { service: ECS_SERVICE, run: ecs };
  const sts = stsActionNamed(name);
  return sts && { service: STS_SERVICE, run: sts };
}

export function answerRpc(request: RpcRequest, deps: RpcDeps, ctx: RpcContext): RpcAnswer {
  const hostId = request.headers.host ?? '';
  const format = responseFormat(request);
  // Every error, from the first check on, comes in the format asked for; JSON when that is unknown.
  const action = request.action === undefined ? undefined : rpcActionNamed(request.action);
  const fail = (error: ApiError, extra: Partial<RpcAnswer> = {}) => ({
    ...errorAnswer(error, ctx.requestId, hostId, format, action?.service.product),
    ...extra,
  });
  const v3 = request.style === 'v3';

  if (!request.action) return fail(apiErrors.missingParameter(v3 ? 'x-acs-action' : 'Action'));
  if (!action) return fail(apiErrors.actionNotFound(), { action: request.action });
  const known = { action: request.action };
  if (!request.version) return fail(apiErrors.missingParameter(v3 ? 'x-acs-version' : 'Version'), known);
  if (request.version !== action.service.version)
    return fail(apiErrors.invalidVersion(v3 ? 'x-acs-version' : 'Version'), known);

  let accessKeyId: string;
  if (deps.strictSignatures) {
    const verified = verifySignature(request, {
      credentials: deps.identities,
      nowMs: ctx.nowMs,
      nonces: deps.nonces,
    });
    if (!verified.ok) return fail(verified.error, known);
    accessKeyId = verified.value;
  } else {
    accessKeyId = claimedAccessKeyId(request) ?? 'anonymous';
  }
  const caller = { ...known, accessKeyId };

  const throttled = deps.throttle(accessKeyId);
  if (throttled) return fail(throttled, caller);
  if (!format) return fail(apiErrors.invalidFormat(), caller);

  // Without signature checks the claimed AccessKey still picks the account, when it is one we know.
  const account = accountOf(deps.identities.get(accessKeyId));
  const result = action.run(requestParams(request), {
    catalog: deps.catalog,
    identities: deps.identities,
    account,
    requestId: ctx.requestId,
    nowMs: ctx.nowMs,
  });
  if (!result.ok) return fail(result.error, caller);
  return {
    status: 200,
    contentType: format === 'xml' ? XML_CONTENT_TYPE : JSON_CONTENT_TYPE,
    body: format === 'xml' ? toXml(`${request.action}Response`, result.value) : JSON.stringify(result.value),
    ...caller,
  };
}
