import { launchBrowser, VIEWPORT } from './bench/lib/browser';
import { startEmulatorProcess, startProxyProcess } from './bench/lib/servers';
import { imagesPerRegionFor } from './bench/lib/catalog-size';
import { KNOWN_REGIONS } from './src/ecs/regions';
const VIEW = `RegionId=${KNOWN_REGIONS.map((r) => r.id).join(',')}&Status=ALL`;
const { imagesPerRegion, matched } = imagesPerRegionFor(Number(process.argv[2] ?? 10000), VIEW);
const emulator = await startEmulatorProcess({ imagesPerRegion, latencyMs: 0 });
const proxy = await startProxyProcess(emulator.url);
const browser = await launchBrowser({ uncappedFrames: false });
const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
await page.goto(`${proxy.url}/?${VIEW}`);
await page.waitForFunction((n) => document.querySelector('[aria-label=Images]')?.getAttribute('aria-rowcount') === String(n + 1) && document.querySelector('[aria-label=Images]')?.getAttribute('aria-busy') === 'false', matched, { timeout: 600000, polling: 500 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
for (const format of process.argv.slice(3)) {
  let d: any; let wall = 0;
  if (format === 'toggle') {
    await new Promise((r) => setTimeout(r, 8000));
    await cdp.send('Profiler.start');
    wall = await page.evaluate(() => new Promise<number>((res) => { const s = performance.now(); [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Family view'))!.click(); requestAnimationFrame(() => setTimeout(() => res(performance.now() - s), 0)); }));
  } else {
  await page.getByRole('button', { name: 'Export' }).click();
  await cdp.send('Profiler.start');
  const t = Date.now();
  [d] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), page.getByRole('button', { name: new RegExp(`^${format}`) }).click()]);
  wall = Date.now() - t;
  }
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples!.forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log(format, 'wall', wall, [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n  '));
  await d?.delete();
}
await browser.close(); await proxy.stop(); await emulator.stop();
