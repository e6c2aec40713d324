// The Alibaba Cloud accounts the emulator hosts. A request acts as the account its AccessKey
// belongs to (EmulatorCredential.accountId; the default account when a credential names none), so
// with one credential everything is "your" account, as before. The other accounts own the images
// that are shared with you, publish community images, and can be called as themselves by giving a
// credential their ID (an STS credential for a role in that account would name the same ID).
//
// Account IDs are fixed (derived from the names, not the catalog seed), so a test or an accounts
// file can name them; the seed changes what the accounts hold, not who they are.

import { COMMUNITY_SUPPLIERS } from './catalog-data';
import { hashString } from './prng';

export type AccountRole = 'you' | 'team' | 'publisher';

export interface EmulatorAccount {
  /** The 16-digit account ID as decimal text (as AliyunId and credentials carry it). */
  readonly id: string;
  /** The same ID as a number (ImageOwnerId): below 2^53, so exact in JSON. */
  readonly idNumber: number;
  readonly name: string;
  /**
   * you: the default account. team: accounts that share images with others (a platform team, a
   * vendor). publisher: accounts that publish community images, under their SupplierName.
   */
  readonly role: AccountRole;
  readonly supplierName: string;
}

/** 16 digits from a name: 10^15 ≤ id < 9·10^15 < 2^53. */
function accountIdOf(name: string): number {
  const high = hashString(name, 0x16) % 2_000_000; // < 2^21
  const low = hashString(name, 0x61); // < 2^32
  return 1_000_000_000_000_000 + ((high * 4_294_967_296 + low) % 8_000_000_000_000_000);
}

function account(name: string, role: AccountRole, supplierName = ''): EmulatorAccount {
  const idNumber = accountIdOf(name);
  return { id: String(idNumber), idNumber, name, role, supplierName };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const DEFAULT_ACCOUNT: EmulatorAccount = account('you', 'you');

/** Every hosted account: yours first, then the sharing teams, then the community publishers. */
export const EMULATOR_ACCOUNTS: readonly EmulatorAccount[] = [
  DEFAULT_ACCOUNT,
  ...['platform-team', 'security-baseline', 'data-platform', 'partner-vendor'].map((name) =>
    account(name, 'team'),
  ),
  ...COMMUNITY_SUPPLIERS.map((supplier) => account(slug(supplier), 'publisher', supplier)),
];

const BY_ID = new Map(EMULATOR_ACCOUNTS.map((a) => [a.id, a]));

/** The hosted account with this ID (decimal text), or undefined. */
export function accountWithId(id: string): EmulatorAccount | undefined {
  return BY_ID.get(id);
}

/** The hosted account with this name, or undefined. */
export function accountNamed(name: string): EmulatorAccount | undefined {
  return EMULATOR_ACCOUNTS.find((a) => a.name === name);
}

/** The account a credential acts as: the one it names, else yours. */
export function accountOf(credential: { accountId?: string } | undefined): EmulatorAccount {
  return (credential?.accountId !== undefined && accountWithId(credential.accountId)) || DEFAULT_ACCOUNT;
}

// ---- RAM roles, for STS AssumeRole ------------------------------------------------------------

/** A RAM role an account has: who may assume it, and for how long at most. */
export interface EmulatorRole {
  readonly accountId: string;
  /** As created; ARNs carry it in lower case, and it is matched in any case. */
  readonly name: string;
  /** `acs:ram::<account ID>:role/<name in lower case>` */
  readonly arn: string;
  /** 19 digits, as RAM gives a role (the part of AssumedRoleId before the colon). */
  readonly roleId: string;
  /** The accounts whose RAM users and roles the trust policy names. */
  readonly trustedAccountIds: readonly string[];
  readonly maxSessionSeconds: number;
}

export interface RoleSpec {
  /** The account that has the role: a hosted account's name or ID. */
  account: string;
  name: string;
  /** Accounts allowed to assume it (names or IDs); default: the account itself. */
  trust?: readonly string[];
  /** 900 to 43200; default 3600. */
  maxSessionSeconds?: number;
}

/** The read-only role the Resource Directory pattern puts in each member account (README example). */
export const READ_ONLY_ROLE_NAME = 'image-browser-readonly';

/** The hosted account with this name or ID, or undefined. */
export function hostedAccount(nameOrId: string): EmulatorAccount | undefined {
  return accountWithId(nameOrId) ?? accountNamed(nameOrId);
}

export function roleArn(accountId: string, name: string): string {
  return `acs:ram::${accountId}:role/${name.toLowerCase()}`;
}

/** A role from its spec; throws with a message naming what is wrong (the spec is the caller's input). */
export function defineRole(spec: RoleSpec): EmulatorRole {
  const owner = hostedAccount(spec.account);
  if (!owner)
    throw new Error(
      `the role ${spec.name} names the account ${spec.account}, which the emulator does not host`,
    );
  const trustedAccountIds = (spec.trust ?? [owner.id]).map((who) => {
    const trusted = hostedAccount(who);
    if (!trusted)
      throw new Error(`the role ${spec.name} trusts the account ${who}, which the emulator does not host`);
    return trusted.id;
  });
  const roleIdNumber = hashString(`${owner.id}/${spec.name.toLowerCase()}`, 0x5e) % 1_000_000_000;
  return {
    accountId: owner.id,
    name: spec.name,
    arn: roleArn(owner.id, spec.name),
    roleId: `3${String(roleIdNumber).padStart(9, '0')}${owner.id.slice(-9)}`,
    trustedAccountIds,
    maxSessionSeconds: spec.maxSessionSeconds ?? 3_600,
  };
}

/**
 * The roles every emulator has: the read-only role in your account and in each team account,
 * trusted by you (the management account of a Resource Directory), and one in the partner
 * vendor's account that trusts only the vendor, so assuming it from your account is refused.
 */
export const WORLD_ROLES: readonly EmulatorRole[] = [
  ...EMULATOR_ACCOUNTS.filter((a) => a.role !== 'publisher' && a.name !== 'partner-vendor').map((a) =>
    defineRole({ account: a.id, name: READ_ONLY_ROLE_NAME, trust: [DEFAULT_ACCOUNT.id] }),
  ),
  defineRole({ account: 'partner-vendor', name: READ_ONLY_ROLE_NAME }),
];
