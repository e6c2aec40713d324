// `npm start` as people run it: a separate process, its flags, exit codes and start-up message.

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator';
import { WAIT } from './testing/loopback-server';
import { killStartedProcesses, listeningPort, startMain, type Started } from './testing/main-process';
import { send, type HarnessResponse } from './testing/proxy-harness';

// The key pair Playwright gives its second proxy and its separately started emulator.
const KEY = {
  accessKeyId: 'LTAImainprocess001',
  accessKeySecret: 'main-process-secret-0f0f',
  securityToken: 'main/sts+token',
};
let emulator: RunningEmulator;
const emulatorLog: string[] = [];
const seen: Array<Started | HarnessResponse> = [];

beforeAll(async () => {
  emulator = await startEmulator({ credentials: [KEY], log: (l) => emulatorLog.push(l) });
});
afterEach(killStartedProcesses);
afterAll(async () => {
  // Nothing the processes printed or answered holds the secret or the token.
  const everything = seen
    .map((s) => ('text' in s ? `${JSON.stringify(s.headers)}${s.text}` : `${s.stdout()}${s.stderr()}`))
    .join('\n');
  expect(everything.length).toBeGreaterThan(0);
  for (const secret of [KEY.accessKeySecret, KEY.securityToken]) expect(everything).not.toContain(secret);
  await emulator.close();
});

async function get(port: number, path: string) {
  const res = await send(port, path);
  seen.push(res);
  return res;
}

describe('npm start', () => {
  it('prints the help with every flag and exits 0', async () => {
    const started = startMain(['--help']);
    expect(await started.exited).toBe(0);
    expect(started.stdout()).toContain('--emulator-images-per-region');
  });

  it('exits 2 on a bad flag, naming it', async () => {
    const unknown = startMain(['--frobnicate', '--no-build']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.stderr()).toMatch(/Unknown option "--frobnicate"\.\nRun with --help/);
    const badPort = startMain(['--port', 'eighty']);
    expect(await badPort.exited).toBe(2);
    expect(badPort.stderr()).toMatch(/^--port must be a whole number/);
  });

  it('refuses to bind beyond loopback without an access token (exit 2)', async () => {
    const started = startMain(['--host', '0.0.0.0', '--port', '0', '--no-build']);
    expect(await started.exited).toBe(2);
    expect(started.stderr()).toMatch(/--host 0\.0\.0\.0 .*--auth-token/);
    expect(started.stdout()).not.toContain('ECS Image Browser:');
  });

  it('exits 1 with the reason when an explicitly chosen profile has no credentials', async () => {
    const started = startMain(['--profile', 'nobody', '--port', '0', '--no-build']);
    expect(await started.exited).toBe(1);
    expect(started.stderr()).toMatch(
      /^--profile nobody needs credentials, and none could be loaded: the CLI profile is disabled; profile: ENOENT reading \/nonexistent/,
    );
  });

  it('starts on the embedded emulator when no credentials exist, answers /healthz, and stops on SIGTERM', async () => {
    const started = startMain(['--port', '0', '--no-build']);
    const port = await listeningPort(started);
    expect(started.stdout()).toMatch(/mode: local emulator \(embedded emulator/);
    seen.push(started);
    expect((await get(port, '/healthz')).status).toBe(200);
    const session = (await get(port, '/api/session')).json();
    expect(session).toMatchObject({
      mode: 'emulator',
      credentialsFrom: 'embedded emulator',
      defaultRegion: 'cn-hangzhou',
    });
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  });

  it('with credentials in the environment and --endpoint, sends requests the emulator accepts as correctly signed', async () => {
    for (const [signature, env] of [
      [
        'v3',
        {
          ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
          ALIBABA_CLOUD_SECURITY_TOKEN: KEY.securityToken,
        },
      ],
      [
        'v2',
        {
          ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
          ALIBABA_CLOUD_SECURITY_TOKEN: KEY.securityToken,
        },
      ],
    ] as const) {
      const started = startMain(
        ['--port', '0', '--endpoint', emulator.url, '--no-build', '--signature', signature],
        env,
      );
      seen.push(started);
      const port = await listeningPort(started);
      expect(started.stdout()).toContain(
        `mode: Alibaba Cloud, credentials from environment variables (LTAI**********s001), signature ${signature.toUpperCase()}`,
      );
      expect(started.stdout()).toContain(`endpoint: every region goes to ${emulator.url}`);
      const before = emulatorLog.length;
      const images = await get(
        port,
        `/api/ecs/DescribeImages?RegionId=cn-hangzhou&Tag.1.Key=${encodeURIComponent('团队 a*b~')}&PageSize=5`,
      );
      expect(images.status).toBe(200);
      expect((await get(port, '/api/ecs/DescribeRegions')).status).toBe(200);
      expect(emulatorLog.slice(before).map((l) => l.split(' ').slice(0, 4).join(' '))).toEqual([
        'POST DescribeImages 200 OK',
        'POST DescribeRegions 200 OK',
      ]);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    }
  });

  it('on SIGTERM stops taking connections, lets the request under way finish, and exits 0', async () => {
    emulator.setFaults({ latencyMs: 1_500 });
    try {
      const started = startMain(
        ['--port', '0', '--endpoint', emulator.url, '--no-build', '--cache-ttl', '0'],
        {
          ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
          ALIBABA_CLOUD_SECURITY_TOKEN: KEY.securityToken,
        },
      );
      seen.push(started);
      const port = await listeningPort(started);
      const callsBefore = emulator.stats().inFlight;
      const pending = get(port, '/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=5');
      await vi.waitFor(() => expect(emulator.stats().inFlight - callsBefore).toBe(1), WAIT);
      const signalled = performance.now();
      started.child.kill('SIGTERM');
      await vi.waitFor(() => expect(started.stdout()).toMatch(/SIGTERM: no new connections/), WAIT);
      // While the call is still under way, nobody new gets in.
      await expect(send(port, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
      expect(emulator.stats().inFlight - callsBefore).toBe(1);
      const res = await pending;
      expect(res.status).toBe(200);
      expect(await started.exited).toBe(0);
      const stoppedMs = performance.now() - signalled;
      console.log(
        `[figure] SIGTERM during a 1.5 s call: it was answered ${res.status}, the proxy exited 0 after ${(stoppedMs / 1000).toFixed(1)} s`,
      );
    } finally {
      emulator.setFaults({ latencyMs: 0 });
    }
  });
});
