import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_SEED, DEFAULT_IMAGES_PER_REGION } from './catalog';
import { DEFAULT_PORT, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, parseCliArgs } from './cli-options';

const config = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${JSON.stringify(parsed)}`);
  return parsed.config;
};
const errorOf = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'error') throw new Error(`expected an error for ${argv.join(' ')}`);
  return parsed.message;
};

describe('parseCliArgs', () => {
  it('defaults to port 9510, the documented demo key pair, strict signatures and no faults', () => {
    expect(config([])).toEqual({
      port: DEFAULT_PORT,
      accessKeyId: DEMO_ACCESS_KEY_ID,
      accessKeySecret: DEMO_ACCESS_KEY_SECRET,
      seed: DEFAULT_CATALOG_SEED,
      imagesPerRegion: DEFAULT_IMAGES_PER_REGION,
      faults: {},
      strictSignatures: true,
      log: false,
    });
    expect(DEFAULT_PORT).toBe(9510);
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(
      config([
        '--port',
        '4190',
        '--access-key-id',
        'e2e-access-key-id',
        '--access-key-secret=e2e-access-key-secret-not-for-production',
        '--images-per-region',
        '4000',
        '--seed=7',
        '--latency',
        '25',
        '--jitter',
        '10',
        '--throttle-qps',
        '2.5',
        '--error-rate',
        '0.1',
        '--hang-rate',
        '0.05',
        '--hang-ms',
        '15000',
        '--malformed-rate',
        '0.01',
        '--no-strict-signatures',
        '--log',
      ]),
    ).toEqual({
      port: 4190,
      accessKeyId: 'e2e-access-key-id',
      accessKeySecret: 'e2e-access-key-secret-not-for-production',
      seed: 7,
      imagesPerRegion: 4000,
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
    });
  });

  it('names the flag in every complaint', () => {
    const cases: [string[], RegExp][] = [
      [['--port', 'abc'], /^--port must be a whole number from 0 to 65535, not "abc"$/],
      [['--port', '70000'], /--port/],
      [['--images-per-region', '0'], /--images-per-region must be a whole number from 1/],
      [['--seed', '-3'], /--seed/],
      [['--error-rate', '2'], /^--error-rate must be a number from 0 to 1, not "2"$/],
      [['--hang-rate', 'often'], /^--hang-rate must be a number, not "often"$/],
      [['--latency', '-5'], /--latency/],
      [['--throttle-qps', '0'], /--throttle-qps must be a number of requests per second above 0/],
      [['--access-key-id', ''], /--access-key-id must not be empty/],
      [['--colour', 'red'], /--colour/],
      [['--port'], /--port/],
      [['stray'], /stray/],
    ];
    for (const [argv, message] of cases) expect(errorOf(argv), argv.join(' ')).toMatch(message);
  });

  it('shows help with the demo credentials and every flag', () => {
    const parsed = parseCliArgs(['--help']);
    expect(parsed.kind).toBe('help');
    const text = parsed.kind === 'help' ? parsed.text : '';
    for (const flag of [
      '--port',
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
    ])
      expect(text).toContain(flag);
    expect(text).toContain(DEMO_ACCESS_KEY_ID);
    expect(text).toContain(DEMO_ACCESS_KEY_SECRET);
  });
});
