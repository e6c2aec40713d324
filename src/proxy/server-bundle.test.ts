// The production start: `npm run build:server` bundles the proxy into plain JavaScript, and
// `npm run start:prod` runs it with node alone — no TypeScript is compiled at run time.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FROM_BUNDLE, killStartedProcesses, listeningPort, startMain } from './testing/main-process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'server');

beforeAll(() => {
  const built = spawnSync('npm', ['run', 'build:server'], { cwd: ROOT, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 60_000);
afterEach(killStartedProcesses);

describe('the server bundle (npm run build:server, npm run start:prod)', () => {
  it('is plain JavaScript that loads its dependencies from node_modules, not TypeScript or tsx', () => {
    const files = readdirSync(BUNDLE).filter((f) => f.endsWith('.js'));
    expect(files).toContain('main.js');
    for (const file of files) {
      const code = readFileSync(join(BUNDLE, file), 'utf8');
      expect(code, file).not.toMatch(/from\s+["'][^"']*\.tsx?["']|["']tsx["']/);
      expect(code, file).not.toMatch(/^\s*(interface|type)\s+\w+\s*[={<]/m);
    }
    // The emulator is a chunk of its own, loaded only when the proxy runs on it.
    expect(files.some((f) => f.startsWith('start-emulator'))).toBe(true);
  });

  it('starts with node alone, serves the API on the embedded emulator and /healthz, and stops on SIGTERM', async () => {
    const started = startMain(['--port', '0', '--emulator', '--no-build'], {}, FROM_BUNDLE);
    const port = await listeningPort(started);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({
      status: 'ok',
      sharedState: { store: 'memory', redis: 'not configured' },
    });
    const images = await fetch(
      `http://127.0.0.1:${port}/api/ecs/DescribeImages?RegionId=cn-hangzhou&PageSize=2`,
    );
    expect(images.status).toBe(200);
    expect(((await images.json()) as { Images: { Image: unknown[] } }).Images.Image).toHaveLength(2);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  });
});
