import { describe, expect, it } from 'vitest';
import { HELP_TEXT, parseCliOptions, type CliOptions } from './cli-options';

const TOKEN = 'tok_0123456789abcdef';

function options(argv: string[], env: Record<string, string> = {}): CliOptions {
  const result = parseCliOptions(argv, env);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function problem(argv: string[], env: Record<string, string> = {}): string {
  const result = parseCliOptions(argv, env);
  if (result.ok) throw new Error(`expected ${argv.join(' ')} to be refused`);
  return result.error;
}

describe('npm start options', () => {
  it('default to a loopback server on 8080 with V3, cn-hangzhou, a 10 s budget and 8 in flight', () => {
    expect(options([])).toEqual({
      port: 8080,
      host: '127.0.0.1',
      authToken: undefined,
      profile: undefined,
      ecsRamRole: undefined,
      region: 'cn-hangzhou',
      emulator: false,
      emulatorImagesPerRegion: undefined,
      endpoint: undefined,
      signatureVersion: 'v3',
      timeoutMs: 10_000,
      concurrency: 8,
      cacheTtlMs: 60_000,
      rateLimit: null,
      redisUrl: undefined,
      trustForwardedIdentity: undefined,
      accessFile: undefined,
      tls: undefined,
      trustProxy: false,
      build: true,
      dev: false,
      help: false,
    });
  });

  it('read every flag, in both --flag value and --flag=value form', () => {
    const o = options([
      '--port=4180',
      '--emulator',
      '--no-build',
      '--region',
      'ap-southeast-1',
      '--signature',
      'v2',
      '--timeout',
      '500ms',
      '--concurrency=3',
      '--emulator-images-per-region',
      '40',
      '--dev',
    ]);
    expect(o).toMatchObject({
      port: 4180,
      emulator: true,
      build: false,
      region: 'ap-southeast-1',
      signatureVersion: 'v2',
      timeoutMs: 500,
      concurrency: 3,
      emulatorImagesPerRegion: 40,
      dev: true,
    });
    expect(options(['--timeout', '2.5']).timeoutMs).toBe(2500);
    expect(options(['--timeout=10s']).timeoutMs).toBe(10_000);
    expect(options(['--profile', 'work']).profile).toBe('work');
    expect(options(['-h']).help).toBe(true);
    expect(options(['--cache-ttl', '5s']).cacheTtlMs).toBe(5_000);
    expect(options(['--cache-ttl=0']).cacheTtlMs).toBe(0);
  });

  it('accept the two commands Playwright runs', () => {
    expect(options(['--emulator', '--port', '4180', '--no-build'])).toMatchObject({
      emulator: true,
      port: 4180,
    });
    expect(options(['--port', '4181', '--endpoint', 'http://127.0.0.1:4190', '--no-build']).endpoint).toEqual(
      {
        protocol: 'http:',
        host: '127.0.0.1:4190',
      },
    );
  });

  it('take an optional role name after --ecs-ram-role', () => {
    expect(options(['--ecs-ram-role']).ecsRamRole).toEqual({ roleName: undefined });
    expect(options(['--ecs-ram-role', '--no-build']).ecsRamRole).toEqual({ roleName: undefined });
    expect(options(['--ecs-ram-role', 'EcsReader']).ecsRamRole).toEqual({ roleName: 'EcsReader' });
    expect(options(['--ecs-ram-role=EcsReader']).ecsRamRole).toEqual({ roleName: 'EcsReader' });
    expect(options(['--ecs-ram-role', 'EcsReader', '--no-build'])).toMatchObject({
      ecsRamRole: { roleName: 'EcsReader' },
      build: false,
    });
  });

  it('take the token from the environment when the flag is absent', () => {
    expect(options([], { ECS_BROWSER_AUTH_TOKEN: TOKEN }).authToken).toBe(TOKEN);
    expect(options(['--auth-token', `${TOKEN}x`], { ECS_BROWSER_AUTH_TOKEN: TOKEN }).authToken).toBe(
      `${TOKEN}x`,
    );
    expect(options([], { ECS_BROWSER_AUTH_TOKEN: '' }).authToken).toBeUndefined();
  });

  it('refuse a non-loopback bind without a token, and allow it with one', () => {
    expect(problem(['--host', '0.0.0.0'])).toMatch(/^--host 0\.0\.0\.0 .*--auth-token/);
    expect(problem(['--host', '192.168.1.5'])).toMatch(/--auth-token/);
    expect(options(['--host', '0.0.0.0', '--auth-token', TOKEN]).host).toBe('0.0.0.0');
    expect(options(['--host', '0.0.0.0'], { ECS_BROWSER_AUTH_TOKEN: TOKEN }).authToken).toBe(TOKEN);
    expect(options(['--host', 'localhost']).host).toBe('localhost');
  });

  it('refuse weak or unsafe tokens, naming where they came from', () => {
    expect(problem(['--auth-token', 'short'])).toMatch(/^--auth-token must be 16/);
    expect(problem([], { ECS_BROWSER_AUTH_TOKEN: 'has spaces in it, 1234567' })).toMatch(
      /^ECS_BROWSER_AUTH_TOKEN must/,
    );
  });

  it('only accept endpoints that are an origin, with plain http only on loopback', () => {
    expect(options(['--endpoint', 'https://ecs-vpc.cn-shanghai.aliyuncs.com']).endpoint).toEqual({
      protocol: 'https:',
      host: 'ecs-vpc.cn-shanghai.aliyuncs.com',
    });
    expect(options(['--endpoint', 'http://localhost:9000/']).endpoint).toEqual({
      protocol: 'http:',
      host: 'localhost:9000',
    });
    expect(problem(['--endpoint', 'http://evil.example'])).toMatch(
      /^--endpoint may use plain http:\/\/ only on a loopback/,
    );
    expect(problem(['--endpoint', 'http://127.0.0.1.evil.example'])).toMatch(/loopback/);
    expect(problem(['--endpoint', 'ftp://127.0.0.1'])).toMatch(/^--endpoint must use https/);
    expect(problem(['--endpoint', 'https://a.example/path'])).toMatch(/no path/);
    expect(problem(['--endpoint', 'https://user:pw@a.example'])).toMatch(/no path, query or user/);
    expect(problem(['--endpoint', 'not a url'])).toMatch(/^--endpoint must be a URL/);
  });

  it('name the flag at fault for every bad value', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--port', '70000'], /^--port must be a whole number from 0 to 65535, got "70000"/],
      [['--port', 'http'], /^--port must be a whole number/],
      [['--port'], /^--port needs a value/],
      [['--port', '--emulator'], /^--port needs a value/],
      [['--concurrency', '0'], /^--concurrency must be a whole number from 1 to 64/],
      [['--timeout', 'soon'], /^--timeout must be a duration/],
      [['--timeout', '0'], /^--timeout must be a duration/],
      [['--cache-ttl', 'forever'], /^--cache-ttl must be 0 \(no cache\) or a duration/],
      [['--signature', 'v4'], /^--signature must be v2 or v3, got "v4"/],
      [['--region', 'evil.com/'], /^--region must be a region ID/],
      [['--profile', '../x'], /^--profile must be a profile name/],
      [['--ecs-ram-role', 'a/b'], /^--ecs-ram-role takes a RAM role name/],
      [['--emulator-images-per-region', '-1'], /^--emulator-images-per-region must be a whole number/],
      [['--frobnicate'], /^Unknown option "--frobnicate"/],
      [['-x'], /^Unknown option "-x"/],
      [['--no-build', 'stray'], /^Unexpected argument "stray"/],
      [['--dev', '--dev'], /^--dev is given more than once/],
      [['--emulator=yes'], /^--emulator takes no value/],
      [['--port', '1', '--port', '2'], /^--port is given more than once/],
      [
        ['--emulator', '--endpoint', 'http://127.0.0.1:1'],
        /^--emulator and --endpoint cannot be used together/,
      ],
      [['--emulator', '--profile', 'p'], /^--emulator and --profile cannot/],
      [['--profile', 'p', '--ecs-ram-role'], /^--profile and --ecs-ram-role cannot/],
      [
        ['--trust-forwarded-identity', '10.0.0.0/33'],
        /^--trust-forwarded-identity: "10.0.0.0\/33" is not an address or CIDR/,
      ],
      [
        ['--trust-forwarded-identity', 'proxy.internal'],
        /^--trust-forwarded-identity: "proxy.internal" is not/,
      ],
      [['--access', 'rules.json'], /^--access needs --trust-forwarded-identity/],
      [['--rate-limit', 'fast'], /^--rate-limit must be a number, got "fast"/],
      [['--rate-limit', '0.1'], /^--rate-limit must be from 0.5 to 10000 calls per second/],
      [['--redis', 'localhost:6379'], /^--redis must start with redis:\/\/ or rediss:\/\//],
      [['--redis', 'redis://h:1/x?y'], /^--redis must be redis:\/\/HOST:PORT, optionally with \/DB/],
      [['--redis', 'not a url'], /^--redis must be a URL/],
    ];
    for (const [argv, expected] of cases) expect(problem(argv)).toMatch(expected);
  });

  it('let an SSO proxy in front stand in for the token when binding a network address', () => {
    const o = options([
      '--host',
      '0.0.0.0',
      '--trust-forwarded-identity',
      '172.28.0.10/32,fd00::/8',
      '--access',
      'a.json',
    ]);
    expect(o.authToken).toBeUndefined();
    expect(o.trustForwardedIdentity?.text).toBe('172.28.0.10/32,fd00::/8');
    expect(o.accessFile).toBe('a.json');
  });

  it('take a Redis URL to share state through and a rate limit, and never show a Redis password in a message', () => {
    expect(options(['--redis', 'rediss://:pw@cache.internal:6380/2', '--rate-limit', '7.5'])).toMatchObject({
      redisUrl: 'rediss://:pw@cache.internal:6380/2',
      rateLimit: 7.5,
    });
    expect(problem(['--redis', 'http://:s3cret@h:1'])).not.toContain('s3cret');
    const fromEnv = parseCliOptions([], { ECS_BROWSER_REDIS_URL: 'redis://:pw@10.0.0.3:6379' });
    expect(fromEnv.ok && fromEnv.value.redisUrl).toBe('redis://:pw@10.0.0.3:6379');
  });

  it('document every flag in --help', () => {
    for (const flag of [
      '--port',
      '--host',
      '--auth-token',
      '--profile',
      '--region',
      '--emulator',
      '--endpoint',
      '--signature',
      '--ecs-ram-role',
      '--no-build',
      '--timeout',
      '--concurrency',
      '--cache-ttl',
      '--rate-limit',
      '--redis',
      '--trust-forwarded-identity',
      '--access',
      '--emulator-images-per-region',
      '--dev',
      '--help',
      'ECS_BROWSER_AUTH_TOKEN',
    ])
      expect(HELP_TEXT).toContain(flag);
  });
});
