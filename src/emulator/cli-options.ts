// The emulator's command line (`npm run emulator -- --port 9510 …`), parsed without side effects
// so that every flag and every bad value can be tested. Read by src/node/command-line.ts, like the
// proxy's: the same names, value formats and messages for the same things.

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
import {
  DEFAULT_CATALOG_SEED,
  DEFAULT_IMAGES_PER_REGION,
  MAX_IMAGES_PER_REGION,
  MAX_INSTANCES_PER_REGION,
} from './catalog';
import { DEFAULT_FAULTS, faultSettingProblem, MAX_FAULT_DELAY_MS, type FaultSettings } from './faults';

export const DEFAULT_PORT = 9510;
/** Demo credentials for running the emulator by hand; they protect nothing. */
export const DEMO_ACCESS_KEY_ID = 'emulator-demo-id';
export const DEMO_ACCESS_KEY_SECRET = 'emulator-demo-secret';

export interface CliConfig {
  port: number;
  host: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** `--identities FILE`: more credentials and RAM roles (identities-file.ts). */
  identitiesFile: string | undefined;
  seed: number;
  imagesPerRegion: number;
  /** About how many instances the default account has per region; undefined: from its images in use. */
  instancesPerRegion: number | undefined;
  faults: Partial<FaultSettings>;
  strictSignatures: boolean;
  log: boolean;
  help: boolean;
}

/** Fault flags and the setting each one sets. */
const FAULT_FLAGS = {
  latency: 'latencyMs',
  jitter: 'jitterMs',
  'throttle-qps': 'throttleQps',
  'error-rate': 'errorRate',
  'hang-rate': 'hangRate',
  'hang-ms': 'hangMs',
  'malformed-rate': 'malformedRate',
} as const satisfies Record<string, keyof FaultSettings>;

/** Fault settings that are durations; a bare number is milliseconds, as it always was here. */
const DURATION_SETTINGS: ReadonlySet<keyof FaultSettings> = new Set(['latencyMs', 'jitterMs', 'hangMs']);

export const HELP = `Local stand-in for the Alibaba Cloud ECS RPC endpoint (API 2014-05-26): DescribeImages,
DescribeRegions, DescribeImageFromFamily, DescribeInstances, DescribeImageSharePermission and
DescribeSnapshots with V2 and V3 signature checks, a deterministic world of several accounts, STS
AssumeRole (API 2015-04-01) for their RAM roles, and fault injection. Listens on loopback only.

Usage: npm run emulator -- [options]

Options:
  --port N                   Port to listen on (default ${DEFAULT_PORT}; 0 picks a free one).
  --host ADDRESS             Loopback address to bind: 127.0.0.1 (default), ::1 or localhost.
  --access-key-id ID         The AccessKey ID requests must be signed with (default ${DEMO_ACCESS_KEY_ID}).
  --access-key-secret SECRET Its secret (default ${DEMO_ACCESS_KEY_SECRET}; a demo value, not a secret).
                             Requests signed with it act as your account.
  --identities FILE          More credentials, each acting as one of the hosted accounts, and more
                             RAM roles for STS AssumeRole (YAML or JSON; see README). Every team
                             account already has the role image-browser-readonly, which your
                             account may assume.
  --images-per-region N      Catalog size per region, 1 to ${MAX_IMAGES_PER_REGION} (default ${DEFAULT_IMAGES_PER_REGION}).
  --instances-per-region N   About how many instances your account has per region (default: 2.5 per
                             image in use).
  --seed N                   Catalog seed (default ${DEFAULT_CATALOG_SEED}).
  --latency DURATION         Added to every answer: 25ms, 1.5s; a bare number is ms (default ${DEFAULT_FAULTS.latencyMs}).
  --jitter DURATION          Up to this much more, uniformly (default ${DEFAULT_FAULTS.jitterMs}).
  --throttle-qps N           Answer Throttling.User above this many requests per second per AccessKey
                             (default off).
  --error-rate 0..1          Share of requests answered 500 InternalError or 503 ServiceUnavailable (default 0).
  --hang-rate 0..1           Share of requests that hang before answering (default 0).
  --hang-ms DURATION         How long they hang (default ${DEFAULT_FAULTS.hangMs}ms).
  --malformed-rate 0..1      Share answered 200 with a truncated JSON body (default 0).
  --no-strict-signatures     Accept requests without checking signatures.
  --log                      Print one line per request to stderr (no secrets).
  -h, --help                 Show this help.

Faults can also be changed while running: POST a JSON object of settings (latencyMs, jitterMs,
throttleQps, errorRate, hangRate, hangMs, malformedRate) to /__admin/faults from this machine, with
Content-Type: application/json. GET /__admin/stats counts the calls received and in flight.
`;

const FLAGS: Readonly<Record<string, FlagSpec>> = {
  port: { type: 'string' },
  host: { type: 'string' },
  'access-key-id': { type: 'string' },
  'access-key-secret': { type: 'string' },
  identities: { type: 'string' },
  'images-per-region': { type: 'string' },
  'instances-per-region': { type: 'string' },
  seed: { type: 'string' },
  ...Object.fromEntries(Object.keys(FAULT_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
  'no-strict-signatures': { type: 'boolean' },
  log: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export function parseCliArgs(argv: readonly string[]): Result<CliConfig, string> {
  return parseCommandLine(argv, FLAGS, configFrom);
}

function configFrom(flags: Flags): CliConfig {
  const text = (name: string) => textOf(flags, name);
  const port = text('port');
  const images = text('images-per-region');
  const instances = text('instances-per-region');
  const seed = text('seed');
  const host = text('host') ?? '127.0.0.1';
  if (!isLoopbackHost(host))
    throw new FlagError(`--host must be a loopback address (127.0.0.1, ::1 or localhost), got "${host}".`);
  for (const flag of ['access-key-id', 'access-key-secret'])
    if (text(flag) === '') throw new FlagError(`--${flag} must not be empty.`);

  const faults: Partial<FaultSettings> = {};
  for (const [name, key] of Object.entries(FAULT_FLAGS)) {
    const raw = text(name);
    if (raw === undefined) continue;
    const flag = `--${name}`;
    const value = DURATION_SETTINGS.has(key)
      ? duration(flag, raw, { minMs: 0, maxMs: MAX_FAULT_DELAY_MS, bareUnit: 'ms' })
      : decimal(flag, raw);
    const problem = faultSettingProblem(key, value);
    if (problem) throw new FlagError(`${flag} ${problem}, got "${raw}".`);
    faults[key] = value;
  }

  return {
    port: port === undefined ? DEFAULT_PORT : wholeNumber('--port', port, 0, 65535),
    host,
    accessKeyId: text('access-key-id') ?? DEMO_ACCESS_KEY_ID,
    accessKeySecret: text('access-key-secret') ?? DEMO_ACCESS_KEY_SECRET,
    identitiesFile: text('identities'),
    seed: seed === undefined ? DEFAULT_CATALOG_SEED : wholeNumber('--seed', seed, 0, Number.MAX_SAFE_INTEGER),
    imagesPerRegion:
      images === undefined
        ? DEFAULT_IMAGES_PER_REGION
        : wholeNumber('--images-per-region', images, 1, MAX_IMAGES_PER_REGION),
    instancesPerRegion:
      instances === undefined
        ? undefined
        : wholeNumber('--instances-per-region', instances, 0, MAX_INSTANCES_PER_REGION),
    faults,
    strictSignatures: !flags.has('no-strict-signatures'),
    log: flags.has('log'),
    help: flags.has('help'),
  };
}
