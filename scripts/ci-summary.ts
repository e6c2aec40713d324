// Prints `ci: N passed, N failed` from the test runners' own JSON reports (Vitest and Playwright).
// A failing step that wrote no report (lint, typecheck, a crash) counts as one failure, so a red
// run can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function vitestCounts(path: string): Counts | undefined {
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightCounts(path: string): Counts | undefined {
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
    errors?: unknown[];
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
  };
}

const exitCode = Number(process.argv[2] ?? '0');
const reports = [vitestCounts('reports/vitest.json'), playwrightCounts('reports/playwright.json')];
const total = reports.reduce<Counts>(
  (sum, r) => ({ passed: sum.passed + (r?.passed ?? 0), failed: sum.failed + (r?.failed ?? 0) }),
  { passed: 0, failed: 0 },
);
if (exitCode !== 0 && total.failed === 0) {
  console.log('a step failed before or outside the test runners (see the log above)');
  total.failed = 1;
}
console.log(`ci: ${total.passed} passed, ${total.failed} failed`);
