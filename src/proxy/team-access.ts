// Who is asking, and what they may see, in a team's deployment behind an SSO proxy (oauth2-proxy):
// with `--trust-forwarded-identity CIDR`, the user and their groups come from the headers that
// proxy sets (X-Forwarded-Email, X-Forwarded-Groups) — on connections from those addresses only;
// from anywhere else the headers mean nothing. Access rules map groups to the accounts and regions
// they may see; the server refuses every call outside them before anything is signed. Pure.
//
// The rules are the `access` section of a JSON file (`--access FILE`):
//   { "access": [ { "groups": ["platform"], "regions": "*" },
//                 { "groups": ["contractors"], "regions": ["cn-hangzhou"], "accounts": ["staging"] } ] }
// A rule's accounts are names from the accounts file (`--accounts`); without one, a rule names none.

import { BlockList, isIP } from 'node:net';
import { isCleanText } from '../ecs/api-params';
import type { SignedInUser } from '../ecs/proxy-api';
import { isWellFormedRegionId } from '../ecs/regions';
import { failure, success, type Result } from '../ecs/result';

export const IDENTITY_HEADERS = { email: 'x-forwarded-email', groups: 'x-forwarded-groups' } as const;

/** Addresses whose connections carry an identity: a list of CIDRs (or single addresses). */
export interface TrustedAddresses {
  text: string;
  list: BlockList;
}

/** `10.0.0.5/32,fd00::/8` → the addresses; undefined and a message when any part is not a CIDR. */
export function parseTrustedAddresses(text: string): Result<TrustedAddresses, string> {
  const list = new BlockList();
  for (const part of text.split(',').map((p) => p.trim())) {
    const [address = '', bits] = part.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (family === 0 || !(prefix >= 0 && prefix <= max))
      return failure(`"${part}" is not an address or CIDR such as 10.0.0.5/32 or 172.28.0.0/24`);
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return success({ text, list });
}

/** Whether a connection's own address (never a forwarded one) is trusted to name its user. */
export function isTrustedAddress(trusted: TrustedAddresses, address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  const family = isIP(v4);
  return family !== 0 && trusted.list.check(v4, family === 4 ? 'ipv4' : 'ipv6');
}

const MAX_HEADER = 4_096;
const MAX_GROUPS = 200;

export interface ForwardedIdentity {
  email: string;
  groups: string[];
}

/**
 * The user the SSO proxy names; undefined when it names none or sends something it never would
 * (control characters, an oversized header): a request without a usable identity is refused.
 */
export function identityFromHeaders(
  email: string | undefined,
  groups: string | undefined,
): ForwardedIdentity | undefined {
  const clean = (text: string) => text.length <= MAX_HEADER && isCleanText(text);
  const user = email?.trim();
  if (!user || user.length > 254 || !clean(user)) return undefined;
  if (groups !== undefined && !clean(groups)) return undefined;
  const list = (groups ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean)
    .slice(0, MAX_GROUPS);
  return { email: user, groups: [...new Set(list)] };
}

/** `"*"`: any; else the listed names. */
export type Scope = '*' | readonly string[];

export interface AccessRule {
  groups: readonly string[];
  regions: Scope;
  accounts: Scope;
}

export type AccessRules = readonly AccessRule[];

/** What one user may see: null means everything of that kind. */
export interface Grant {
  regions: string[] | null;
  accounts: string[] | null;
}

/** The union of the rules that name one of the user's groups; nothing when none does. */
export function grantFor(rules: AccessRules, groups: readonly string[]): Grant {
  const mine = rules.filter((rule) => rule.groups.some((g) => g === '*' || groups.includes(g)));
  const union = (pick: (rule: AccessRule) => Scope): string[] | null => {
    if (mine.some((rule) => pick(rule) === '*')) return null;
    return [...new Set(mine.flatMap((rule) => pick(rule) as readonly string[]))];
  };
  return { regions: union((r) => r.regions), accounts: union((r) => r.accounts) };
}

export type Refusal = { kind: 'region'; regionId: string } | { kind: 'account'; account: string };

/**
 * Whether a grant covers a call: its region, and its account (undefined for a deployment of one
 * account, which every rule covers). DescribeRegions lists the regions, not what is in them: any
 * user who may see some region may ask it (the page then offers only their regions).
 */
export function checkCall(
  grant: Grant,
  call: { action: string; regionId: string; account: string | undefined },
): Refusal | undefined {
  if (call.account !== undefined && grant.accounts !== null && !grant.accounts.includes(call.account))
    return { kind: 'account', account: call.account };
  if (call.action === 'DescribeRegions' && grant.regions?.length !== 0) return undefined;
  if (grant.regions !== null && !grant.regions.includes(call.regionId))
    return { kind: 'region', regionId: call.regionId };
  return undefined;
}

/** The session's view of a user: who, and what they may see. */
export function signedInUser(identity: ForwardedIdentity, grant: Grant): SignedInUser {
  return { email: identity.email, groups: identity.groups, regions: grant.regions, accounts: grant.accounts };
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@:/+=-]{0,255}$/;

/** The `access` section of a rules file; every problem named by its place. */
export function parseAccessRules(value: unknown): Result<AccessRules, string[]> {
  const problems: string[] = [];
  const file = value as { access?: unknown } | null;
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    return failure(['the file must be a JSON object with an "access" list']);
  const unknown = Object.keys(file).filter((k) => k !== 'access');
  if (unknown.length) problems.push(`unknown section ${unknown.map((k) => `"${k}"`).join(', ')}`);
  if (!Array.isArray(file.access)) return failure([...problems, '"access" must be a list of rules']);
  const rules: AccessRule[] = [];
  file.access.forEach((entry: unknown, i) => {
    const at = `access[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} must be an object with "groups" and "regions" or "accounts"`);
      return;
    }
    const rule = entry as Record<string, unknown>;
    for (const key of Object.keys(rule))
      if (!['groups', 'regions', 'accounts'].includes(key)) problems.push(`${at}: unknown field "${key}"`);
    const names = (key: string, valid: (s: string) => boolean, what: string): Scope | undefined => {
      const v = rule[key];
      if (v === undefined) return key === 'groups' ? undefined : [];
      if (v === '*' && key !== 'groups') return '*';
      if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string' && valid(s))) {
        problems.push(`${at}.${key} must be ${key === 'groups' ? '' : '"*" or '}a non-empty list of ${what}`);
        return undefined;
      }
      return v as string[];
    };
    const groups = names('groups', (s) => s === '*' || NAME.test(s), 'group names ("*": any signed-in user)');
    if (rule.groups === undefined) problems.push(`${at} needs "groups"`);
    const regions = names('regions', isWellFormedRegionId, 'region IDs such as cn-hangzhou');
    const accounts = names('accounts', (s) => NAME.test(s), 'account names');
    if (rule.regions === undefined && rule.accounts === undefined)
      problems.push(`${at} must give "regions", "accounts" or both`);
    if (groups && regions && accounts)
      rules.push({
        groups: groups as string[],
        // A rule that names only accounts allows every region of them, and the other way round.
        regions: rule.regions === undefined ? '*' : regions,
        accounts: rule.accounts === undefined ? '*' : accounts,
      });
  });
  return problems.length ? failure(problems) : success(rules);
}
