import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtMtimeMs, isBuildStale, newestMtimeMs } from './spa-build';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'spa-build-'));
  dirs.push(root);
  const file = (path: string, seconds: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
    utimesSync(join(root, path), seconds, seconds);
  };
  return { root, file };
}

describe('SPA build staleness', () => {
  it('rebuilds when nothing is built or a source is newer than the build', () => {
    expect(isBuildStale(undefined, 0)).toBe(true);
    expect(isBuildStale(1000, 2000)).toBe(true);
    expect(isBuildStale(2000, 2000)).toBe(false);
    expect(isBuildStale(3000, 2000)).toBe(false);
  });

  it('finds the newest file deep under the sources, skipping node_modules', () => {
    const { root, file } = tree();
    file('src/web/a.ts', 1_000);
    file('src/web/deep/er/b.tsx', 5_000);
    file('src/web/node_modules/c.js', 9_000);
    file('vite.config.ts', 2_000);
    // Directories count too (a deleted file changes its directory), so give them old times.
    for (const d of ['src/web', 'src/web/deep', 'src/web/deep/er', 'src/web/node_modules', 'src'])
      utimesSync(join(root, d), 1, 1);
    expect(newestMtimeMs([join(root, 'src/web'), join(root, 'vite.config.ts'), join(root, 'missing')])).toBe(
      5_000_000,
    );
  });

  it('reads the build time from dist/index.html', () => {
    const { root, file } = tree();
    expect(builtMtimeMs(join(root, 'dist'))).toBeUndefined();
    file('dist/index.html', 7_000);
    expect(builtMtimeMs(join(root, 'dist'))).toBe(7_000_000);
  });
});
