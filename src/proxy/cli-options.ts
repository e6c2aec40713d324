// `npm start` flags and environment variables → validated options, or a message that names the flag
// at fault. Pure: argv and the environment come in as values.

import { DEFAULT_REGION_ID, isWellFormedRegionId } from '../ecs/regions';
import { DEFAULT_CACHE_LIMITS } from './response-cache';
import { isLoopbackHost } from '../node/loopback';
import { AUTH_TOKEN_PATTERN } from './security';
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
  signatureVersion: SignatureVersion;
  timeoutMs: number;
  concurrency: number;
  /** How long a successful answer is reused; 0: never. */
  cacheTtlMs: number;
  build: boolean;
  dev: boolean;
  help: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 8;
export const AUTH_TOKEN_ENV = 'ECS_BROWSER_AUTH_TOKEN';

export const HELP_TEXT = `Usage: npm start -- [options]        (or: npx tsx src/proxy/main.ts [options])

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
  --signature v2|v3        Signature version: v3 = ACS3-HMAC-SHA256 (default), v2 = HMAC-SHA1.
  --timeout DURATION       Time budget of one API request, retries included: 10s, 500ms, or
                           seconds (default ${DEFAULT_TIMEOUT_MS / 1000}s).
  --concurrency N          Upstream requests in flight at most; more wait (default ${DEFAULT_CONCURRENCY}).
  --cache-ttl DURATION     How long a successful answer is reused for the same request and
                           AccessKey (default ${DEFAULT_CACHE_LIMITS.ttlMs / 1000}s; 0 turns the cache off). Reload in the
                           dashboard always asks the service again.
  --no-build               Serve dist/web as it is; do not rebuild the SPA when it is stale.
  --dev                    Also accept the Vite dev server's origin (used by npm run dev).
  -h, --help               Show this help.

Credentials, when no flag chooses them: ALIBABA_CLOUD_ACCESS_KEY_ID and
ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), then the current aliyun
CLI profile, then the shared credentials file (ALIBABA_CLOUD_PROFILE picks a profile). The AccessKey
secret never leaves this process.
`;

export type CliParseResult = { ok: true; options: CliOptions } | { ok: false; message: string };

type Env = Readonly<Record<string, string | undefined>>;

class CliError extends Error {}

const VALUE_FLAGS = new Set([
  '--port',
  '--host',
  '--auth-token',
  '--profile',
  '--region',
  '--endpoint',
  '--signature',
  '--timeout',
  '--concurrency',
  '--cache-ttl',
  '--emulator-images-per-region',
]);
const SWITCHES = new Set(['--emulator', '--no-build', '--dev', '--help', '-h']);
const OPTIONAL_VALUE_FLAGS = new Set(['--ecs-ram-role']);

function integerIn(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got "${text}".`);
  return Number(text);
}

/** `10s`, `500ms`, or a number of seconds. */
function parseDuration(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text.trim());
  const ms = m ? Number(m[1]) * (m[2] === 'ms' ? 1 : 1000) : NaN;
  if (!(ms >= 1 && ms <= 600_000))
    throw new CliError(`${flag} must be a duration from 1ms to 600s, such as 10s or 500ms; got "${text}".`);
  return Math.round(ms);
}

function parseCacheTtl(text: string): number {
  if (text.trim() === '0') return 0;
  try {
    return parseDuration('--cache-ttl', text);
  } catch {
    throw new CliError(
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
    throw new CliError(`${flag} must be a URL such as https://ecs.cn-hangzhou.aliyuncs.com, got "${text}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new CliError(`${flag} must use https:// (or http:// on loopback), got "${url.protocol}".`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    throw new CliError(
      `${flag} may use plain http:// only on a loopback address (127.0.0.1, localhost); use https:// for "${url.hostname}".`,
    );
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new CliError(`${flag} must be just scheme, host and port (no path, query or user), got "${text}".`);
  return { protocol: url.protocol, host: url.host };
}

export function parseCliOptions(argv: readonly string[], env: Env): CliParseResult {
  try {
    return { ok: true, options: parse(argv, env) };
  } catch (e) {
    if (e instanceof CliError) return { ok: false, message: e.message };
    throw e;
  }
}

function parse(argv: readonly string[], env: Env): CliOptions {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  let ecsRamRole: CliOptions['ecsRamRole'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (values.has(flag) || switches.has(flag) || (flag === '--ecs-ram-role' && ecsRamRole))
      throw new CliError(`${flag} is given more than once.`);
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new CliError(`${flag} needs a value.`);
      values.set(flag, value);
    } else if (OPTIONAL_VALUE_FLAGS.has(flag)) {
      const next = inline ?? (argv[i + 1]?.startsWith('-') ? undefined : argv[i + 1]);
      if (inline === undefined && next !== undefined) i++;
      if (next !== undefined && !/^[A-Za-z0-9._@+=,-]{1,64}$/.test(next))
        throw new CliError(`--ecs-ram-role takes a RAM role name, got "${next}".`);
      ecsRamRole = { roleName: next || undefined };
    } else if (SWITCHES.has(flag) && inline === undefined) {
      switches.add(flag === '-h' ? '--help' : flag);
    } else if (SWITCHES.has(flag)) {
      throw new CliError(`${flag} takes no value.`);
    } else {
      throw new CliError(`Unknown option "${arg}".`);
    }
  }

  const host = values.get('--host') ?? DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:[\]-]{1,253}$/.test(host))
    throw new CliError(`--host must be an address or host name, got "${host}".`);
  const authFlag = values.get('--auth-token');
  const authToken = authFlag ?? (env[AUTH_TOKEN_ENV] || undefined);
  const authSource = authFlag !== undefined ? '--auth-token' : AUTH_TOKEN_ENV;
  if (authToken !== undefined && !AUTH_TOKEN_PATTERN.test(authToken))
    throw new CliError(`${authSource} must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ - .`);
  if (!isLoopbackHost(host) && authToken === undefined)
    throw new CliError(
      `--host ${host} makes the proxy reachable from other machines, and it signs with your credentials: ` +
        `set --auth-token (or ${AUTH_TOKEN_ENV}) too, or bind 127.0.0.1.`,
    );

  const region = values.get('--region') ?? DEFAULT_REGION_ID;
  if (!isWellFormedRegionId(region))
    throw new CliError(`--region must be a region ID such as cn-hangzhou, got "${region}".`);

  const signature = values.get('--signature') ?? 'v3';
  if (signature !== 'v2' && signature !== 'v3')
    throw new CliError(`--signature must be v2 or v3, got "${signature}".`);

  const endpointText = values.get('--endpoint');
  const profile = values.get('--profile');
  if (profile !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(profile))
    throw new CliError(`--profile must be a profile name (letters, digits, . _ -), got "${profile}".`);
  const emulator = switches.has('--emulator');
  const conflicts = [
    ['--emulator', emulator, '--endpoint', endpointText !== undefined],
    ['--emulator', emulator, '--profile', profile !== undefined],
    ['--emulator', emulator, '--ecs-ram-role', ecsRamRole !== undefined],
    ['--profile', profile !== undefined, '--ecs-ram-role', ecsRamRole !== undefined],
  ] as const;
  for (const [a, hasA, b, hasB] of conflicts)
    if (hasA && hasB) throw new CliError(`${a} and ${b} cannot be used together.`);

  const port = values.get('--port');
  const concurrency = values.get('--concurrency');
  const images = values.get('--emulator-images-per-region');
  const timeout = values.get('--timeout');
  const cacheTtl = values.get('--cache-ttl');
  return {
    port: port === undefined ? DEFAULT_PORT : integerIn('--port', port, 0, 65535),
    host,
    authToken,
    profile,
    ecsRamRole,
    region,
    emulator,
    emulatorImagesPerRegion:
      images === undefined ? undefined : integerIn('--emulator-images-per-region', images, 1, 200_000),
    endpoint: endpointText === undefined ? undefined : parseEndpoint('--endpoint', endpointText),
    signatureVersion: signature,
    timeoutMs: timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration('--timeout', timeout),
    concurrency:
      concurrency === undefined ? DEFAULT_CONCURRENCY : integerIn('--concurrency', concurrency, 1, 64),
    cacheTtlMs: cacheTtl === undefined ? DEFAULT_CACHE_LIMITS.ttlMs : parseCacheTtl(cacheTtl),
    build: !switches.has('--no-build'),
    dev: switches.has('--dev'),
    help: switches.has('--help'),
  };
}
