// Issue 13: no serious or critical axe violations on a phone (390 px) and a wide screen (1920 px),
// light and dark (1440 px is a11y.spec.ts and a11y-dark.spec.ts).
import { a11yTour } from './support/a11y-tour';
import { expect, test } from './support/fixtures';

for (const [width, height] of [
  [390, 844],
  [1920, 1080],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height }, colorScheme });

      test('no serious accessibility violations on any screen', async ({ page, request }) => {
        test.slow();
        expect(await a11yTour(page, request, width < 640)).toEqual({});
      });
    });
  }
}
