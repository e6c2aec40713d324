import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECSRAMRoleCredentialsProvider } from '@alicloud/credentials';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCredentialProvider, safeCredentialError, withoutPaths } from './credentials';

// Every test runs in its own HOME with fixture files; vitest.config.ts already disables the
// instance-metadata service, the CLI profile and the developer's credentials file.
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'proxy-credentials-'));
  vi.stubEnv('HOME', home);
  vi.stubEnv('ALIBABA_CLOUD_PROFILE', '');
  vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA', '');
  vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_URI', '');
  vi.stubEnv('ALIBABA_CLOUD_ROLE_ARN', '');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(home, { recursive: true, force: true });
});

function writeAliyunConfig(config: unknown) {
  mkdirSync(join(home, '.aliyun'), { recursive: true });
  writeFileSync(
    join(home, '.aliyun', 'config.json'),
    typeof config === 'string' ? config : JSON.stringify(config),
  );
  vi.stubEnv('ALIBABA_CLOUD_CLI_PROFILE_DISABLED', '');
}

function writeCredentialsFile(ini: string) {
  const path = join(home, 'credentials.ini');
  writeFileSync(path, ini);
  vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', path);
}

/** Replaces the instance-metadata call, so a test can see whether the chain would have made it. */
function watchMetadataService() {
  return vi.spyOn(ECSRAMRoleCredentialsProvider.prototype, 'getCredentials').mockResolvedValue({
    accessKeyId: 'STS.from-metadata',
    accessKeySecret: 'metadata-secret',
    securityToken: 'metadata-token',
    providerName: 'ecs_ram_role',
  } as never);
}

describe('credentials from the environment', () => {
  it('reads an AccessKey pair, and an STS token with it', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAIenvironment01');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'env-secret');
    const source = createCredentialProvider({});
    const plain = await source.get();
    expect(plain).toEqual({
      accessKeyId: 'LTAIenvironment01',
      accessKeySecret: 'env-secret',
      providerName: 'env',
    });
    expect(source.describe(plain.providerName)).toBe('environment variables');

    vi.stubEnv('ALIBABA_CLOUD_SECURITY_TOKEN', 'token+1/=');
    expect((await source.get()).securityToken).toBe('token+1/=');
  });

  it('sees rotated credentials on the next request without a restart', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'STS.first');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'first-secret');
    vi.stubEnv('ALIBABA_CLOUD_SECURITY_TOKEN', 'first-token');
    const source = createCredentialProvider({});
    expect((await source.get()).securityToken).toBe('first-token');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'STS.second');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'second-secret');
    vi.stubEnv('ALIBABA_CLOUD_SECURITY_TOKEN', 'second-token');
    expect(await source.get()).toMatchObject({ accessKeyId: 'STS.second', securityToken: 'second-token' });
  });

  it('recovers after a failed lookup once credentials appear (no stuck chain)', async () => {
    const source = createCredentialProvider({});
    await expect(source.get()).rejects.toThrow(/env: unable to get credentials from enviroment variables/);
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAIlater');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'later-secret');
    expect((await source.get()).accessKeyId).toBe('LTAIlater');
    // And again when the provider it settled on stops working.
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', '');
    await expect(source.get()).rejects.toThrow();
    writeCredentialsFile(
      '[default]\ntype = access_key\naccess_key_id = LTAIfile\naccess_key_secret = file-secret\n',
    );
    expect((await source.get()).accessKeyId).toBe('LTAIfile');
  });
});

describe('credentials from profiles', () => {
  const aliyunConfig = {
    current: 'default',
    profiles: [
      { name: 'default', mode: 'AK', access_key_id: 'LTAIcurrent', access_key_secret: 'current-secret' },
      { name: 'work', mode: 'AK', access_key_id: 'LTAIwork', access_key_secret: 'work-secret' },
      {
        name: 'temp',
        mode: 'StsToken',
        access_key_id: 'STS.temp',
        access_key_secret: 'temp-secret',
        sts_token: 'temp-token',
      },
    ],
  };

  it('--profile reads that profile of the aliyun CLI config, STS included', async () => {
    writeAliyunConfig(aliyunConfig);
    const work = createCredentialProvider({ profile: 'work' });
    const credentials = await work.get();
    expect(credentials).toMatchObject({ accessKeyId: 'LTAIwork', accessKeySecret: 'work-secret' });
    expect(work.describe(credentials.providerName)).toBe('aliyun CLI profile "work"');
    expect(await createCredentialProvider({ profile: 'temp' }).get()).toMatchObject({
      accessKeyId: 'STS.temp',
      securityToken: 'temp-token',
      providerName: 'cli_profile/static_sts',
    });
  });

  it('--profile falls back to the shared credentials file, and never to the environment', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAIenv');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'env-secret');
    writeCredentialsFile('[ci]\ntype = access_key\naccess_key_id = LTAIci\naccess_key_secret = ci-secret\n');
    const ci = createCredentialProvider({ profile: 'ci' });
    const credentials = await ci.get();
    expect(credentials.accessKeyId).toBe('LTAIci');
    expect(ci.describe(credentials.providerName)).toBe('credentials file profile "ci"');
    await expect(createCredentialProvider({ profile: 'missing' }).get()).rejects.toThrow(/missing/);
  });

  it('without flags, uses the current CLI profile, then the credentials file', async () => {
    writeCredentialsFile(
      '[default]\ntype = access_key\naccess_key_id = LTAIfile\naccess_key_secret = file-secret\n',
    );
    expect((await createCredentialProvider({}).get()).accessKeyId).toBe('LTAIfile');
    writeAliyunConfig(aliyunConfig);
    const source = createCredentialProvider({});
    const credentials = await source.get();
    expect(credentials.accessKeyId).toBe('LTAIcurrent');
    expect(source.describe(credentials.providerName)).toBe('aliyun CLI config (current profile)');
  });

  it('never repeats what it read from a malformed config file in an error', async () => {
    writeAliyunConfig('{"profiles":[{"name":"default","access_key_secret":"LEAKED-SECRET-123"');
    const error = await createCredentialProvider({ profile: 'default' })
      .get()
      .catch((e: Error) => e);
    expect(String(error)).toMatch(/parse aliyun cli config from .* failed/);
    expect(String(error)).not.toContain('LEAKED-SECRET-123');
    expect(
      safeCredentialError(
        new Error('get sts token failed, httpStatus: 500, message = {"AccessKeySecret":"x"}'),
      ),
    ).toBe('get sts token failed, httpStatus');
  });
});

describe('the instance-metadata service (100.100.100.200)', () => {
  it('is not consulted by the default chain, even when it is not disabled', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', '');
    const metadata = watchMetadataService();
    await expect(createCredentialProvider({}).get()).rejects.toThrow();
    expect(metadata).not.toHaveBeenCalled();
  });

  it('is used when asked for with --ecs-ram-role, and only then', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', '');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAIenv');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'env-secret');
    const metadata = watchMetadataService();
    const source = createCredentialProvider({ ecsRamRole: { roleName: 'EcsReader' } });
    const credentials = await source.get();
    expect(credentials.accessKeyId).toBe('STS.from-metadata');
    expect(source.describe(credentials.providerName)).toBe('ECS instance RAM role');
    expect(metadata).toHaveBeenCalledTimes(1);
  });

  it('is added to the end of the chain by ALIBABA_CLOUD_ECS_METADATA', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', '');
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA', 'EcsReader');
    const metadata = watchMetadataService();
    expect((await createCredentialProvider({}).get()).accessKeyId).toBe('STS.from-metadata');
    expect(metadata).toHaveBeenCalledTimes(1);
  });

  it('stays off when ALIBABA_CLOUD_ECS_METADATA_DISABLED=true, with a message saying so', async () => {
    const metadata = watchMetadataService();
    await expect(createCredentialProvider({ ecsRamRole: { roleName: undefined } }).get()).rejects.toThrow(
      'IMDS credentials is disabled',
    );
    expect(metadata).not.toHaveBeenCalled();
  });
});

describe('withoutPaths', () => {
  it('hides file-system paths from what reaches the browser, and keeps the rest of the message', () => {
    expect(withoutPaths('profile: ENOENT reading /home/alice/.aliyun/config.json; env: not set')).toBe(
      'profile: ENOENT reading <file>; env: not set',
    );
    expect(withoutPaths('cannot read ~/.alibabacloud/credentials')).toBe('cannot read <file>');
    expect(withoutPaths('EACCES reading C:\\Users\\bob\\.aliyun\\config.json')).toBe('EACCES reading <file>');
    expect(withoutPaths('ENOENT reading /nonexistent')).toBe('ENOENT reading <file>');
    for (const kept of [
      'request to http://100.100.100.200/latest/meta-data failed',
      'either and/or neither',
      'no credential source is configured',
    ])
      expect(withoutPaths(kept)).toBe(kept);
  });
});
