// An account's role session: replaced before it ends (against the emulator's STS, whose clock the
// test moves), one AssumeRole for many requests, and a refusal held instead of asked again.

import { afterAll, describe, expect, it } from 'vitest';
import { failure, success } from '../ecs/result';
import { createEmulatorApp, serveOnLoopback, type LoopbackServer } from '../emulator/start-emulator';
import { accountNamed, READ_ONLY_ROLE_NAME, roleArn } from '../emulator/world-accounts';
import { assumedRoleProvider } from './assumed-role-provider';
import {
  CredentialsUnavailableError,
  staticCredentialProvider,
  type ResolvedCredentials,
} from './credentials';
import { FAILURE_HOLD_MS } from './session-refresh';
import { signRequest, type Endpoint } from './signer';
import { stsClient, type AssumeRole, type TemporaryCredentials } from './sts-client';
import { UpstreamClient } from './upstream-client';

const MIN = 60_000;
const BASE = { accessKeyId: 'refresh-test-base', accessKeySecret: 'refresh-test-base-secret' };
const platform = accountNamed('platform-team')!;
const request = {
  RoleArn: roleArn(platform.id, READ_ONLY_ROLE_NAME),
  RoleSessionName: 'refresh-test',
  DurationSeconds: 900,
};

function session(n: number, issuedAtMs: number, minutes = 15): TemporaryCredentials {
  return {
    accessKeyId: `STS.key-${n}`,
    accessKeySecret: `secret-${n}`,
    securityToken: `token-${n}`,
    issuedAtMs,
    expiresAtMs: issuedAtMs + minutes * MIN,
  };
}

describe('an assumed role’s session, with STS stood in for', () => {
  it('is asked for once however many requests want it at once, and kept until it is due', async () => {
    let now = 0;
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const assumeRole: AssumeRole = async () => {
      calls++;
      await gate;
      return success(session(calls, now));
    };
    const source = assumedRoleProvider({
      base: staticCredentialProvider(BASE, 'base'),
      assumeRole,
      request,
      now: () => now,
    });
    const waiting = Promise.all([source.get(), source.get(), source.get()]);
    release();
    expect(new Set((await waiting).map((c) => c.accessKeyId))).toEqual(new Set(['STS.key-1']));
    now = 11 * MIN;
    expect((await source.get()).accessKeyId).toBe('STS.key-1');
    expect(calls).toBe(1);
    // Past 80% of its life: this request still gets the old session while the new one is fetched.
    now = 12 * MIN;
    expect((await source.get()).accessKeyId).toBe('STS.key-1');
    await Promise.resolve();
    expect(calls).toBe(2);
    await expect.poll(() => source.current()?.accessKeyId).toBe('STS.key-2');
    expect((await source.get()).accessKeyId).toBe('STS.key-2');
  });

  it('gives a refusal again for a while instead of asking STS on every request', async () => {
    let now = 0;
    let calls = 0;
    const source = assumedRoleProvider({
      base: staticCredentialProvider(BASE, 'base'),
      assumeRole: async () => {
        calls++;
        return failure('AssumeRole of acs:ram::1:role/x was refused: NoPermission: not you');
      },
      request,
      now: () => now,
    });
    for (let i = 0; i < 5; i++) await expect(source.get()).rejects.toThrow(CredentialsUnavailableError);
    expect(calls).toBe(1);
    now = FAILURE_HOLD_MS;
    await expect(source.get()).rejects.toThrow(/NoPermission: not you/);
    expect(calls).toBe(2);
  });
});

describe('an assumed role’s session, against the emulator’s STS', () => {
  const servers: LoopbackServer[] = [];
  const clients: UpstreamClient[] = [];
  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  it('is replaced before it expires, so no call ever meets InvalidSecurityToken.Expired', async () => {
    // One clock for the emulator and the proxy's pieces, moved within the emulator's 15-minute
    // timestamp tolerance of the real one.
    let offsetMs = -14 * MIN;
    const now = () => Date.now() + offsetMs;
    const closing = new AbortController();
    const emulator = await serveOnLoopback(
      createEmulatorApp({ credentials: [BASE], imagesPerRegion: 20, now, signal: closing.signal }),
      { onClose: () => closing.abort() },
    );
    servers.push(emulator);
    const endpoint: Endpoint = { protocol: 'http:', host: new URL(emulator.url).host };
    const client = new UpstreamClient({ timeoutMs: 5_000, concurrency: 4, now });
    clients.push(client);
    const assumeRole = stsClient({ client, endpoint, signatureVersion: 'v3', now });
    let stsCalls = 0;
    const source = assumedRoleProvider({
      base: staticCredentialProvider(BASE, 'base'),
      assumeRole: (base, r) => {
        stsCalls++;
        return assumeRole(base, r);
      },
      request,
      now,
    });

    const describeImages = async (credentials: ResolvedCredentials) => {
      const signed = signRequest({
        action: 'DescribeImages',
        params: { RegionId: 'cn-hangzhou', ImageOwnerAlias: 'self' },
        endpoint,
        credentials,
        signatureVersion: 'v3',
        now: new Date(now()),
        nonce: crypto.randomUUID(),
      });
      const response = await fetch(signed.url, { method: signed.method, headers: signed.headers });
      return { status: response.status, code: ((await response.json()) as { Code?: string }).Code };
    };

    const first = await source.get();
    expect(await describeImages(first)).toEqual({ status: 200, code: undefined });
    expect(stsCalls).toBe(1);

    // 12.5 minutes into the 15-minute session: still used, and the next one is asked for.
    offsetMs += 12.5 * MIN;
    expect((await source.get()).accessKeyId).toBe(first.accessKeyId);
    await expect.poll(() => source.current()?.accessKeyId).not.toBe(first.accessKeyId);
    expect(stsCalls).toBe(2);

    // Past the first session's end: it is refused, and the source no longer hands it out.
    offsetMs += 3 * MIN;
    expect(await describeImages(first)).toEqual({ status: 400, code: 'InvalidSecurityToken.Expired' });
    const second = await source.get();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(await describeImages(second)).toEqual({ status: 200, code: undefined });
    expect(stsCalls).toBe(2);
  });
});
