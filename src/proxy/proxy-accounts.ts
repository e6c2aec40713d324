// The accounts of the accounts file, ready to sign as: each with its own credential provider — the
// base credentials, a profile, or a role assumed with the base credentials (assumed-role-provider.ts).
// An account whose entry has problems, whose profile cannot be loaded or whose role STS refuses is
// still listed: its calls are answered with its reason, and the other accounts work.

import type { SessionAccount } from '../ecs/proxy-api';
import type { AccountCredentials, AccountEntry } from './accounts-file';
import { assumedRoleProvider } from './assumed-role-provider';
import { CredentialsUnavailableError, type CredentialProvider } from './credentials';
import type { AssumeRole } from './sts-client';

export interface ProxyAccount extends SessionAccount {
  credentials: CredentialProvider;
  /** How its credentials are had, in words, for the start-up log: never a key. */
  how: string;
}

export interface AccountProviders {
  /** The proxy's own credentials. */
  base: CredentialProvider;
  /** A profile's credentials (in emulator mode: a key the embedded emulator knows as the account). */
  profile: (profile: string, account: SessionAccount) => CredentialProvider;
  assumeRole: AssumeRole;
  now?: () => number;
  log: (line: string) => void;
}

function unusable(reason: string): CredentialProvider {
  return {
    get: () => Promise.reject(new CredentialsUnavailableError(reason)),
    describe: () => 'unusable',
  };
}

function providerOf(
  credentials: AccountCredentials,
  account: SessionAccount,
  providers: AccountProviders,
): { provider: CredentialProvider; how: string } {
  switch (credentials.kind) {
    case 'base':
      return { provider: providers.base, how: 'the base credentials' };
    case 'profile':
      return {
        provider: providers.profile(credentials.profile, account),
        how: `profile ${credentials.profile}`,
      };
    case 'assume-role':
      return {
        provider: assumedRoleProvider({
          base: providers.base,
          assumeRole: providers.assumeRole,
          request: {
            RoleArn: credentials.roleArn,
            RoleSessionName: credentials.sessionName,
            DurationSeconds: credentials.durationSeconds,
            ...(credentials.externalId !== undefined ? { ExternalId: credentials.externalId } : {}),
          },
          ...(providers.now ? { now: providers.now } : {}),
          log: (line) => providers.log(`account ${account.name}: ${line}`),
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

  static fromEntries(entries: readonly AccountEntry[], providers: AccountProviders): ProxyAccounts {
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
        const { provider, how } = providerOf(entry.credentials, account, providers);
        return { ...account, credentials: provider, how };
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
