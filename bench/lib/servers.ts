// The servers a benchmark runs against, each in its own process (so its work does not share the
// benchmark's event loop): the emulator, and `npm start`'s proxy signing for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { EmulatorStats, FaultSettings } from '../../src/emulator/start-emulator';

export const BENCH_KEY = { accessKeyId: 'bench-access-key-id', accessKeySecret: 'bench-access-key-secret' };

const quietEnv = {
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
  ALIBABA_CLOUD_CREDENTIALS_FILE: '/nonexistent/alibabacloud-credentials',
};

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function waitForHealth(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited before it was ready`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not become ready at ${url}`);
}

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

function start(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...quietEnv, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  return waitForHealth(url, child, name).then(
    () => ({ url, stop }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

export interface EmulatorServer extends BenchServer {
  setFaults(faults: Partial<FaultSettings>): Promise<void>;
  /** Calls the emulator has received, and is answering now. */
  stats(): Promise<EmulatorStats>;
}

export async function startEmulatorProcess(options: {
  imagesPerRegion: number;
  latencyMs: number;
  /** Your account's instances per region (the emulator's default: 2.5 per image in use). */
  instancesPerRegion?: number;
}): Promise<EmulatorServer> {
  const port = await freePort();
  const server = await start(
    'emulator',
    [
      'src/emulator/main.ts',
      '--port',
      String(port),
      '--access-key-id',
      BENCH_KEY.accessKeyId,
      '--access-key-secret',
      BENCH_KEY.accessKeySecret,
      '--images-per-region',
      String(options.imagesPerRegion),
      '--latency',
      String(options.latencyMs),
      ...(options.instancesPerRegion === undefined
        ? []
        : ['--instances-per-region', String(options.instancesPerRegion)]),
    ],
    {},
    port,
  );
  return {
    ...server,
    async setFaults(faults) {
      const response = await fetch(`${server.url}/__admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(faults),
      });
      if (!response.ok) throw new Error(`setting emulator faults failed: ${response.status}`);
    },
    async stats() {
      const response = await fetch(`${server.url}/__admin/stats`);
      if (!response.ok) throw new Error(`reading emulator stats failed: ${response.status}`);
      return (await response.json()) as EmulatorStats;
    },
  };
}

/**
 * `npm start` signing for the given emulator, as a user with credentials and --endpoint runs it,
 * without its answer cache: every measured request goes to the emulator.
 */
export async function startProxyProcess(emulatorUrl: string, extraArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  return start(
    'proxy',
    [
      'src/proxy/main.ts',
      '--port',
      String(port),
      '--endpoint',
      emulatorUrl,
      '--no-build',
      '--cache-ttl',
      '0',
      ...extraArgs,
    ],
    {
      ALIBABA_CLOUD_ACCESS_KEY_ID: BENCH_KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: BENCH_KEY.accessKeySecret,
    },
    port,
  );
}
