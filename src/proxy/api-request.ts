// What the browser may ask for, checked before anything is signed: the action allowlist (the
// registry's read-only actions, src/ecs/api-actions.ts), a bounded query, only the action's own
// parameters, each at most once, one region (and one owner) per call, the account of the accounts
// file it is made as (`account`, required when there is a file and refused when there is none), then the action's shared
// validation (src/ecs/api-action.ts, the same code the browser and the emulator run). The call is
// rebuilt from the validated request, so nothing the client sent goes upstream unexamined. Pure.

import {
  canonicalRequestKey,
  isActionParam,
  toWireParams,
  validateRequest,
  type ApiAction,
} from '../ecs/api-action';
import { API_ACTION_NAMES, API_ACTIONS, apiActionNamed, type ApiActionName } from '../ecs/api-actions';
import type { ApiError } from '../ecs/api-errors';
import { ACCOUNT_PARAM } from '../ecs/proxy-api';
import { proxyErrors } from '../ecs/proxy-errors';
import { failure, success, type Result } from '../ecs/result';
import type { WireEntry } from '../ecs/repeated-params';

/** Every action the proxy forwards: the registry's, all of them read-only Describe calls. */
export const ALLOWED_ACTIONS: readonly ApiActionName[] = API_ACTION_NAMES;
export type AllowedAction = ApiActionName;

export function isAllowedAction(action: string): action is AllowedAction {
  return apiActionNamed(action) !== undefined;
}

export const MAX_QUERY_BYTES = 8 * 1024;

/** One validated call, ready to sign. */
export interface UpstreamCall {
  action: AllowedAction;
  /** Validated; the only client input that chooses the endpoint. */
  regionId: string;
  /** Wire parameters, rebuilt from the validated request. */
  params: Record<string, string>;
  /** Equal for equal requests, whatever order or aliases the client used. */
  key: string;
  /** The account of the accounts file the call is made as; absent without a file. */
  account?: string;
}

/**
 * An action whose RegionId is optional (DescribeRegions) still goes to one region's endpoint: the
 * default one, unless the client names another.
 */
function withEndpointRegion(model: ApiAction, entries: WireEntry[], defaultRegion: string): WireEntry[] {
  const spec = model.paramByName.get('RegionId');
  if (!spec || spec.required || entries.some(([name, value]) => name === 'RegionId' && value !== ''))
    return entries;
  return [['RegionId', defaultRegion], ...entries.filter(([name]) => name !== 'RegionId')];
}

/**
 * The account a call names, checked against the accounts file's names (`accounts`; empty without
 * a file), and the query without it.
 */
function takeAccount(
  entries: WireEntry[],
  accounts: readonly string[],
): Result<{ account: string | undefined; rest: WireEntry[] }, ApiError> {
  const named = entries.filter(([name]) => name === ACCOUNT_PARAM);
  const rest = entries.filter(([name]) => name !== ACCOUNT_PARAM);
  if (named.length > 1) return failure(proxyErrors.duplicateParameter(ACCOUNT_PARAM));
  const account = named[0]?.[1];
  if (accounts.length === 0)
    return account === undefined ? success({ account, rest }) : failure(proxyErrors.accountsNotConfigured());
  if (account === undefined || account === '') return failure(proxyErrors.accountRequired(accounts));
  if (!accounts.includes(account)) return failure(proxyErrors.unknownAccount(account, accounts));
  return success({ account, rest });
}

export function parseApiCall(
  action: AllowedAction,
  rawQuery: string,
  defaultRegion: string,
  accounts: readonly string[] = [],
): Result<UpstreamCall, ApiError> {
  const bytes = Buffer.byteLength(rawQuery);
  if (bytes > MAX_QUERY_BYTES) return failure(proxyErrors.queryTooLong(bytes, MAX_QUERY_BYTES));
  const model: ApiAction = API_ACTIONS[action];
  const taken = takeAccount([...new URLSearchParams(rawQuery)], accounts);
  if (!taken.ok) return taken;
  const { account, rest: entries } = taken.value;
  const seen = new Set<string>();
  for (const [name, value] of entries) {
    if (!isActionParam(model, name)) return failure(proxyErrors.unknownParameter(name, action));
    if (seen.has(name)) return failure(proxyErrors.duplicateParameter(name));
    seen.add(name);
    // People often want several regions or owners; the page fans out, one call per value.
    if (model.paramByName.get(name)?.oneValuePerCall && value.includes(','))
      return failure(proxyErrors.oneValuePerCall(name));
  }
  const validated = validateRequest(model, withEndpointRegion(model, entries, defaultRegion));
  if (!validated.ok) return validated;
  const request = validated.value.request as { RegionId: string };
  return success({
    action,
    regionId: request.RegionId,
    params: toWireParams(model, request),
    key: `${action}?${canonicalRequestKey(model, request)}`,
    ...(account !== undefined ? { account } : {}),
  });
}
