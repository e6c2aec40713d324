// Makes sure the browser tests have a Chromium: the system one when present, otherwise Playwright's
// own download (which needs access to Playwright's CDN).
import { execFileSync } from 'node:child_process';
import { systemChromium } from './chromium';

const found = systemChromium();
if (found) {
  console.log(`browser tests use ${found}`);
} else {
  console.log('no system Chromium found (set CHROMIUM_PATH to use one); installing Playwright’s Chromium');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
