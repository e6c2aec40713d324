// Serves the baseline pages (dist/bench, built from bench/pages) through a proxy of their own that
// signs for the same emulator, so the baselines load exactly the dashboard's rows.
import { execFileSync } from 'node:child_process';
import { parseCliOptions } from '../../src/proxy/cli-options';
import { staticCredentialProvider } from '../../src/proxy/credentials';
import { startProxy, type RunningProxy } from '../../src/proxy/server';
import { BENCH_KEY } from './servers';

export function buildBenchPages(): void {
  execFileSync('npx', ['vite', 'build', '-c', 'bench/pages/vite.config.ts'], { stdio: 'inherit' });
}

export async function serveBenchPages(emulatorUrl: string): Promise<RunningProxy> {
  const parsed = parseCliOptions(
    ['--port', '0', '--endpoint', emulatorUrl, '--no-build', '--cache-ttl', '0'],
    {},
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return startProxy({
    ...parsed.value,
    distDir: 'dist/bench',
    credentialProvider: staticCredentialProvider(BENCH_KEY, 'bench'),
    log: () => {},
  });
}
