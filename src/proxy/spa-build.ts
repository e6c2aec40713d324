// `npm start` builds the SPA when dist/web is missing or older than its sources, so a fresh clone
// and an edited checkout both serve what the source says.

import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './startup-error';

/** What the built SPA depends on, relative to the repository root (see vite.config.ts). */
export const SPA_SOURCES = ['index.html', 'src/web', 'src/ecs', 'public', 'vite.config.ts', 'package.json'];

/** Newest modification time under the paths (files and directories, recursively); 0 if none exist. */
export function newestMtimeMs(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    newest = Math.max(newest, stats.mtimeMs);
    if (stats.isDirectory())
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
  };
  paths.forEach(visit);
  return newest;
}

export function isBuildStale(builtMtimeMs: number | undefined, newestSourceMtimeMs: number): boolean {
  return builtMtimeMs === undefined || builtMtimeMs < newestSourceMtimeMs;
}

export function builtMtimeMs(distDir: string): number | undefined {
  try {
    return statSync(join(distDir, 'index.html')).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Runs `npx vite build` in the repository root when the build is stale; resolves when it is current. */
export async function ensureSpaBuilt(
  root: string,
  distDir: string,
  log: (line: string) => void,
): Promise<void> {
  if (!isBuildStale(builtMtimeMs(distDir), newestMtimeMs(SPA_SOURCES.map((p) => join(root, p))))) return;
  log('Building the dashboard (npx vite build) …');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0)
    throw new StartupError(
      `npx vite build failed (exit code ${code}); fix the build or start with --no-build.`,
    );
}
