// `npm start` as people run it: a separate process, its flags, exit codes and start-up message.

import { afterEach, describe, expect, it } from 'vitest';
import { killStartedProcesses, listeningPort, startMain } from './testing/main-process';
import { send } from './testing/proxy-harness';

afterEach(killStartedProcesses);

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
    expect((await send(port, '/healthz')).status).toBe(200);
    const session = (await send(port, '/api/session')).json();
    expect(session).toMatchObject({
      mode: 'emulator',
      credentialSource: 'embedded emulator',
      defaultRegion: 'cn-hangzhou',
    });
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  });
});
