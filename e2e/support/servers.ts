// The servers the browser tests run against (started by playwright.config.ts). `E2E_PORT_BASE`
// moves all of them, so two checkouts can run their browser tests side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 4180);

/** `npm start` on the embedded emulator. */
export const PROXY_PORT = base;
/** A proxy signing for a separately started emulator whose faults the tests control. */
export const FAULTY_PROXY_PORT = base + 1;
/** `npm start -- --emulator --accounts e2e/support/accounts.yaml`: several accounts in one view. */
export const ACCOUNTS_PROXY_PORT = base + 2;
export const ACCOUNTS_FILE = 'e2e/support/accounts.yaml';
export const EMULATOR_PORT = base + 10;
/**
 * The fault proxy's time budget per request (`--timeout`), shorter than the default 10 s so the
 * tests of failures wait less; the browser must show any failure within it plus a second.
 */
export const FAULTY_PROXY_BUDGET_MS = 4_000;
/** The fault emulator's catalog: large enough that a view of every region needs over 200 calls. */
export const FAULTY_EMULATOR_IMAGES_PER_REGION = 800;
/** A team's deployment behind an SSO proxy: started by team-identity.spec.ts itself. */
export const TEAM_PROXY_PORT = base + 20;
export const EMULATOR_ACCESS_KEY_ID = 'e2e-access-key-id';
export const EMULATOR_ACCESS_KEY_SECRET = 'e2e-access-key-secret-not-for-production';

export const proxyUrl = `http://127.0.0.1:${PROXY_PORT}`;
export const faultyProxyUrl = `http://127.0.0.1:${FAULTY_PROXY_PORT}`;
export const accountsProxyUrl = `http://127.0.0.1:${ACCOUNTS_PROXY_PORT}`;
export const emulatorUrl = `http://127.0.0.1:${EMULATOR_PORT}`;
