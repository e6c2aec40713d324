import { existsSync } from 'node:fs';

/**
 * The system Chromium to drive, if there is one: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`.
 * Without one, Playwright uses its own browser (installed by scripts/ensure-browser.ts).
 */
export function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * Flags for headless Chromium on a machine without a sandbox, a GPU or outside network: without the
 * background-networking ones it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
