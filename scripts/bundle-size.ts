// Sizes of the built SPA: what the first page load fetches (the entry script, its modulepreloads
// and stylesheets, as index.html names them) and what loads lazily, gzip-compressed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUNDLE_BUDGET = { initialJsGzip: 150 * 1024, cssGzip: 15 * 1024 } as const;

export interface BundleSizes {
  initialJsGzip: number;
  lazyJsGzip: number;
  cssGzip: number;
  initialFiles: string[];
  lazyFiles: string[];
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Assets index.html loads up front: `<script src>`, `<link rel=modulepreload|stylesheet href>`. */
export function initialAssets(indexHtml: string): string[] {
  const refs = [...indexHtml.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(refs)];
}

export function measureBundle(distDir: string): BundleSizes {
  const initial = initialAssets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const allJs = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const allCss = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `assets/${f}`);
  const initialJs = initial.filter((f) => f.endsWith('.js'));
  const lazy = allJs.filter((f) => !initialJs.includes(f));
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipSize(join(distDir, f)), 0);
  return {
    initialJsGzip: sum(initialJs),
    lazyJsGzip: sum(lazy),
    cssGzip: sum(allCss),
    initialFiles: initial,
    lazyFiles: lazy,
  };
}
