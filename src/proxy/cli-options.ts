// `npm start` flags and environment variables → validated options, or a message that names the flag
// at fault (the flags are read by src/node/command-line.ts, as the emulator's are). Pure: argv and
// the environment come in as values.

import { DEFAULT_REGION_ID, isWellFormedRegionId } from '../ecs/regions';
import type { Result } from '../ecs/result';
import {
  decimal,
  duration,
  FlagError,
  parseCommandLine,
  textOf,
  wholeNumber,
  type Flags,
  type FlagSpec,
} from '../node/command-line';
import { isLoopbackHost } from '../node/loopback';
import { DEFAULT_CACHE_LIMITS } from './response-cache';
import { AUTH_TOKEN_PATTERN } from './security';
import { parseTrustedAddresses, type TrustedAddresses } from './team-access';
import type { Endpoint, SignatureVersion } from './signer';

export interface CliOptions {
  port: number;
  host: string;
  authToken: string | undefined;
  profile: string | undefined;
  /** `--ecs-ram-role [ROLE]`: use the instance-metadata credentials, with this role or the discovered one. */
  ecsRamRole: { roleName: string | undefined } | undefined;
  region: string;
  emulator: boolean;
  emulatorImagesPerRegion: number | undefined;
  endpoint: Endpoint | undefined;
  /** `--accounts FILE`: several accounts in one view (accounts-file.ts). */
  accountsFile: string | undefined;
  /** `--sts-endpoint URL`: where AssumeRole goes instead of sts.aliyuncs.com (tests, private endpoints). */
  stsEndpoint: Endpoint | undefined;
  signatureVersion: SignatureVersion;
  timeoutMs: number;
  concurrency: number;
  /** How long a successful answer is reused; 0: never. */
  cacheTtlMs: number;
  /** `--rate-limit`: calls per second per AccessKey × region × action at most (the account's quota). */
  rateLimit: number | null;
  /** `--redis URL`: replicas share the answer cache, identical calls and pacing through this Redis. */
  redisUrl: string | undefined;
  /** `--trust-forwarded-identity CIDR`: connections from there name their user (oauth2-proxy's headers). */
  trustForwardedIdentity: TrustedAddresses | undefined;
  /** `--access FILE`: which groups may see which regions (and accounts). */
  accessFile: string | undefined;
  /** `--tls-cert` and `--tls-key`: serve HTTPS with these PEM files. */
  tls: { certFile: string; keyFile: string } | undefined;
  /** `--trust-proxy`: a TLS-terminating reverse proxy is in front. */
  trustProxy: boolean;
  build: boolean;
  dev: boolean;
  help: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 8;
export const AUTH_TOKEN_ENV = 'ECS_BROWSER_AUTH_TOKEN';
/** `--redis` from the environment, so a password in it stays out of the process list. */
export const REDIS_URL_ENV = 'ECS_BROWSER_REDIS_URL';

export const HELP_TEXT = `Usage: npm start -- [options]        (or: npx tsx src/proxy/main.ts [options])
       npm run start:prod -- [options]  (the bundle npm run build:server writes; serves dist/web as built)

Serves the ECS Image Browser and its signing proxy on http://127.0.0.1:${DEFAULT_PORT}.
With no credentials configured it runs an embedded local emulator of the ECS endpoint.

Options:
  --port N                 Port to listen on (default ${DEFAULT_PORT}; 0 picks a free one).
  --host ADDRESS           Address to bind (default ${DEFAULT_HOST}). Any non-loopback address
                           requires --auth-token.
  --auth-token TOKEN       Token every /api call must carry (env ${AUTH_TOKEN_ENV}): 16 to 256
                           characters of A-Z a-z 0-9 . _ ~ -. Open the dashboard once with
                           ?auth=TOKEN (it becomes an HttpOnly cookie), or send
                           "Authorization: Bearer TOKEN".
  --profile NAME           Credentials from this profile of the aliyun CLI config
                           (~/.aliyun/config.json) or, failing that, of the shared credentials
                           file (~/.alibabacloud/credentials or ALIBABA_CLOUD_CREDENTIALS_FILE).
  --ecs-ram-role [ROLE]    Credentials of the ECS instance RAM role, from the instance metadata
                           service (only used when asked for, here or by ALIBABA_CLOUD_ECS_METADATA).
  --region ID              Default region of the dashboard (default ${DEFAULT_REGION_ID}).
  --emulator               Use the embedded emulator even when credentials are configured.
  --emulator-images-per-region N
                           Size of the embedded emulator's catalog per region.
  --endpoint URL           Send every region to this endpoint instead of ecs.<region>.aliyuncs.com
                           (https://, or http:// on a loopback address; for tests and private
                           endpoints).
  --accounts FILE          Several accounts in one view: a YAML or JSON file naming each account
                           (name, ID) and how to get its credentials — a profile, or a RAM role
                           assumed through STS AssumeRole with the base credentials (see README).
                           The dashboard gets an account picker and account= in its links.
  --sts-endpoint URL       Send AssumeRole to this endpoint instead of sts.aliyuncs.com (or the
                           accounts file's sts.region); https://, or http:// on loopback.
  --signature v2|v3        Signature version: v3 = ACS3-HMAC-SHA256 (default), v2 = HMAC-SHA1.
  --timeout DURATION       Time budget of one API request, retries included: 10s, 500ms, or
                           seconds (default ${DEFAULT_TIMEOUT_MS / 1000}s).
  --concurrency N          Upstream calls in flight at most per AccessKey and region; more wait
                           (default ${DEFAULT_CONCURRENCY}). The proxy sends fewer while the service
                           throttles or hangs, and paces its calls after Throttling.
  --cache-ttl DURATION     How long a successful answer is reused for the same request and
                           AccessKey (default ${DEFAULT_CACHE_LIMITS.ttlMs / 1000}s; 0 turns the cache off). Reload in the
                           dashboard always asks the service again.
  --rate-limit QPS         Calls per second at most per AccessKey, region and action: the account's
                           API quota (Quota Center), so the proxy never has to be throttled to
                           find it. Without it the proxy learns the limit from Throttling answers.
  --redis URL              Share the answer cache, identical calls in flight and the pacing (and
                           so the account's quota) with every other proxy given the same Redis:
                           redis://[:PASSWORD@]HOST:PORT[/DB], or rediss:// for TLS. While Redis
                           is unreachable each proxy serves from its own memory; /healthz says so.
                           Also read from env ${REDIS_URL_ENV}.
  --trust-forwarded-identity CIDR[,CIDR]
                           The team's SSO proxy (oauth2-proxy) connects from these addresses: take
                           the user and groups from its X-Forwarded-Email and X-Forwarded-Groups
                           headers there (instead of the access token), and ignore them from any
                           other address. Enough on its own to bind a network address.
  --access FILE            Which groups may see which regions (a JSON file with an "access" list;
                           README "A deployment for a team"). Calls outside them are refused (403)
                           and never signed; the pickers offer only the rest.
  --tls-cert FILE          Serve HTTPS with this PEM certificate (with --tls-key), e.g. when
  --tls-key FILE           binding a network address. The access cookie is then __Host- and Secure.
  --trust-proxy            A TLS-terminating reverse proxy is in front (and passes the Host header
                           through): the access cookie is __Host- and Secure, and failed tokens are
                           counted per address from the last X-Forwarded-For entry.
  --no-build               Serve dist/web as it is; do not rebuild the SPA when it is stale.
  --dev                    Also accept the Vite dev server's origin (used by npm run dev).
  -h, --help               Show this help.

Credentials, when no flag chooses them: ALIBABA_CLOUD_ACCESS_KEY_ID and
ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), then the current aliyun
CLI profile, then the shared credentials file (ALIBABA_CLOUD_PROFILE picks a profile). The AccessKey
secret never leaves this process.
`;

type Env = Readonly<Record<string, string | undefined>>;

const FLAGS: Readonly<Record<string, FlagSpec>> = {
  port: { type: 'string' },
  host: { type: 'string' },
  'auth-token': { type: 'string' },
  profile: { type: 'string' },
  'ecs-ram-role': { type: 'string', optionalValue: true },
  region: { type: 'string' },
  emulator: { type: 'boolean' },
  'emulator-images-per-region': { type: 'string' },
  endpoint: { type: 'string' },
  accounts: { type: 'string' },
  'sts-endpoint': { type: 'string' },
  signature: { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'cache-ttl': { type: 'string' },
  'rate-limit': { type: 'string' },
  redis: { type: 'string' },
  'trust-forwarded-identity': { type: 'string' },
  access: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'no-build': { type: 'boolean' },
  dev: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const DURATION_RULE = { minMs: 1, maxMs: 600_000, bareUnit: 's' } as const;

function parseCacheTtl(text: string): number {
  if (text.trim() === '0') return 0;
  try {
    return duration('--cache-ttl', text, DURATION_RULE);
  } catch {
    throw new FlagError(
      `--cache-ttl must be 0 (no cache) or a duration such as 30s, up to 600s; got "${text}".`,
    );
  }
}

/** An endpoint origin: https anywhere, plain http only to this machine; no path, query or user. */
function parseEndpoint(flag: string, text: string): Endpoint {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FlagError(`${flag} must be a URL such as https://ecs.cn-hangzhou.aliyuncs.com, got "${text}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new FlagError(`${flag} must use https:// (or http:// on loopback), got "${url.protocol}".`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    throw new FlagError(
      `${flag} may use plain http:// only on a loopback address (127.0.0.1, localhost); use https:// for "${url.hostname}".`,
    );
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new FlagError(
      `${flag} must be just scheme, host and port (no path, query or user), got "${text}".`,
    );
  return { protocol: url.protocol, host: url.host };
}

/** A Redis URL: redis:// or rediss://, a host, no query or fragment. */
function parseRedisUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FlagError(
      `--redis must be a URL such as redis://127.0.0.1:6379, got "${text.replace(/\/\/[^@/]*@/, '//…@')}".`,
    );
  }
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new FlagError(`--redis must start with redis:// or rediss:// (TLS), got "${shown}".`);
  if (!url.hostname || url.search || url.hash || !/^\/?(\d{1,2})?$/.test(url.pathname))
    throw new FlagError(`--redis must be redis://HOST:PORT, optionally with /DB (a number), got "${shown}".`);
  return text;
}

export function parseCliOptions(argv: readonly string[], env: Env): Result<CliOptions, string> {
  return parseCommandLine(argv, FLAGS, (flags) => optionsFrom(flags, env));
}

function optionsFrom(flags: Flags, env: Env): CliOptions {
  const text = (name: string) => textOf(flags, name);
  const role = flags.get('ecs-ram-role');
  if (typeof role === 'string' && !/^[A-Za-z0-9._@+=,-]{1,64}$/.test(role))
    throw new FlagError(`--ecs-ram-role takes a RAM role name, got "${role}".`);
  const ecsRamRole = role === undefined ? undefined : { roleName: role === true ? undefined : role };

  const host = text('host') ?? DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:[\]-]{1,253}$/.test(host))
    throw new FlagError(`--host must be an address or host name, got "${host}".`);
  const authFlag = text('auth-token');
  const authToken = authFlag ?? (env[AUTH_TOKEN_ENV] || undefined);
  const authSource = authFlag !== undefined ? '--auth-token' : AUTH_TOKEN_ENV;
  if (authToken !== undefined && !AUTH_TOKEN_PATTERN.test(authToken))
    throw new FlagError(`${authSource} must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ - .`);
  const trustText = text('trust-forwarded-identity');
  const trusted = trustText === undefined ? undefined : parseTrustedAddresses(trustText);
  if (trusted && !trusted.ok) throw new FlagError(`--trust-forwarded-identity: ${trusted.error}.`);
  const accessFile = text('access');
  if (accessFile !== undefined && trusted === undefined)
    throw new FlagError('--access needs --trust-forwarded-identity: the rules are about who is signed in.');
  if (!isLoopbackHost(host) && authToken === undefined && trusted === undefined)
    throw new FlagError(
      `--host ${host} makes the proxy reachable from other machines, and it signs with your credentials: ` +
        `set --auth-token (or ${AUTH_TOKEN_ENV}) or --trust-forwarded-identity too, or bind 127.0.0.1.`,
    );

  const region = text('region') ?? DEFAULT_REGION_ID;
  if (!isWellFormedRegionId(region))
    throw new FlagError(`--region must be a region ID such as cn-hangzhou, got "${region}".`);

  const signature = text('signature') ?? 'v3';
  if (signature !== 'v2' && signature !== 'v3')
    throw new FlagError(`--signature must be v2 or v3, got "${signature}".`);

  const endpointText = text('endpoint');
  const stsEndpointText = text('sts-endpoint');
  const profile = text('profile');
  if (profile !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(profile))
    throw new FlagError(`--profile must be a profile name (letters, digits, . _ -), got "${profile}".`);
  const emulator = flags.has('emulator');
  const conflicts = [
    ['--emulator', emulator, '--endpoint', endpointText !== undefined],
    ['--emulator', emulator, '--sts-endpoint', text('sts-endpoint') !== undefined],
    ['--emulator', emulator, '--profile', profile !== undefined],
    ['--emulator', emulator, '--ecs-ram-role', ecsRamRole !== undefined],
    ['--profile', profile !== undefined, '--ecs-ram-role', ecsRamRole !== undefined],
  ] as const;
  for (const [a, hasA, b, hasB] of conflicts)
    if (hasA && hasB) throw new FlagError(`${a} and ${b} cannot be used together.`);

  const certFile = text('tls-cert');
  const keyFile = text('tls-key');
  if ((certFile === undefined) !== (keyFile === undefined))
    throw new FlagError(
      `${certFile === undefined ? '--tls-key' : '--tls-cert'} needs ${certFile === undefined ? '--tls-cert' : '--tls-key'} too.`,
    );
  const trustProxy = flags.has('trust-proxy');
  if (trustProxy && certFile !== undefined)
    throw new FlagError(
      '--trust-proxy and --tls-cert cannot be used together: either this server or the proxy in front ends TLS.',
    );

  const port = text('port');
  const concurrency = text('concurrency');
  const images = text('emulator-images-per-region');
  const timeout = text('timeout');
  const cacheTtl = text('cache-ttl');
  const rateLimit = text('rate-limit');
  const redis = text('redis') ?? (env[REDIS_URL_ENV] || undefined);
  const rate = rateLimit === undefined ? null : decimal('--rate-limit', rateLimit);
  if (rate !== null && !(rate >= 0.5 && rate <= 10_000))
    throw new FlagError(`--rate-limit must be from 0.5 to 10000 calls per second, got "${rateLimit}".`);
  return {
    port: port === undefined ? DEFAULT_PORT : wholeNumber('--port', port, 0, 65535),
    host,
    authToken,
    profile,
    ecsRamRole,
    region,
    emulator,
    emulatorImagesPerRegion:
      images === undefined ? undefined : wholeNumber('--emulator-images-per-region', images, 1, 200_000),
    endpoint: endpointText === undefined ? undefined : parseEndpoint('--endpoint', endpointText),
    accountsFile: text('accounts'),
    stsEndpoint: stsEndpointText === undefined ? undefined : parseEndpoint('--sts-endpoint', stsEndpointText),
    signatureVersion: signature,
    timeoutMs: timeout === undefined ? DEFAULT_TIMEOUT_MS : duration('--timeout', timeout, DURATION_RULE),
    concurrency:
      concurrency === undefined ? DEFAULT_CONCURRENCY : wholeNumber('--concurrency', concurrency, 1, 64),
    cacheTtlMs: cacheTtl === undefined ? DEFAULT_CACHE_LIMITS.ttlMs : parseCacheTtl(cacheTtl),
    rateLimit: rate,
    redisUrl: redis === undefined ? undefined : parseRedisUrl(redis),
    trustForwardedIdentity: trusted?.value,
    accessFile,
    tls: certFile !== undefined && keyFile !== undefined ? { certFile, keyFile } : undefined,
    trustProxy,
    build: !flags.has('no-build'),
    dev: flags.has('dev'),
    help: flags.has('help'),
  };
}
