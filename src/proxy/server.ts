// Starts the proxy: decides the mode (credentials found → Alibaba Cloud; none, or --emulator → the
// embedded emulator with a per-run key pair that never leaves this process), builds the pieces and
// listens — over TLS when given a certificate, with its timeouts and connection cap set on purpose —
// and stops gracefully. Used by main.ts and, in-process, by the tests.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import { maskAccessKeyId, type SessionInfo, type SignedInUser } from '../ecs/proxy-api';
import type { EmulatorCredential, RunningEmulator } from '../emulator/start-emulator';
import { isLoopbackHost } from '../node/loopback';
import { parseAccountsFile, type AccountsConfig } from './accounts-file';
import { createApp } from './app';
import type { CliOptions } from './cli-options';
import {
  createCredentialProvider,
  CredentialsUnavailableError,
  staticCredentialProvider,
  type CredentialProvider,
} from './credentials';
import { EcsGateway } from './ecs-gateway';
import { ProxyAccounts, type AccountProviders } from './proxy-accounts';
import { ProxyMetrics } from './metrics';
import { createProxyState } from './proxy-state';
import { Redactor } from './request-log';
import type { RetryPolicy } from './retry-policy';
import { allowedHostHeaders, allowedOrigins, hostHeaderFor, isWildcardHost } from './security';
import type { Endpoint, SigningCredentials } from './signer';
import { StartupError } from './startup-error';
import { stsClient, stsEndpointFor } from './sts-client';
import { parseAccessRules, type AccessRules } from './team-access';
import { UpstreamClient } from './upstream-client';

export type ProxyServerOptions = Pick<
  CliOptions,
  | 'port'
  | 'host'
  | 'authToken'
  | 'profile'
  | 'ecsRamRole'
  | 'region'
  | 'emulator'
  | 'emulatorImagesPerRegion'
  | 'endpoint'
  | 'signatureVersion'
  | 'timeoutMs'
  | 'concurrency'
  | 'cacheTtlMs'
  | 'dev'
> &
  Partial<
    Pick<
      CliOptions,
      | 'tls'
      | 'trustProxy'
      | 'rateLimit'
      | 'redisUrl'
      | 'trustForwardedIdentity'
      | 'accessFile'
      | 'accountsFile'
      | 'stsEndpoint'
    >
  > & {
    distDir: string;
    /** Receives every log line, already redacted. */
    log?: (line: string) => void;
    /** Replaces the credential chain (tests). */
    credentialProvider?: CredentialProvider;
    /** The embedded emulator's key pair; random per run unless a test fixes it. */
    embeddedCredential?: SigningCredentials;
    /** How long the start-up credential lookup may take before the proxy falls back to the emulator. */
    credentialLookupTimeoutMs?: number;
    retry?: RetryPolicy;
    sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
    maxResponseBytes?: number;
  };

export interface RunningProxy {
  url: string;
  port: number;
  session: SessionInfo;
  /** Set in emulator mode. */
  emulator: RunningEmulator | undefined;
  /** Stops at once, cutting any request short (tests). */
  close(): Promise<void>;
  /**
   * Stops accepting connections, lets the requests under way finish for up to `graceMs`, then
   * closes the rest (SIGTERM). Resolves with the number of requests that had to be cut short.
   */
  shutdown(graceMs: number): Promise<number>;
}

/** The server's own limits: a slow or greedy client cannot hold it. */
const SERVER_LIMITS = {
  /** Time to send the request headers. */
  headersTimeoutMs: 10_000,
  /** Time to send the whole request (the API takes no body). */
  requestTimeoutMs: 15_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  maxHeadersCount: 100,
  /** Open connections at most; more are refused. */
  maxConnections: 256,
} as const;

const EMBEDDED_EMULATOR = 'embedded emulator';

function randomKeyPair(): SigningCredentials {
  return {
    accessKeyId: `EMULATOR${randomBytes(8).toString('hex').toUpperCase()}`,
    accessKeySecret: randomBytes(24).toString('base64url'),
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CredentialsUnavailableError(`${what} took longer than ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function machineNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  return [...addresses, hostname()];
}

interface Backend {
  mode: SessionInfo['mode'];
  credentials: CredentialProvider;
  credentialsFrom: string;
  endpointOverride: Endpoint | undefined;
  /** Where AssumeRole goes. */
  stsEndpoint: Endpoint;
  /** The credentials of an account of the accounts file that names a profile. */
  profile: AccountProviders['profile'];
  emulator: RunningEmulator | undefined;
}

/** The accounts file, read and checked; a file that leaves nothing to work with stops the start. */
function readAccountsFile(file: string): AccountsConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new StartupError(`--accounts ${file} cannot be read: ${(e as NodeJS.ErrnoException).code ?? e}.`);
  }
  const parsed = parseAccountsFile(text);
  if (!parsed.ok)
    throw new StartupError(
      `--accounts ${file} cannot be used:\n${parsed.error.map((line) => `  ${line}`).join('\n')}`,
    );
  return parsed.value;
}

function unusableSource(reason: string): CredentialProvider {
  return {
    get: () => Promise.reject(new CredentialsUnavailableError(reason)),
    describe: () => 'unusable',
  };
}

async function embeddedEmulator(
  options: ProxyServerOptions,
  accounts: AccountsConfig | undefined,
  redactor: Redactor,
  log: (l: string) => void,
): Promise<Backend> {
  // Loaded only in this mode, so a proxy signing for Alibaba Cloud never carries the emulator.
  const { startEmulator, isHostedAccountId } = await import('../emulator/start-emulator');
  const credential = options.embeddedCredential ?? randomKeyPair();
  redactor.add(credential.accessKeySecret);
  // An account of the accounts file with a profile gets a per-run key the emulator knows as that
  // account, as the base credentials get one; roles are assumed from the emulator's own world.
  const profileKeys = new Map<string, EmulatorCredential>();
  for (const entry of accounts?.accounts ?? [])
    if (entry.credentials?.kind === 'profile' && isHostedAccountId(entry.id)) {
      const key = randomKeyPair();
      redactor.add(key.accessKeySecret);
      profileKeys.set(entry.name, { ...key, accountId: entry.id });
    }
  const emulator = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    credentials: [credential, ...profileKeys.values()],
    ...(options.emulatorImagesPerRegion !== undefined
      ? { imagesPerRegion: options.emulatorImagesPerRegion }
      : {}),
    log: (line) => log(redactor.redact(`[emulator] ${line}`)),
  });
  const endpoint: Endpoint = { protocol: 'http:', host: new URL(emulator.url).host };
  return {
    mode: 'emulator',
    credentials: staticCredentialProvider(credential, EMBEDDED_EMULATOR),
    credentialsFrom: EMBEDDED_EMULATOR,
    endpointOverride: endpoint,
    stsEndpoint: endpoint,
    profile: (_profile, account) => {
      const key = profileKeys.get(account.name);
      return key
        ? staticCredentialProvider(key, EMBEDDED_EMULATOR)
        : unusableSource(`the embedded emulator hosts no account ${account.id}`);
    },
    emulator,
  };
}

async function chooseBackend(
  options: ProxyServerOptions,
  accounts: AccountsConfig | undefined,
  redactor: Redactor,
  log: (l: string) => void,
): Promise<Backend> {
  if (options.emulator) return embeddedEmulator(options, accounts, redactor, log);
  const provider =
    options.credentialProvider ??
    createCredentialProvider({ profile: options.profile, ecsRamRole: options.ecsRamRole });
  try {
    const found = await withTimeout(
      provider.get(),
      options.credentialLookupTimeoutMs ?? 5_000,
      'looking up credentials',
    );
    redactor.add(found.accessKeySecret);
    redactor.add(found.securityToken);
    return {
      mode: 'alibaba-cloud',
      credentials: provider,
      credentialsFrom: provider.describe(found.providerName),
      endpointOverride: options.endpoint,
      stsEndpoint: options.stsEndpoint ?? stsEndpointFor(accounts?.stsRegion),
      profile: (profile) => createCredentialProvider({ profile }),
      emulator: undefined,
    };
  } catch (e) {
    if (!(e instanceof CredentialsUnavailableError)) throw e;
    const asked =
      options.profile !== undefined
        ? `--profile ${options.profile}`
        : options.ecsRamRole
          ? '--ecs-ram-role'
          : options.endpoint
            ? '--endpoint'
            : undefined;
    if (asked)
      throw new StartupError(
        `${asked} needs credentials, and none could be loaded: ${redactor.redact(e.message)}`,
      );
    log(redactor.redact(`No credentials found (${e.message}); using the embedded emulator.`));
    return embeddedEmulator(options, accounts, redactor, log);
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          e.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use; choose another with --port.`
            : `Cannot listen on ${host}:${port}: ${e.code ?? e.message}.`,
        ),
      ),
    );
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function readAccessRules(file: string, accounts: AccountsConfig | undefined): AccessRules {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StartupError(
      `--access ${file} cannot be read as JSON: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
    );
  }
  const rules = parseAccessRules(value);
  if (!rules.ok) throw new StartupError(`--access ${file}:\n  ${rules.error.join('\n  ')}`);
  // Rules name accounts by the accounts file's names; without the file there is one account.
  const named = new Set(rules.value.flatMap((rule) => (rule.accounts === '*' ? [] : rule.accounts)));
  if (!accounts && named.size)
    throw new StartupError(
      `--access ${file}: "accounts" in a rule needs several accounts (the accounts file); this proxy serves one.`,
    );
  const unknown = [...named].filter((name) => !accounts?.accounts.some((a) => a.name === name));
  if (unknown.length)
    throw new StartupError(
      `--access ${file} names the account${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}, which the accounts file does not list.`,
    );
  return rules.value;
}

export async function startProxy(options: ProxyServerOptions): Promise<RunningProxy> {
  if (
    !isLoopbackHost(options.host) &&
    options.authToken === undefined &&
    options.trustForwardedIdentity === undefined
  )
    throw new StartupError(
      `Binding ${options.host} needs an access token (--auth-token) or an SSO proxy in front (--trust-forwarded-identity); refusing to start.`,
    );
  const redactor = new Redactor();
  redactor.add(options.authToken);
  // A line per request: written as it is, without console.log's formatting pass.
  const log = options.log ?? ((line: string) => void process.stdout.write(`${line}\n`));

  const accountsConfig = options.accountsFile ? readAccountsFile(options.accountsFile) : undefined;
  const accessRules =
    options.accessFile === undefined ? undefined : readAccessRules(options.accessFile, accountsConfig);
  if (options.redisUrl) redactor.add(new URL(options.redisUrl).password || undefined);

  const backend = await chooseBackend(options, accountsConfig, redactor, log);
  const state = await createProxyState({
    redisUrl: options.redisUrl,
    cacheTtlMs: options.cacheTtlMs,
    pacing: { maxInFlight: options.concurrency, maxRatePerSecond: options.rateLimit ?? null },
    timeoutMs: options.timeoutMs,
    log: (line) => log(redactor.redact(line)),
  });
  const metrics = new ProxyMetrics(state.health);
  const client = new UpstreamClient({
    timeoutMs: options.timeoutMs,
    concurrency: options.concurrency,
    pacing: state.pacing,
    observer: metrics,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.maxResponseBytes ? { maxResponseBytes: options.maxResponseBytes } : {}),
  });
  const accounts =
    accountsConfig &&
    ProxyAccounts.fromEntries(accountsConfig.accounts, {
      base: backend.credentials,
      profile: backend.profile,
      assumeRole: stsClient({
        client,
        endpoint: backend.stsEndpoint,
        signatureVersion: options.signatureVersion,
      }),
      log: (line) => log(redactor.redact(line)),
    });
  const gateway = new EcsGateway({
    credentials: backend.credentials,
    accounts,
    signatureVersion: options.signatureVersion,
    endpointOverride: backend.endpointOverride,
    client,
    cache: state.cache,
    ...(state.sharedFlights ? { sharedFlights: state.sharedFlights } : {}),
    metrics,
    redactor,
    log,
  });
  const session = async (user: SignedInUser | null = null): Promise<SessionInfo> => {
    let accessKeyId = '';
    try {
      accessKeyId = maskAccessKeyId((await backend.credentials.get()).accessKeyId);
    } catch {
      // Reported on the next API call; the session still says which mode is running.
    }
    return {
      mode: backend.mode,
      credentialsFrom: backend.credentialsFrom,
      accessKeyId,
      // A user who may not see the configured default starts in a region they may.
      defaultRegion:
        user?.regions && !user.regions.includes(options.region)
          ? (user.regions[0] ?? options.region)
          : options.region,
      signatureVersion: options.signatureVersion,
      endpointOverride:
        backend.endpointOverride && backend.mode === 'alibaba-cloud'
          ? `${backend.endpointOverride.protocol}//${backend.endpointOverride.host}`
          : null,
      // Names and IDs of the accounts the user may see (all without access rules).
      accounts: (accounts?.session() ?? []).filter((a) => !user?.accounts || user.accounts.includes(a.name)),
      user,
    };
  };

  const tls = options.tls ? readTlsFiles(options.tls) : undefined;
  const access = { port: options.port, allowedHosts: new Set<string>(), allowedOrigins: new Set<string>() };
  const app = createApp({
    gateway,
    session,
    ...(options.trustForwardedIdentity
      ? { identity: { trusted: options.trustForwardedIdentity, rules: accessRules } }
      : {}),
    health: state.health,
    metrics,
    access,
    authToken: options.authToken,
    secure: tls !== undefined || options.trustProxy === true,
    trustProxy: options.trustProxy === true,
    hsts: tls !== undefined,
    defaultRegion: options.region,
    accountNames: accounts?.names ?? [],
    distDir: options.distDir,
    redactor,
    log,
  });
  const server = (
    tls
      ? createAdaptorServer({ fetch: app.fetch, createServer: createHttpsServer, serverOptions: tls })
      : createAdaptorServer({ fetch: app.fetch })
  ) as Server;
  server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
  server.maxHeadersCount = SERVER_LIMITS.maxHeadersCount;
  server.maxConnections = SERVER_LIMITS.maxConnections;
  let active = 0;
  let idle: (() => void) | undefined;
  server.on('request', (_req, res) => {
    active++;
    res.once('close', () => {
      if (--active === 0) idle?.();
    });
  });
  const release = async () => {
    client.close();
    await state.close();
    await backend.emulator?.close();
  };
  let port: number;
  try {
    port = await listen(server, options.port, options.host);
  } catch (e) {
    await release();
    throw e;
  }
  access.port = port;
  access.allowedHosts = allowedHostHeaders(
    port,
    options.host,
    isWildcardHost(options.host) ? machineNames() : [],
  );
  access.allowedOrigins = allowedOrigins(access.allowedHosts, options.dev, tls ? 'https' : 'http');
  // Each account says once whether it works, before anyone opens the page.
  await accounts?.check((line) => log(redactor.redact(line)));

  const closed = new Promise<void>((resolve) => server.once('close', resolve));
  const shownHost = isLoopbackHost(options.host) || isWildcardHost(options.host) ? '127.0.0.1' : options.host;
  return {
    url: `${tls ? 'https' : 'http'}://${hostHeaderFor(shownHost, port)}`,
    port,
    session: await session(),
    emulator: backend.emulator,
    close: async () => {
      server.close();
      server.closeAllConnections();
      await closed;
      await release();
    },
    shutdown: async (graceMs) => {
      server.close();
      server.closeIdleConnections();
      if (active > 0)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      const cut = active;
      server.closeAllConnections();
      await closed;
      await release();
      return cut;
    },
  };
}

function readTlsFiles(tls: { certFile: string; keyFile: string }): { cert: Buffer; key: Buffer } {
  const read = (flag: string, file: string) => {
    try {
      return readFileSync(file);
    } catch (e) {
      throw new StartupError(`${flag} ${file} cannot be read: ${(e as NodeJS.ErrnoException).code ?? e}.`);
    }
  };
  return { cert: read('--tls-cert', tls.certFile), key: read('--tls-key', tls.keyFile) };
}
