// `npm run bench`: measures the dashboard against its peers and its limits, as ratios taken in one
// run on one machine. Prints a table and writes the same rows as JSON. `--quick` runs every case at
// reduced size. Benchmarks are not tests: nothing here fails `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { proxyOverhead } from './cases/proxy-overhead';
import { formatTable, type BenchRow } from './lib/report';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  platform: `${platform()} ${arch()}`,
  node: process.version,
};

const cases: [string, () => Promise<BenchRow[]>][] = [['proxy cost', () => proxyOverhead({ quick })]];

const rows: BenchRow[] = [];
for (const [name, run] of cases) {
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await run()));
}

console.log(formatTable(rows));
const out = `bench/results/${quick ? 'quick' : 'latest'}.json`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine, rows }, null, 2)}\n`);
console.log(`\nresults written to ${out}`);
