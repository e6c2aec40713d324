// The accounts of the accounts file, ready to sign as: each with its own credential source — the
// base credentials, a profile, or a role assumed with the base credentials (assumed-role-source.ts).
// An account whose entry has problems, whose profile cannot be loaded or whose role STS refuses is
// still listed: its calls are answered with its reason, and the other accounts work.

import type { SessionAccount } from '../ecs/proxy-api';
import type { AccountCredentials, AccountEntry } from './accounts-file';
import { assumedRoleSource } from './assumed-role-source';
import { CredentialsUnavailableError, type CredentialSource } from './credentials';
import type { AssumeRole } from './sts-client';

export interface ProxyAccount extends SessionAccount {
  credentials: CredentialSource;
  /** How its credentials are had, in words, for the start-up log: never a key. */
  how: string;
}

export interface AccountSources {
  /** The proxy's own credentials. */
  base: CredentialSource;
  /** A profile's credentials (in emulator mode: a key the embedded emulator knows as the account). */
  profile: (profile: string, account: SessionAccount) => CredentialSource;
  assumeRole: AssumeRole;
  now?: () => number;
  log: (line: string) => void;
}

function unusable(reason: string): CredentialSource {
  return {
    get: () => Promise.reject(new CredentialsUnavailableError(reason)),
    describe: () => 'unusable',
  };
}

function sourceOf(
  credentials: AccountCredentials,
  account: SessionAccount,
  sources: AccountSources,
): { source: CredentialSource; how: string } {
  switch (credentials.kind) {
    case 'base':
      return { source: sources.base, how: 'the base credentials' };
    case 'profile':
      return { source: sources.profile(credentials.profile, account), how: `profile ${credentials.profile}` };
    case 'assume-role':
      return {
        source: assumedRoleSource({
          base: sources.base,
          assumeRole: sources.assumeRole,
          request: {
            RoleArn: credentials.roleArn,
            RoleSessionName: credentials.sessionName,
            DurationSeconds: credentials.durationSeconds,
            ...(credentials.externalId !== undefined ? { ExternalId: credentials.externalId } : {}),
          },
          ...(sources.now ? { now: sources.now } : {}),
          log: (line) => sources.log(`account ${account.name}: ${line}`),
        }),
        how: `role ${credentials.roleArn} (${credentials.durationSeconds} s sessions as ${credentials.sessionName})`,
      };
  }
}

export class ProxyAccounts {
  private readonly byName: ReadonlyMap<string, ProxyAccount>;
  readonly names: readonly string[];

  constructor(readonly list: readonly ProxyAccount[]) {
    this.byName = new Map(list.map((a) => [a.name, a]));
    this.names = list.map((a) => a.name);
  }

  static fromEntries(entries: readonly AccountEntry[], sources: AccountSources): ProxyAccounts {
    return new ProxyAccounts(
      entries.map((entry) => {
        const account = { name: entry.name, id: entry.id };
        if (entry.problems)
          return {
            ...account,
            credentials: unusable(
              `its entry in the accounts file has problems: ${entry.problems.join('; ')}`,
            ),
            how: 'unusable',
          };
        const { source, how } = sourceOf(entry.credentials, account, sources);
        return { ...account, credentials: source, how };
      }),
    );
  }

  named(name: string): ProxyAccount | undefined {
    return this.byName.get(name);
  }

  /** Names and IDs, as /api/session lists them. */
  session(): SessionAccount[] {
    return this.list.map(({ name, id }) => ({ name, id }));
  }

  /**
   * Gets every account's credentials once, at start: each account's line says whether it works
   * and, if not, why — so a refused role shows in the log before anyone opens the page.
   */
  async check(log: (line: string) => void): Promise<void> {
    await Promise.all(
      this.list.map(async (account) => {
        try {
          await account.credentials.get();
          log(`account ${account.name} (${account.id}): ready, ${account.how}`);
        } catch (e) {
          if (!(e instanceof CredentialsUnavailableError)) throw e;
          log(`account ${account.name} (${account.id || 'no ID'}): not usable: ${e.message}`);
        }
      }),
    );
  }
}
