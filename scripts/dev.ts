// `npm run dev`: the proxy on API_PORT (default 8787) in --dev mode, then Vite's dev server on 5173,
// which forwards /api to it (vite.config.ts). Extra arguments go to the proxy, e.g.
// `npm run dev -- --profile work`. Ctrl-C stops both.

import { spawn, type ChildProcess } from 'node:child_process';

const apiPort = process.env.API_PORT ?? '8787';
const children: ChildProcess[] = [];

function run(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, API_PORT: apiPort } });
  children.push(child);
  child.on('exit', (code) => {
    // One part gone means the dev setup is broken: stop the other too.
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exitCode = code ?? 1;
  });
  return child;
}

async function waitForHealth(url: string, proxy: ChildProcess): Promise<void> {
  for (;;) {
    if (proxy.exitCode !== null) throw new Error('the proxy stopped before it was ready');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const proxy = run('npx', [
  'tsx',
  'src/proxy/main.ts',
  '--port',
  apiPort,
  '--no-build',
  '--dev',
  ...process.argv.slice(2),
]);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => children.forEach((c) => c.exitCode === null && c.kill(signal)));
try {
  await waitForHealth(`http://127.0.0.1:${apiPort}/healthz`, proxy);
  run('npx', ['vite']);
} catch (e) {
  console.error(`npm run dev: ${(e as Error).message}`);
}
