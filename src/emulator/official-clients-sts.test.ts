// The official STS SDK (@alicloud/sts20150401, on openapi-core: V3 by default, V2 with
// signatureAlgorithm 'v2'), unchanged, against the emulator's AssumeRole over loopback: the
// temporary credentials it returns work with the ECS SDK and act as the role's account, expire when
// their Expiration says, and the refusals come back with STS's codes.

import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, DEFAULT_CATALOG_SEED } from './catalog';
import { createEmulatorApp, type EmulatorAppOptions } from './emulator-app';
import { serveOnLoopback } from './start-emulator';
import type { EmulatorCredential } from './verify-signature';
import { accountNamed, DEFAULT_ACCOUNT, READ_ONLY_ROLE_NAME, roleArn } from './world-accounts';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- the SDKs are untyped CommonJS here */
const core = require('@alicloud/openapi-core');
const Sts = require('@alicloud/sts20150401');
const Ecs = require('@alicloud/ecs20140526');

const BASE: EmulatorCredential = { accessKeyId: 'sts-test-base', accessKeySecret: 'sts-test-base-secret' };
const IMAGES_PER_REGION = 40;
const platform = accountNamed('platform-team')!;
const vendor = accountNamed('partner-vendor')!;
const PLATFORM_ROLE = roleArn(platform.id, READ_ONLY_ROLE_NAME);

type Signature = 'v3' | 'v2';

function config(url: string, credential: EmulatorCredential, signature: Signature) {
  return new core.$OpenApiUtil.Config(
    Object.fromEntries(
      Object.entries({
        accessKeyId: credential.accessKeyId,
        accessKeySecret: credential.accessKeySecret,
        securityToken: credential.securityToken,
        endpoint: new URL(url).host,
        protocol: 'http',
        regionId: 'cn-hangzhou',
        signatureAlgorithm: signature === 'v2' ? 'v2' : undefined,
      }).filter(([, v]) => v !== undefined),
    ),
  );
}

async function assumeRole(
  url: string,
  signature: Signature,
  request: { roleArn: string; roleSessionName?: string; durationSeconds?: number; policy?: string },
) {
  const client = new Sts.default(config(url, BASE, signature));
  const { body } = await client.assumeRole(
    new Sts.AssumeRoleRequest({ roleSessionName: 'image-browser', ...request }),
  );
  return body;
}

async function ownImages(url: string, credential: EmulatorCredential, signature: Signature) {
  const ecs = new Ecs.default(config(url, credential, signature));
  const { body } = await ecs.describeImages(
    new Ecs.DescribeImagesRequest({ regionId: 'cn-hangzhou', imageOwnerAlias: 'self', pageSize: 100 }),
  );
  return body.images.image.map((i: any) => ({ id: i.imageId }));
}

async function failureOf(run: () => Promise<unknown>): Promise<{ code: string; status: number }> {
  try {
    await run();
  } catch (error: any) {
    return { code: error.code, status: error.statusCode };
  }
  throw new Error('the call was expected to fail');
}

const servers: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function serve(options: Partial<EmulatorAppOptions> = {}): Promise<string> {
  const closing = new AbortController();
  const app = createEmulatorApp({
    credentials: [BASE],
    imagesPerRegion: IMAGES_PER_REGION,
    signal: closing.signal,
    ...options,
  });
  const server = await serveOnLoopback(app, { onClose: () => closing.abort() });
  servers.push(server);
  return server.url;
}

describe.each<Signature>(['v3', 'v2'])('the STS SDK (%s) against the emulator', (signature) => {
  let url: string;
  beforeAll(async () => {
    url = await serve();
  });

  it('AssumeRole returns temporary credentials that act as the role’s account, with its owner ID', async () => {
    const before = Date.now();
    const body = await assumeRole(url, signature, { roleArn: PLATFORM_ROLE, durationSeconds: 1800 });
    const { accessKeyId, accessKeySecret, securityToken, expiration } = body.credentials;
    expect(accessKeyId).toMatch(/^STS\./);
    expect(securityToken.length).toBeGreaterThan(100);
    const expiresAt = Date.parse(expiration);
    expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 1_800_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 1_800_000);
    expect(body.assumedRoleUser.arn).toBe(`${PLATFORM_ROLE}/image-browser`);
    expect(body.assumedRoleUser.assumedRoleId).toMatch(/^\d{19}:image-browser$/);

    const own = await ownImages(url, { accessKeyId, accessKeySecret, securityToken }, signature);
    const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: IMAGES_PER_REGION });
    const platformOwn = catalog
      .images('cn-hangzhou', platform)
      .filter((e) => e.owner === 'self' && e.status === 'Available')
      .map((e) => e.image.ImageId);
    expect(platformOwn.length).toBeGreaterThan(0);
    expect(own.map((o: { id: string }) => o.id)).toEqual(platformOwn);
    // Your own images are another account's.
    const yours = await ownImages(url, BASE, signature);
    const yourOwn = catalog
      .images('cn-hangzhou', DEFAULT_ACCOUNT)
      .filter((e) => e.owner === 'self' && e.status === 'Available');
    expect(yours.map((o: { id: string }) => o.id)).toEqual(yourOwn.map((e) => e.image.ImageId));
    expect(yours.some((o: { id: string }) => platformOwn.includes(o.id))).toBe(false);
  });

  it('without the security token, the temporary AccessKey is refused', async () => {
    const { credentials } = await assumeRole(url, signature, { roleArn: PLATFORM_ROLE });
    expect(
      await failureOf(() =>
        ownImages(
          url,
          { accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret },
          signature,
        ),
      ),
    ).toEqual({ code: 'MissingSecurityToken', status: 400 });
  });

  it('a role that does not exist is EntityNotExist.Role; one whose trust policy leaves you out is NoPermission', async () => {
    const missing = roleArn(platform.id, 'no-such-role');
    expect(await failureOf(() => assumeRole(url, signature, { roleArn: missing }))).toEqual({
      code: 'EntityNotExist.Role',
      status: 404,
    });
    expect(
      await failureOf(() => assumeRole(url, signature, { roleArn: roleArn(vendor.id, READ_ONLY_ROLE_NAME) })),
    ).toEqual({ code: 'NoPermission', status: 403 });
  });

  it('bad parameters get STS’s InvalidParameter codes', async () => {
    const cases: [Parameters<typeof assumeRole>[2], string][] = [
      [{ roleArn: 'acs:ram::123:user/alice' }, 'InvalidParameter.RoleArn'],
      [{ roleArn: PLATFORM_ROLE, roleSessionName: 'a' }, 'InvalidParameter.RoleSessionName'],
      [{ roleArn: PLATFORM_ROLE, roleSessionName: 'has space' }, 'InvalidParameter.RoleSessionName'],
      [{ roleArn: PLATFORM_ROLE, durationSeconds: 899 }, 'InvalidParameter.DurationSeconds'],
      // Within STS's range, beyond the role's MaxSessionDuration (one hour).
      [{ roleArn: PLATFORM_ROLE, durationSeconds: 7200 }, 'InvalidParameter.DurationSeconds'],
      [{ roleArn: PLATFORM_ROLE, policy: 'not a policy' }, 'InvalidParameter.PolicyGrammar'],
    ];
    for (const [request, code] of cases)
      expect(await failureOf(() => assumeRole(url, signature, request)), JSON.stringify(request)).toEqual({
        code,
        status: 400,
      });
  });
});

describe('temporary credentials expire', () => {
  it('after their Expiration, calls are answered InvalidSecurityToken.Expired (V3 and V2)', async () => {
    // The emulator's clock is moved, within the 15-minute tolerance of the SDK's timestamps either way.
    let offsetMs = -14 * 60_000;
    const url = await serve({ now: () => Date.now() + offsetMs });
    const { credentials } = await assumeRole(url, 'v3', { roleArn: PLATFORM_ROLE, durationSeconds: 900 });
    const temporary = {
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.accessKeySecret,
      securityToken: credentials.securityToken,
    };
    expect((await ownImages(url, temporary, 'v3')).length).toBeGreaterThan(0);
    offsetMs = 2 * 60_000; // 16 minutes later: one past the 15-minute session
    for (const signature of ['v3', 'v2'] as const)
      expect(await failureOf(() => ownImages(url, temporary, signature)), signature).toEqual({
        code: 'InvalidSecurityToken.Expired',
        status: 400,
      });
  });
});
