import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium';
const [, , url, out, theme, ...actions] = process.argv;
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
await page.addInitScript((t) => localStorage.setItem('ecs-image-browser.theme', t), theme);
await page.goto(url!);
await page.getByRole('progressbar', { name: 'Images loaded' }).waitFor();
await page.waitForFunction(() => document.querySelector('[role=grid]')?.getAttribute('aria-busy') === 'false', null, { timeout: 30000 });
for (const a of actions) {
  const [kind, arg] = a.split('=');
  if (kind === 'click') await page.getByRole('button', { name: arg!, exact: false }).first().click();
  if (kind === 'dialog') await page.getByRole('dialog').waitFor();
  if (kind === 'region') await page.getByRole('region', { name: arg! }).waitFor();
  if (kind === 'check') await page.getByRole('checkbox', { name: new RegExp(arg!) }).first().click();
  if (kind === 'tab') await page.getByRole('tab', { name: arg! }).click();
  if (kind === 'key') await page.keyboard.press(arg!);
  if (kind === 'focusrow') await page.getByRole('row').nth(Number(arg)).focus();
  if (kind === 'scrollto') await page.getByRole('heading', { name: new RegExp(arg!) }).scrollIntoViewIfNeeded();
  if (kind === 'wait') await page.waitForTimeout(Number(arg));
}
await page.screenshot({ path: out! });
await browser.close();
