import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium';
import {
  ACCOUNTS_FILE,
  ACCOUNTS_PROXY_PORT,
  EMULATOR_ACCESS_KEY_ID,
  EMULATOR_ACCESS_KEY_SECRET,
  EMULATOR_PORT,
  FAULTY_EMULATOR_IMAGES_PER_REGION,
  FAULTY_PROXY_BUDGET_MS,
  FAULTY_PROXY_PORT,
  PROXY_PORT,
} from './e2e/support/servers';

// The dashboard as people run it (`npm start`) on the embedded emulator, a second proxy that
// signs for an emulator running as its own process, so tests can inject faults through the
// emulator's loopback admin route, and a third with an accounts file (several accounts, roles
// assumed through the embedded emulator's STS). The second proxy has a shorter time budget (4 s, not
// 10 s) so failures come sooner, and its emulator a larger catalog, for a view of more than 200 calls.
const executablePath = systemChromium();
const quietEnv = {
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
  ALIBABA_CLOUD_CREDENTIALS_FILE: '/nonexistent/alibabacloud-credentials',
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PROXY_PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `npx tsx src/proxy/main.ts --emulator --port ${PROXY_PORT} --no-build`,
      url: `http://127.0.0.1:${PROXY_PORT}/healthz`,
      reuseExistingServer: false,
      env: { ...quietEnv, ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx src/proxy/main.ts --emulator --port ${ACCOUNTS_PROXY_PORT} --accounts ${ACCOUNTS_FILE} --no-build`,
      url: `http://127.0.0.1:${ACCOUNTS_PROXY_PORT}/healthz`,
      reuseExistingServer: false,
      env: { ...quietEnv, ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx src/emulator/main.ts --port ${EMULATOR_PORT} --access-key-id ${EMULATOR_ACCESS_KEY_ID} --access-key-secret ${EMULATOR_ACCESS_KEY_SECRET} --images-per-region ${FAULTY_EMULATOR_IMAGES_PER_REGION}`,
      url: `http://127.0.0.1:${EMULATOR_PORT}/healthz`,
      reuseExistingServer: false,
      env: quietEnv,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx src/proxy/main.ts --port ${FAULTY_PROXY_PORT} --endpoint http://127.0.0.1:${EMULATOR_PORT} --timeout ${FAULTY_PROXY_BUDGET_MS}ms --no-build`,
      url: `http://127.0.0.1:${FAULTY_PROXY_PORT}/healthz`,
      reuseExistingServer: false,
      env: {
        ...quietEnv,
        ALIBABA_CLOUD_ACCESS_KEY_ID: EMULATOR_ACCESS_KEY_ID,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: EMULATOR_ACCESS_KEY_SECRET,
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
