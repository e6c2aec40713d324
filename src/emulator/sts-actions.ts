// The STS actions the emulator serves (API 2015-04-01, src/ecs/sts-assume-role.ts): AssumeRole, as
// the account the caller's credential belongs to. The role must exist (EntityNotExist.Role), its
// trust policy must name the caller's account (NoPermission), and the duration must fit the role's
// MaxSessionDuration; then new temporary credentials act as the role's account until they expire
// (docs/ecs-api-notes.md §17).

import { validateRequest, type WireParams } from '../ecs/api-action';
import type { WireEntry } from '../ecs/repeated-params';
import { failure, success } from '../ecs/result';
import {
  DEFAULT_SESSION_SECONDS,
  STS_ACTIONS,
  stsErrors,
  type AssumeRoleRequest,
  type AssumeRoleResponse,
} from '../ecs/sts-assume-role';
import { formatTimestamp } from '../node/signature';
import type { ActionResult } from './ecs-actions';
import type { Identities } from './identities';
import type { EmulatorAccount } from './world-accounts';

export interface StsActionContext {
  identities: Identities;
  /** The account the caller's credential belongs to. */
  account: EmulatorAccount;
  requestId: string;
  nowMs: number;
}

export function assumeRole(
  request: AssumeRoleRequest,
  ctx: StsActionContext,
): ActionResult<AssumeRoleResponse> {
  const role = ctx.identities.role(request.RoleArn);
  if (!role) return failure(stsErrors.roleNotFound(request.RoleArn));
  if (!role.trustedAccountIds.includes(ctx.account.id)) return failure(stsErrors.notTrusted());
  const seconds = request.DurationSeconds ?? DEFAULT_SESSION_SECONDS;
  if (seconds > role.maxSessionSeconds) return failure(stsErrors.invalidDuration(role.maxSessionSeconds));
  const issued = ctx.identities.issue(role, ctx.nowMs, seconds);
  return success({
    RequestId: ctx.requestId,
    Credentials: {
      AccessKeyId: issued.accessKeyId,
      AccessKeySecret: issued.accessKeySecret,
      SecurityToken: issued.securityToken,
      Expiration: formatTimestamp(new Date(issued.expiresAtMs)),
    },
    AssumedRoleUser: {
      Arn: `${role.arn}/${request.RoleSessionName}`,
      AssumedRoleId: `${role.roleId}:${request.RoleSessionName}`,
    },
  });
}

export type StsAction = (
  entries: readonly WireEntry[] | WireParams,
  ctx: StsActionContext,
) => ActionResult<object>;

/** The STS action of that name, or undefined. */
export function stsActionNamed(name: string): StsAction | undefined {
  if (name !== 'AssumeRole') return undefined;
  return (entries, ctx) => {
    const validated = validateRequest(STS_ACTIONS.AssumeRole, entries);
    return validated.ok ? assumeRole(validated.value.request, ctx) : validated;
  };
}
