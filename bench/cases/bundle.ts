// Case 7 — what the first page load downloads, and what loads later (gzip -9). The budget itself
// is a test in `npm test` (scripts/bundle-budget.test.ts); here it is reported beside the rest.
import { BUNDLE_BUDGET, measureBundle } from '../../scripts/bundle-size';
import { valueRow, type BenchRow } from '../lib/report';

export function bundleSizes(): BenchRow[] {
  const sizes = measureBundle('dist/web');
  const kb = (bytes: number) => bytes / 1024;
  return [
    valueRow(
      {
        case: '7 bundle',
        metric: 'initial JS, gzip',
        value: kb(sizes.initialJsGzip),
        unit: 'KB',
        note: 'aim 120 KB',
      },
      { comparison: 'at-most', value: kb(BUNDLE_BUDGET.initialJsGzip), text: '≤ 150 KB (aim 120)' },
    ),
    valueRow(
      { case: '7 bundle', metric: 'CSS, gzip', value: kb(sizes.cssGzip), unit: 'KB' },
      { comparison: 'at-most', value: kb(BUNDLE_BUDGET.cssGzip), text: '≤ 15 KB' },
    ),
    valueRow({
      case: '7 bundle',
      metric: `lazy JS, gzip (${sizes.lazyFiles.map((f) => f.replace(/^assets\/|-[\w-]{8}\.js$/g, '')).join(', ')})`,
      value: kb(sizes.lazyJsGzip),
      unit: 'KB',
    }),
  ];
}
