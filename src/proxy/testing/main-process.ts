// Runs `src/proxy/main.ts` as its own process, the way `npm start` does (or its built bundle, the way
// `npm run start:prod` does), for tests.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const running: ChildProcess[] = [];

/** Kills whatever a test left running (call from afterEach). */
export function killStartedProcesses(): void {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
}

export interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `npm start`: the TypeScript sources through tsx. */
export const FROM_SOURCE = ['--import', 'tsx', 'src/proxy/main.ts'];
/** `npm run start:prod`: the bundle `npm run build:server` writes, plain JavaScript. */
export const FROM_BUNDLE = ['--enable-source-maps', 'dist/server/main.js'];

export function startMain(args: string[], env: Record<string, string> = {}, entry = FROM_SOURCE): Started {
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the start-up message and returns the port it names. */
export async function listeningPort(started: Started): Promise<number> {
  await vi.waitUntil(
    () =>
      /ECS Image Browser: http:\/\/127\.0\.0\.1:\d+/.test(started.stdout()) ||
      started.child.exitCode !== null,
    { timeout: 15_000, interval: 20 },
  );
  const match = /ECS Image Browser: http:\/\/127\.0\.0\.1:(\d+)/.exec(started.stdout());
  if (!match) throw new Error(`the proxy did not start:\n${started.stdout()}\n${started.stderr()}`);
  return Number(match[1]);
}
