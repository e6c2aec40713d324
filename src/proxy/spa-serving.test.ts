// Serving the built SPA: files from dist/web with cache headers that fit hashed assets, history
// fallback to index.html for page paths, nothing outside the folder, and a clear answer when the
// SPA is not built.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { staticCredentialProvider } from './credentials';
import { createHarness } from './testing/proxy-harness';

const harness = createHarness();
let dist: string;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-AbCdEf12.js"></script></head><body><div id="root"></div></body></html>';

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'spa-'));
  dist = join(root, 'web');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-AbCdEf12.js'), 'console.log("app")');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'outside.txt'), 'outside the dist folder');
});

afterEach(() => harness.closeAll());
afterAll(() => {
  harness.expectNowhere(['spa-test-secret']);
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

const start = (distDir = dist) =>
  harness.start({
    distDir,
    endpoint: { protocol: 'http:', host: '127.0.0.1:9' },
    credentialProvider: staticCredentialProvider(
      { accessKeyId: 'id', accessKeySecret: 'spa-test-secret' },
      'test',
    ),
  });

describe('the SPA', () => {
  it('is served at / with a strict CSP and revalidated on every visit', async () => {
    const p = await start();
    const res = await p.request('/');
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves hashed assets as immutable and other files as revalidated', async () => {
    const p = await start();
    const js = await p.request('/assets/index-AbCdEf12.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    const icon = await p.request('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers page paths (and their query) with index.html, but missing files with 404', async () => {
    const p = await start();
    for (const path of [
      '/images',
      '/images/cn-hangzhou/m-123?RegionId=cn-hangzhou',
      '/?RegionId=cn-hangzhou&Tag.1.Key=env',
    ]) {
      const res = await p.request(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).toBe(INDEX);
    }
    expect((await p.request('/assets/missing-AbCdEf12.js')).status).toBe(404);
    expect((await p.request('/robots.txt')).status).toBe(404);
  });

  it('never serves a file from outside its folder', async () => {
    const p = await start();
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/assets/..%2f..%2foutside.txt',
      '//outside.txt',
    ]) {
      const res = await p.request(path);
      expect(res.text, path).not.toContain('outside the dist folder');
    }
  });

  it('says how to build it when dist/web is missing', async () => {
    const p = await start(join(dist, 'nope'));
    const res = await p.request('/');
    expect(res.status).toBe(503);
    expect(res.text).toMatch(/npm run build/);
    expect((await p.request('/healthz')).status).toBe(200);
  });
});

// The real build: it must work under the CSP above (no inline script or style) and must hold no
// credential. Without a build these fail and say so, as the bundle budget does: a check that
// skips itself passes unseen (`npm test` builds first).
const realDist = fileURLToPath(new URL('../../dist/web', import.meta.url));

const builtDist = () => {
  expect(existsSync(join(realDist, 'index.html')), 'build the SPA first: npm run build').toBe(true);
  return realDist;
};

describe('the built dist/web', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) =>
      statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
    );

  it('has no inline scripts or styles that the CSP would block', () => {
    const html = readFileSync(join(builtDist(), 'index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('contains no AccessKey, secret or token', () => {
    for (const file of files(builtDist())) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/LTAI[A-Za-z0-9]{12,}/);
      expect(text, file).not.toMatch(/e2e-access-key-secret/);
      // Temporary credentials from STS AssumeRole (the accounts file's roles): key and token shapes.
      expect(text, file).not.toMatch(/STS\.[A-Za-z0-9_-]{20,}/);
      expect(text, file).not.toMatch(/CAIS[A-Za-z0-9+/]{40,}/);
      expect(text, file).not.toMatch(/ALIBABA_CLOUD_ACCESS_KEY_SECRET\s*[:=]\s*["'][^"']+/);
    }
  });
});
