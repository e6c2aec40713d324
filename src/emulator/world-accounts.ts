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
