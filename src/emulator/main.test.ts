import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signedRequest } from './testing/signed-request';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
    });
    child.on('exit', () => reject(new Error(`exited before printing: ${stderr}`)));
  });
  firstLine.catch(() => undefined); // awaited only by the test that expects a start
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) };
}

// Concurrent: each case starts a Node process, which takes seconds on a loaded machine.
describe.concurrent('the emulator CLI', () => {
  it('prints where it listens, serves signed requests with the given key, and stops on SIGTERM', async () => {
    const credential = { accessKeyId: 'cli-test-id', accessKeySecret: 'cli-test-secret' };
    const cli = run([
      '--port',
      '0',
      '--access-key-id',
      credential.accessKeyId,
      '--access-key-secret',
      credential.accessKeySecret,
      '--images-per-region',
      '20',
    ]);
    const line = await cli.firstLine;
    expect(line).toMatch(/^emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = line.replace('emulator listening on ', '');
    expect(await (await fetch(`${url}/healthz`)).text()).toBe('ok');
    const { url: callUrl, init } = signedRequest({
      style: 'v3',
      credential,
      baseUrl: url,
      params: { RegionId: 'cn-hangzhou' },
    });
    const response = await fetch(callUrl, init);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { TotalCount: number }).TotalCount).toBeGreaterThan(0);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toBe(`${line}\n`);
  });

  it('exits with code 2 and names the flag when a flag is wrong', async () => {
    const [badValue, unknown] = [run(['--error-rate', '3']), run(['--colour', 'red'])];
    expect(await badValue.exited).toBe(2);
    expect(badValue.output().stderr).toContain('--error-rate must be a number from 0 to 1');
    expect(await unknown.exited).toBe(2);
    expect(unknown.output().stderr).toContain('--colour');
  });
});
