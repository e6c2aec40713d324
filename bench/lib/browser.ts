// Chromium for the browser cases: the system one (or Playwright's), with the flags the machine needs
// and precise memory info for heap readings (docs/frontend-notes.md §5).
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../../scripts/chromium';

/**
 * `uncappedFrames`: frames as fast as the work allows, not floored to 60 Hz steps, so frame times
 * compare the work itself (docs/frontend-notes.md §5). Only for the rendering cases: the browser then draws
 * without pause, which would slow a page that is loading.
 */
export async function launchBrowser(options: { uncappedFrames: boolean }): Promise<Browser> {
  const executablePath = systemChromium();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      ...(options.uncappedFrames ? ['--disable-frame-rate-limit', '--disable-gpu-vsync'] : []),
    ],
  });
}

export const VIEWPORT = { width: 1440, height: 900 };
