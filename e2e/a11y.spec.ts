import { A11Y_VIEWPORT } from './support/axe';
import { a11yTour } from './support/a11y-tour';
import { expect, test } from './support/fixtures';

test.use({ viewport: A11Y_VIEWPORT });

test('every screen — main view, More filters, facets, search help, dialogs, detail — has no serious accessibility violations', async ({
  page,
  request,
}) => {
  // An axe scan of a full page takes seconds on a busy machine.
  test.slow();
  expect(await a11yTour(page, request, false)).toEqual({});
});
