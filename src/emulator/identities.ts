// Who may call the emulator: the configured credentials (each acting as a hosted account), the RAM
// roles the accounts have (world-accounts.ts, plus any configured), and the temporary credentials
// STS AssumeRole has issued — which act as the role's account until they expire.

import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { CredentialLookup, EmulatorCredential } from './verify-signature';
import { accountWithId, defineRole, WORLD_ROLES, type EmulatorRole, type RoleSpec } from './world-accounts';

/** Issued credentials kept (expired ones too, so they are answered Expired rather than NotFound). */
const MAX_ISSUED = 10_000;

/** A temporary credential as AssumeRole hands it out. */
export interface IssuedCredential extends Required<Omit<EmulatorCredential, 'expiresAtMs'>> {
  expiresAtMs: number;
}

function checkedCredentials(
  credentials: readonly EmulatorCredential[],
  strict: boolean,
): Map<string, EmulatorCredential> {
  const map = new Map<string, EmulatorCredential>();
  for (const credential of credentials) {
    if (!credential.accessKeyId || !credential.accessKeySecret)
      throw new Error('every emulator credential needs a non-empty accessKeyId and accessKeySecret');
    if (credential.securityToken === '') throw new Error('an STS credential needs a non-empty securityToken');
    if (map.has(credential.accessKeyId))
      throw new Error(`the AccessKey ID ${credential.accessKeyId} is given twice`);
    if (credential.accountId !== undefined && !accountWithId(credential.accountId))
      throw new Error(
        `the credential ${credential.accessKeyId} names the account ${credential.accountId}, which the emulator does not host`,
      );
    map.set(credential.accessKeyId, { ...credential });
  }
  if (strict && map.size === 0)
    throw new Error('the emulator needs at least one credential to check signatures against');
  return map;
}

export class Identities implements CredentialLookup {
  private readonly configured: Map<string, EmulatorCredential>;
  private readonly roles = new Map<string, EmulatorRole>();
  private readonly issued = new LRUCache<string, IssuedCredential>({ max: MAX_ISSUED });

  constructor(
    credentials: readonly EmulatorCredential[],
    options: { strict: boolean; roles?: readonly RoleSpec[] },
  ) {
    this.configured = checkedCredentials(credentials, options.strict);
    for (const role of [...WORLD_ROLES, ...(options.roles ?? []).map(defineRole)]) {
      if (this.roles.has(role.arn) && !WORLD_ROLES.includes(this.roles.get(role.arn)!))
        throw new Error(`the role ${role.arn} is given twice`);
      this.roles.set(role.arn, role);
    }
  }

  get(accessKeyId: string): EmulatorCredential | undefined {
    return this.configured.get(accessKeyId) ?? this.issued.get(accessKeyId);
  }

  /** The role an ARN names; role names are matched in any letter case, as RAM does. */
  role(arn: string): EmulatorRole | undefined {
    const slash = arn.lastIndexOf('/');
    return this.roles.get(arn.slice(0, slash + 1) + arn.slice(slash + 1).toLowerCase());
  }

  /** New temporary credentials for a role, valid for `seconds` from `nowMs`. */
  issue(role: EmulatorRole, nowMs: number, seconds: number): IssuedCredential {
    const credential: IssuedCredential = {
      // STS AccessKey IDs start with `STS.`; tokens are long base64 texts.
      accessKeyId: `STS.${randomBytes(18).toString('base64url')}`,
      accessKeySecret: randomBytes(30).toString('base64'),
      securityToken: `CAIS${randomBytes(240).toString('base64')}`,
      accountId: role.accountId,
      expiresAtMs: nowMs + seconds * 1000,
    };
    this.issued.set(credential.accessKeyId, credential);
    return credential;
  }
}
