// Chromium for the browser cases: the system one (or Playwright's), with the flags the machine needs
// and precise memory info for heap readings (frontend-notes §5).
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../../scripts/chromium';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = systemChromium();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      // Frames as fast as the work allows, not floored to 60 Hz steps, so frame times compare the
      // work itself (frontend-notes §5).
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  });
}

export const VIEWPORT = { width: 1440, height: 900 };
