// The shared test fixture: every page is watched for uncaught errors and console errors —
// including Content-Security-Policy violations — and a test fails if any appeared that it did
// not declare as expected (an API error answer makes Chromium log "Failed to load resource").
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleWatch {
  problems: string[];
}

/** Collects page errors and console errors of a page (of any context). */
export function watchConsole(page: Page): ConsoleWatch {
  const watch: ConsoleWatch = { problems: [] };
  page.on('pageerror', (error) => watch.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    watch.problems.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  return watch;
}

/** The console line Chromium writes for an HTTP error answer from the API. */
export const API_ERROR_STATUS =
  /^console\.error: Failed to load resource: the server responded with a status of [45]\d\d .*\/api\/ecs\/DescribeImages/;

export const test = base.extend<{ allowedConsole: RegExp[]; consoleWatch: ConsoleWatch }>({
  allowedConsole: [[], { option: true }],
  // Automatic: every test is watched, whether it names the fixture or not.
  consoleWatch: [
    async ({ page, allowedConsole }, use) => {
      const watch = watchConsole(page);
      await use(watch);
      expect(watch.problems.filter((p) => !allowedConsole.some((allowed) => allowed.test(p)))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
