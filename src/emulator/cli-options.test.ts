import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_SEED, DEFAULT_IMAGES_PER_REGION } from './catalog';
import { DEFAULT_PORT, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, HELP, parseCliArgs } from './cli-options';

const config = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) throw new Error(`expected a run, got ${parsed.error}`);
  return parsed.value;
};
const errorOf = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  if (parsed.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return parsed.error;
};

describe('parseCliArgs', () => {
  it('defaults to 127.0.0.1:9510, the documented demo key pair, strict signatures and no faults', () => {
    expect(config([])).toEqual({
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      accessKeyId: DEMO_ACCESS_KEY_ID,
      accessKeySecret: DEMO_ACCESS_KEY_SECRET,
      seed: DEFAULT_CATALOG_SEED,
      imagesPerRegion: DEFAULT_IMAGES_PER_REGION,
      faults: {},
      strictSignatures: true,
      log: false,
      help: false,
    });
    expect(DEFAULT_PORT).toBe(9510);
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(
      config([
        '--port',
        '4190',
        '--host=::1',
        '--access-key-id',
        'e2e-access-key-id',
        '--access-key-secret=e2e-access-key-secret-not-for-production',
        '--identities',
        'e2e/support/identities.yaml',
        '--images-per-region',
        '4000',
        '--instances-per-region=10000',
        '--seed=7',
        '--latency',
        '25',
        '--jitter',
        '10ms',
        '--throttle-qps',
        '2.5',
        '--error-rate',
        '0.1',
        '--hang-rate',
        '0.05',
        '--hang-ms',
        '15s',
        '--malformed-rate',
        '0.01',
        '--no-strict-signatures',
        '--log',
      ]),
    ).toEqual({
      port: 4190,
      host: '::1',
      accessKeyId: 'e2e-access-key-id',
      accessKeySecret: 'e2e-access-key-secret-not-for-production',
      identitiesFile: 'e2e/support/identities.yaml',
      seed: 7,
      imagesPerRegion: 4000,
      instancesPerRegion: 10000,
      faults: {
        latencyMs: 25,
        jitterMs: 10,
        throttleQps: 2.5,
        errorRate: 0.1,
        hangRate: 0.05,
        hangMs: 15000,
        malformedRate: 0.01,
      },
      strictSignatures: false,
      log: true,
      help: false,
    });
    expect(config(['-h']).help).toBe(true);
    expect(config(['--help']).help).toBe(true);
  });

  it('names the flag in every complaint', () => {
    const cases: [string[], RegExp][] = [
      [['--port', 'abc'], /^--port must be a whole number from 0 to 65535, got "abc"\.$/],
      [['--port', '70000'], /--port/],
      [['--host', '0.0.0.0'], /^--host must be a loopback address/],
      [['--images-per-region', '0'], /--images-per-region must be a whole number from 1/],
      [['--instances-per-region', '-5'], /--instances-per-region must be a whole number from 0/],
      [['--seed', '-3'], /--seed/],
      [['--error-rate', '2'], /^--error-rate must be a number from 0 to 1, got "2"\.$/],
      [['--hang-rate', 'often'], /^--hang-rate must be a number, got "often"\.$/],
      [['--latency', '-5'], /^--latency must be a duration/],
      [
        ['--latency', 'soon'],
        /^--latency must be a duration from 0ms to 600s, such as 10s or 500ms; got "soon"\.$/,
      ],
      [['--throttle-qps', '0'], /--throttle-qps must be a number of requests per second above 0/],
      [['--access-key-id', ''], /--access-key-id must not be empty/],
      [['--colour', 'red'], /^Unknown option "--colour"\.$/],
      [['--port'], /^--port needs a value\.$/],
      [['--log=yes'], /^--log takes no value\.$/],
      [['--seed', '1', '--seed', '2'], /^--seed is given more than once\.$/],
      [['stray'], /^Unexpected argument "stray"\.$/],
    ];
    for (const [argv, message] of cases) expect(errorOf(argv), argv.join(' ')).toMatch(message);
  });

  it('shows help with the demo credentials and every flag', () => {
    for (const flag of [
      '--port',
      '--host',
      '--access-key-id',
      '--access-key-secret',
      '--images-per-region',
      '--seed',
      '--latency',
      '--jitter',
      '--throttle-qps',
      '--error-rate',
      '--hang-rate',
      '--hang-ms',
      '--malformed-rate',
      '--no-strict-signatures',
      '--log',
      '-h, --help',
    ])
      expect(HELP).toContain(flag);
    expect(HELP).toContain(DEMO_ACCESS_KEY_ID);
    expect(HELP).toContain(DEMO_ACCESS_KEY_SECRET);
  });
});
