// `npm run bench`: measures the dashboard against its peers and its limits, as ratios taken in one
// run on one machine. Prints a table and writes the same rows as JSON. `--quick` runs every case at
// reduced size. Benchmarks are not tests: nothing here fails `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { auditCalls } from './cases/audit';
import { browserFaults } from './cases/browser-faults';
import { bundleSizes } from './cases/bundle';
import { fetchAllPages } from './cases/fetch-all-pages';
import { largeView } from './cases/large-view';
import { proxyUnderFaults } from './cases/proxy-faults';
import { proxyOverhead } from './cases/proxy-overhead';
import { teamReplicas } from './cases/team-replicas';
import type { Browser } from '@playwright/test';
import { buildBenchPages } from './lib/bench-pages';
import { launchBrowser } from './lib/browser';
import { formatTable, type BenchRow } from './lib/report';

const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--only <text>`: run the cases whose name contains the text. */
const only = args.has('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const quick = args.has('--quick');
process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  platform: `${platform()} ${arch()}`,
  node: process.version,
};

const runStarted = performance.now();
// Always measure a production build.
if (!args.has('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
buildBenchPages();
process.stderr.write(`bench: builds ${((performance.now() - runStarted) / 1000).toFixed(0)} s\n`);

const withBrowser = async (uncappedFrames: boolean, run: (browser: Browser) => Promise<BenchRow[]>) => {
  const browser = await launchBrowser({ uncappedFrames });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
};
const cases: [string, () => Promise<BenchRow[]>][] = [
  ['all pages of a large query', () => withBrowser(false, (browser) => fetchAllPages(browser, { quick }))],
  ['proxy cost', async () => [...(await proxyOverhead({ quick })), ...(await proxyUnderFaults({ quick }))]],
  ['team deployment', () => teamReplicas({ quick })],
  ['a 100,000-row view', () => withBrowser(true, (browser) => largeView(browser, { quick }))],
  ['the audit of 2,000 custom images', () => withBrowser(false, (browser) => auditCalls(browser, { quick }))],
  ['failures in the browser', () => withBrowser(false, (browser) => browserFaults(browser, { quick }))],
  ['bundle', async () => bundleSizes()],
];

const rows: BenchRow[] = [];
for (const [name, run] of cases) {
  if (only && !name.includes(only)) continue;
  process.stderr.write(`bench: ${name}…`);
  const started = performance.now();
  rows.push(...(await run()));
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

console.log(formatTable(rows));
const out = `bench/results/${quick ? 'quick' : 'latest'}.json`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine, rows }, null, 2)}\n`);
console.log(`\nresults written to ${out}`);
