import { A11Y_VIEWPORT } from './support/axe';
import { a11yTour } from './support/a11y-tour';
import { expect, test } from './support/fixtures';

test.use({ viewport: A11Y_VIEWPORT, colorScheme: 'dark' });

test('the dark theme has no serious accessibility violations on any screen', async ({ page, request }) => {
  test.slow();
  expect(await a11yTour(page, request, false)).toEqual({});
});
