// Where the proxy's credentials come from, through @alicloud/credentials 2.4.7
// (docs/signing-and-credentials.md §9). The chain is built here, explicitly, in the library's default
// order but without the instance-metadata provider (which calls 100.100.100.200) unless it is asked
// for with --ecs-ram-role or ALIBABA_CLOUD_ECS_METADATA. Credentials are fetched per request: the
// providers cache and refresh STS sessions themselves. After a failure the chain is rebuilt, because
// a library chain stays pinned to its last provider (§9.4).

import {
  CLIProfileCredentialsProvider,
  ECSRAMRoleCredentialsProvider,
  EnvironmentVariableCredentialsProvider,
  OIDCRoleArnCredentialsProvider,
  ProfileCredentialsProvider,
  URICredentialsProvider,
} from '@alicloud/credentials';
import type { SigningCredentials } from './signer';

export interface CredentialChoice {
  /** `--profile NAME`: only that profile, from the aliyun CLI config or the shared credentials file. */
  profile?: string | undefined;
  /** `--ecs-ram-role [ROLE]`: only the instance RAM role. */
  ecsRamRole?: { roleName: string | undefined } | undefined;
}

export interface ResolvedCredentials extends SigningCredentials {
  /** The library's provider name, e.g. `env`, `cli_profile/static_sts`. */
  providerName: string;
}

export interface CredentialProvider {
  get(): Promise<ResolvedCredentials>;
  /** Where the credentials come from, for /api/session and the start-up message. */
  describe(providerName: string): string;
}

interface Provider {
  getCredentials(): Promise<{
    accessKeyId: string;
    accessKeySecret: string;
    securityToken?: string;
    providerName: string;
  }>;
  getProviderName(): string;
}

export class CredentialsUnavailableError extends Error {}

interface Chain {
  providers: Provider[];
  /** Why an explicitly chosen source could not even be set up. */
  refused: string[];
}

function buildChain(choice: CredentialChoice): Chain {
  const chain: Chain = { providers: [], refused: [] };
  const explicit = choice.ecsRamRole !== undefined || choice.profile !== undefined;
  // A builder throws when its source is not configured (or is disabled by its environment switch).
  const add = (build: () => Provider) => {
    try {
      chain.providers.push(build());
    } catch (e) {
      if (explicit) chain.refused.push(safeCredentialError(e));
    }
  };
  const ecsRole = (roleName: string | undefined) => () =>
    ECSRAMRoleCredentialsProvider.builder().withRoleName(roleName!).build();

  if (choice.ecsRamRole) {
    add(ecsRole(choice.ecsRamRole.roleName));
  } else if (choice.profile !== undefined) {
    const name = choice.profile;
    add(() => CLIProfileCredentialsProvider.builder().withProfileName(name).build());
    add(() => ProfileCredentialsProvider.builder().withProfileName(name).build());
  } else {
    add(() => EnvironmentVariableCredentialsProvider.builder().build());
    add(() => OIDCRoleArnCredentialsProvider.builder().build());
    add(() => CLIProfileCredentialsProvider.builder().build());
    add(() => ProfileCredentialsProvider.builder().build());
    if (process.env.ALIBABA_CLOUD_ECS_METADATA) add(ecsRole(process.env.ALIBABA_CLOUD_ECS_METADATA));
    if (process.env.ALIBABA_CLOUD_CREDENTIALS_URI) add(() => URICredentialsProvider.builder().build());
  }
  return chain;
}

/**
 * Library errors can quote what they read: a malformed aliyun config is echoed whole ("parse aliyun
 * cli config from … failed: <content>"), STS errors quote response bodies. Keep what comes before the
 * first colon that introduces such a quote.
 */
export function safeCredentialError(error: unknown): string {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code === 'string' && typeof path === 'string') return `${code} reading ${path}`;
  const message = error instanceof Error ? error.message : String(error);
  const clause = message.split(/:\s|:[{[]|\r?\n/)[0]!.trim();
  return clause.length > 200 ? `${clause.slice(0, 200)}…` : clause;
}

/**
 * A credential error as the browser may see it: file-system paths (which name the user and the
 * machine's layout) become `<file>`. The proxy's own log keeps the whole message.
 */
export function withoutPaths(message: string): string {
  // Absolute, home-relative or drive paths; not a slash inside a word or a URL (`http://host/path`).
  return message.replace(/(?<![\w:/\\])(?:~|[A-Za-z]:)?(?:[\\/][^\s\\/:;,'"()]+)+[\\/]?/g, '<file>');
}

export function createCredentialProvider(choice: CredentialChoice): CredentialProvider {
  let chain: Chain | undefined;
  let pinned: Provider | undefined;

  const resolved = (c: Awaited<ReturnType<Provider['getCredentials']>>): ResolvedCredentials => ({
    accessKeyId: c.accessKeyId,
    accessKeySecret: c.accessKeySecret,
    ...(c.securityToken ? { securityToken: c.securityToken } : {}),
    providerName: c.providerName,
  });

  return {
    async get() {
      if (pinned) {
        try {
          return resolved(await pinned.getCredentials());
        } catch (e) {
          pinned = undefined;
          chain = undefined;
          throw new CredentialsUnavailableError(safeCredentialError(e));
        }
      }
      chain ??= buildChain(choice);
      const problems = [...chain.refused];
      for (const provider of chain.providers) {
        try {
          const credentials = resolved(await provider.getCredentials());
          pinned = provider;
          return credentials;
        } catch (e) {
          problems.push(`${provider.getProviderName()}: ${safeCredentialError(e)}`);
        }
      }
      chain = undefined;
      throw new CredentialsUnavailableError(
        problems.length ? problems.join('; ') : 'no credential source is configured',
      );
    },

    describe(providerName) {
      const source = providerName.split('/')[0];
      const profile = choice.profile ?? process.env.ALIBABA_CLOUD_PROFILE;
      switch (source) {
        case 'env':
          return 'environment variables';
        case 'cli_profile':
          return profile ? `aliyun CLI profile "${profile}"` : 'aliyun CLI config (current profile)';
        case 'profile':
          return `credentials file profile "${profile ?? 'default'}"`;
        case 'ecs_ram_role':
          return 'ECS instance RAM role';
        case 'oidc_role_arn':
          return 'OIDC role (RRSA)';
        case 'credential_uri':
          return 'credentials URI';
        default:
          return providerName;
      }
    },
  };
}

/** Fixed credentials, e.g. the embedded emulator's per-run key pair. */
export function staticCredentialProvider(
  credentials: SigningCredentials,
  description: string,
): CredentialProvider {
  return {
    get: async () => ({ ...credentials, providerName: 'static' }),
    describe: () => description,
  };
}
