// AssumeRole of STS (Security Token Service, API 2015-04-01 — another product and version than the
// ECS actions): temporary credentials for a RAM role, the Resource Directory way of reading member
// accounts (docs/ecs-api-notes.md §17). Parameters, answer types and reader from the STS SDK model
// (@alicloud/sts20150401 AssumeRoleRequest/ResponseBody) and the STS error table. Not in the
// proxy's browser allowlist (api-actions.ts): the proxy calls it itself, with its base credentials,
// and the emulator serves it.

import { defineAction, type ApiAction, type ApiService } from './api-action';
import type { ApiError } from './api-errors';
import { asObject, text } from './lenient-json';

export const STS_SERVICE: ApiService = { product: 'Sts', version: '2015-04-01' };

/** The central STS endpoint; regional ones are `sts.<region>.aliyuncs.com`. */
export const STS_CENTRAL_ENDPOINT = 'sts.aliyuncs.com';

/** A session lasts 15 minutes at least and the role's MaxSessionDuration at most (up to 12 hours). */
export const MIN_SESSION_SECONDS = 900;
export const MAX_SESSION_SECONDS = 43_200;
export const DEFAULT_SESSION_SECONDS = 3_600;

/** `acs:ram::<account ID>:role/<role name>`; RAM role names are 1 to 64 of letters, digits, `.` and `-`. */
export const ROLE_ARN_PATTERN = /^acs:ram::(\d{1,20}):role\/([A-Za-z0-9.-]{1,64})$/;
/** 2 to 64 of letters, digits and `. @ - _` (the SDK model). */
export const ROLE_SESSION_NAME_PATTERN = /^[\w.@-]{2,64}$/;

/** The account ID and role name of a role ARN, or undefined when the text is not one. */
export function parseRoleArn(arn: string): { accountId: string; roleName: string } | undefined {
  const m = ROLE_ARN_PATTERN.exec(arn);
  return m ? { accountId: m[1]!, roleName: m[2]! } : undefined;
}

export interface AssumeRoleRequest {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  Policy?: string;
  ExternalId?: string;
}

export interface AssumeRoleResponse {
  RequestId: string;
  Credentials: {
    AccessKeyId: string;
    AccessKeySecret: string;
    SecurityToken: string;
    /** When the credentials stop working, `yyyy-MM-ddTHH:mm:ssZ` (UTC). */
    Expiration: string;
  };
  AssumedRoleUser: {
    /** `acs:ram::<account>:role/<role>/<session name>` */
    Arn: string;
    /** `<role ID>:<session name>` */
    AssumedRoleId: string;
  };
}

const error = (status: number, code: string, message: string, parameter?: string): ApiError =>
  parameter === undefined ? { status, code, message } : { status, code, message, parameter };

/** STS's own errors (docs/ecs-api-notes.md §17; wordings as STS answers them, uncertain where marked). */
export const stsErrors = {
  invalidRoleArn: () =>
    // Code from the STS table; wording ours (uncertain).
    error(400, 'InvalidParameter.RoleArn', 'The parameter RoleArn is wrongly formed.', 'RoleArn'),
  invalidSessionName: () =>
    error(
      400,
      'InvalidParameter.RoleSessionName',
      'The parameter RoleSessionName is wrongly formed.',
      'RoleSessionName',
    ),
  invalidDuration: (maxSeconds: number) =>
    error(
      400,
      'InvalidParameter.DurationSeconds',
      `The Min/Max value of DurationSeconds is 15min/${maxSeconds / 3600}hr.`,
      'DurationSeconds',
    ),
  invalidPolicy: () =>
    error(
      400,
      'InvalidParameter.PolicyGrammar',
      'The parameter Policy has not passed grammar check.',
      'Policy',
    ),
  invalidExternalId: () =>
    error(400, 'InvalidParameter.ExternalId', 'The parameter ExternalId is wrongly formed.', 'ExternalId'),
  roleNotFound: (arn: string) => error(404, 'EntityNotExist.Role', `The role not exists: ${arn}.`),
  notTrusted: () =>
    error(403, 'NoPermission', 'You are not authorized to do this action. You should be authorized by RAM.'),
} as const;

/** A policy document is a JSON object; anything else fails the grammar check. */
function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Reads an AssumeRole answer leniently; absent fields become "". */
export function normalizeAssumeRoleResponse(raw: unknown): AssumeRoleResponse {
  const o = asObject(raw);
  const credentials = asObject(o.Credentials);
  const user = asObject(o.AssumedRoleUser);
  return {
    RequestId: text(o.RequestId),
    Credentials: {
      AccessKeyId: text(credentials.AccessKeyId),
      AccessKeySecret: text(credentials.AccessKeySecret),
      SecurityToken: text(credentials.SecurityToken),
      Expiration: text(credentials.Expiration),
    },
    AssumedRoleUser: { Arn: text(user.Arn), AssumedRoleId: text(user.AssumedRoleId) },
  };
}

export const ASSUME_ROLE: ApiAction<AssumeRoleRequest, AssumeRoleResponse> = defineAction({
  name: 'AssumeRole',
  service: STS_SERVICE,
  params: [
    {
      name: 'RoleArn',
      kind: 'string',
      pattern: ROLE_ARN_PATTERN,
      maxLength: 128,
      example: 'a role ARN such as acs:ram::1234567890123456:role/image-browser-readonly',
      required: true,
      label: 'Role ARN',
      help: 'The RAM role to assume: acs:ram::<account ID>:role/<role name>.',
      invalid: () => stsErrors.invalidRoleArn(),
    },
    {
      name: 'RoleSessionName',
      kind: 'string',
      pattern: ROLE_SESSION_NAME_PATTERN,
      maxLength: 64,
      example: '2 to 64 letters, digits and . @ - _',
      required: true,
      label: 'Session name',
      help: 'Names the session in ActionTrail, so the calls can be told apart.',
      invalid: () => stsErrors.invalidSessionName(),
    },
    {
      name: 'DurationSeconds',
      kind: 'integer',
      min: MIN_SESSION_SECONDS,
      max: MAX_SESSION_SECONDS,
      default: DEFAULT_SESSION_SECONDS,
      label: 'Duration',
      help: 'How long the credentials last, in seconds: 900 to the role’s MaxSessionDuration.',
      invalid: () => stsErrors.invalidDuration(MAX_SESSION_SECONDS),
    },
    {
      name: 'Policy',
      kind: 'string',
      maxLength: 2048,
      label: 'Policy',
      help: 'A policy that narrows the role’s permissions for this session.',
      invalid: () => stsErrors.invalidPolicy(),
    },
    {
      name: 'ExternalId',
      kind: 'string',
      pattern: /^[\w+=,.@:/-]{2,1224}$/,
      maxLength: 1224,
      label: 'External ID',
      help: 'The external ID the role’s trust policy asks for (confused-deputy protection).',
      invalid: () => stsErrors.invalidExternalId(),
    },
  ],
  checkCombination: (request) =>
    request.Policy && !isJsonObject(request.Policy) ? stsErrors.invalidPolicy() : undefined,
  normalizeResponse: normalizeAssumeRoleResponse,
});

/** The STS actions the project knows: the emulator serves them; only the proxy calls them. */
export const STS_ACTIONS = { AssumeRole: ASSUME_ROLE } as const satisfies Record<string, ApiAction>;
