// The servers the browser tests run against (started by playwright.config.ts).
/** `npm start` on the embedded emulator. */
export const PROXY_PORT = 4180;
/** A proxy signing for a separately started emulator whose faults the tests control. */
export const FAULTY_PROXY_PORT = 4181;
export const EMULATOR_PORT = 4190;
export const EMULATOR_ACCESS_KEY_ID = 'e2e-access-key-id';
export const EMULATOR_ACCESS_KEY_SECRET = 'e2e-access-key-secret-not-for-production';

export const proxyUrl = `http://127.0.0.1:${PROXY_PORT}`;
export const faultyProxyUrl = `http://127.0.0.1:${FAULTY_PROXY_PORT}`;
export const emulatorUrl = `http://127.0.0.1:${EMULATOR_PORT}`;
