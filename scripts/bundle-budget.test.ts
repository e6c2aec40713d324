// The bundle budget of the benchmark issue, enforced in `npm test` (sizes are deterministic, unlike
// timings): initial JS ≤ 150 KB gzip and CSS ≤ 15 KB gzip.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET, initialAssets, measureBundle } from './bundle-size';

const dist = 'dist/web';

describe('bundle budget', () => {
  it('finds the assets index.html loads up front', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b2.js"><link rel="stylesheet" crossorigin href="/assets/index-c3.css">';
    expect(initialAssets(html)).toEqual(['assets/index-a1.js', 'assets/vendor-b2.js', 'assets/index-c3.css']);
  });

  it('keeps the built SPA within budget', () => {
    expect(existsSync(`${dist}/index.html`), 'build the SPA first: npm run build').toBe(true);
    const sizes = measureBundle(dist);
    expect(sizes.initialFiles.some((f) => f.endsWith('.js'))).toBe(true);
    expect(sizes.initialJsGzip).toBeLessThanOrEqual(BUNDLE_BUDGET.initialJsGzip);
    expect(sizes.cssGzip).toBeLessThanOrEqual(BUNDLE_BUDGET.cssGzip);
  });
});
