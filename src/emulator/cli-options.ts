// The emulator's command line (`npm run emulator -- --port 9510 …`), parsed without side effects
// so that every flag and every bad value can be tested.

import { parseArgs } from 'node:util';
import { DEFAULT_CATALOG_SEED, DEFAULT_IMAGES_PER_REGION, MAX_IMAGES_PER_REGION } from './catalog';
import { DEFAULT_FAULTS, faultSettingProblem, type FaultSettings } from './faults';

export const DEFAULT_PORT = 9510;
/** Demo credentials for running the emulator by hand; they protect nothing. */
export const DEMO_ACCESS_KEY_ID = 'emulator-demo-id';
export const DEMO_ACCESS_KEY_SECRET = 'emulator-demo-secret';

export interface CliConfig {
  port: number;
  accessKeyId: string;
  accessKeySecret: string;
  seed: number;
  imagesPerRegion: number;
  faults: Partial<FaultSettings>;
  strictSignatures: boolean;
  log: boolean;
}

export type CliParse =
  { kind: 'help'; text: string } | { kind: 'error'; message: string } | { kind: 'run'; config: CliConfig };

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

export const HELP = `Local stand-in for the Alibaba Cloud ECS RPC endpoint (API 2014-05-26): DescribeImages and
DescribeRegions with V2 and V3 signature checks, a deterministic catalog and fault injection.
Listens on 127.0.0.1 only.

Usage: npm run emulator -- [flags]

  --port <n>                 port to listen on, 0 for any free port (default ${DEFAULT_PORT})
  --access-key-id <id>       the AccessKey ID requests must be signed with (default ${DEMO_ACCESS_KEY_ID})
  --access-key-secret <s>    its secret (default ${DEMO_ACCESS_KEY_SECRET}; a demo value, not a secret)
  --images-per-region <n>    catalog size per region, 1 to ${MAX_IMAGES_PER_REGION} (default ${DEFAULT_IMAGES_PER_REGION})
  --seed <n>                 catalog seed (default ${DEFAULT_CATALOG_SEED})
  --latency <ms>             added to every answer (default ${DEFAULT_FAULTS.latencyMs})
  --jitter <ms>              up to this much more, uniformly (default ${DEFAULT_FAULTS.jitterMs})
  --throttle-qps <n>         answer Throttling.User above this many requests per second per AccessKey (default off)
  --error-rate <0..1>        share of requests answered 500 InternalError or 503 ServiceUnavailable (default 0)
  --hang-rate <0..1>         share of requests that hang before answering (default 0)
  --hang-ms <ms>             how long they hang (default ${DEFAULT_FAULTS.hangMs})
  --malformed-rate <0..1>    share answered 200 with a truncated JSON body (default 0)
  --no-strict-signatures     accept requests without checking signatures
  --log                      print one line per request to stderr (no secrets)
  --help                     show this text

Faults can also be changed while running: POST a JSON object of settings (latencyMs, jitterMs,
throttleQps, errorRate, hangRate, hangMs, malformedRate) to /__admin/faults from this machine.
`;

const wholeNumber = (text: string) => (/^\d{1,15}$/.test(text) ? Number(text) : NaN);
const decimal = (text: string) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN);

export function parseCliArgs(argv: readonly string[]): CliParse {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'access-key-id': { type: 'string' },
        'access-key-secret': { type: 'string' },
        'images-per-region': { type: 'string' },
        seed: { type: 'string' },
        ...Object.fromEntries(Object.keys(FAULT_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
        'no-strict-signatures': { type: 'boolean' },
        log: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help', text: HELP };

  const text = (flag: string) => values[flag] as string | undefined;
  const bad = (flag: string, what: string) => ({
    kind: 'error' as const,
    message: `--${flag} ${what}, not "${text(flag)}"`,
  });

  const port = text('port') === undefined ? DEFAULT_PORT : wholeNumber(text('port')!);
  if (!(port >= 0 && port <= 65535)) return bad('port', 'must be a whole number from 0 to 65535');
  const imagesPerRegion =
    text('images-per-region') === undefined
      ? DEFAULT_IMAGES_PER_REGION
      : wholeNumber(text('images-per-region')!);
  if (!(imagesPerRegion >= 1 && imagesPerRegion <= MAX_IMAGES_PER_REGION))
    return bad('images-per-region', `must be a whole number from 1 to ${MAX_IMAGES_PER_REGION}`);
  const seed = text('seed') === undefined ? DEFAULT_CATALOG_SEED : wholeNumber(text('seed')!);
  if (!Number.isSafeInteger(seed)) return bad('seed', 'must be a whole number');
  for (const flag of ['access-key-id', 'access-key-secret'])
    if (text(flag) === '') return bad(flag, 'must not be empty');

  const faults: Partial<FaultSettings> = {};
  for (const [flag, key] of Object.entries(FAULT_FLAGS)) {
    const raw = text(flag);
    if (raw === undefined) continue;
    const value = decimal(raw);
    const problem = Number.isNaN(value) ? 'must be a number' : faultSettingProblem(key, value);
    if (problem) return bad(flag, problem);
    faults[key] = value;
  }

  return {
    kind: 'run',
    config: {
      port,
      accessKeyId: text('access-key-id') ?? DEMO_ACCESS_KEY_ID,
      accessKeySecret: text('access-key-secret') ?? DEMO_ACCESS_KEY_SECRET,
      seed,
      imagesPerRegion,
      faults,
      strictSignatures: !values['no-strict-signatures'],
      log: values.log === true,
    },
  };
}
