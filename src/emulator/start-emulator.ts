// Starts the emulator on a loopback port: the public entry point for the proxy (embedded mode),
// the CLI and the tests.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { createEmulatorApp, type EmulatorStats } from './emulator-app';
import { FaultController, type FaultSettings } from './faults';
import { isLoopbackHost } from '../node/loopback';
import type { EmulatorCredential } from './verify-signature';
import { accountWithId, type RoleSpec } from './world-accounts';

export type { EmulatorCredential } from './verify-signature';
export type { FaultSettings } from './faults';
export type { RoleSpec } from './world-accounts';

/** Whether the emulator hosts the account with this ID (world-accounts.ts). */
export function isHostedAccountId(id: string): boolean {
  return accountWithId(id) !== undefined;
}
export { createEmulatorApp, type EmulatorAppOptions, type EmulatorStats } from './emulator-app';

export interface EmulatorOptions {
  /** Default '127.0.0.1'; a non-loopback address is refused. */
  host?: string;
  /** 0 or absent = a free port. */
  port?: number;
  credentials: EmulatorCredential[];
  /** RAM roles for STS AssumeRole besides the world's own (one read-only role per team account). */
  roles?: RoleSpec[];
  /** Catalog seed; default fixed. */
  seed?: number;
  /** Approximate number of images per region (default 300, all owners and statuses together). */
  imagesPerRegion?: number;
  /** About how many instances the default account has per region (default: from its images in use). */
  instancesPerRegion?: number;
  faults?: Partial<FaultSettings>;
  /** Default true. */
  strictSignatures?: boolean;
  /** One line per request, no secrets; default silent. */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  url: string;
  port: number;
  setFaults(f: Partial<FaultSettings>): void;
  faults(): FaultSettings;
  /** Calls received since start, and being answered now (also GET /__admin/stats). */
  stats(): EmulatorStats;
  close(): Promise<void>;
}

export interface LoopbackServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a Hono app on a loopback address (refusing any other), closing every connection on close. */
export async function serveOnLoopback(
  app: Hono,
  options: { host?: string; port?: number; onClose?: () => void } = {},
): Promise<LoopbackServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host))
    throw new Error(`the emulator only listens on loopback (127.0.0.1, ::1 or localhost), not on ${host}`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`the emulator port must be a whole number from 0 to 65535, not ${port}`);
  // No global Request/Response override: the emulator may share its process with the proxy.
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    port: actualPort,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        options.onClose?.();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const faults = new FaultController(options.faults);
  const stats: EmulatorStats = { received: 0, inFlight: 0 };
  const closing = new AbortController();
  const app = createEmulatorApp({
    credentials: options.credentials,
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.imagesPerRegion !== undefined ? { imagesPerRegion: options.imagesPerRegion } : {}),
    ...(options.instancesPerRegion !== undefined ? { instancesPerRegion: options.instancesPerRegion } : {}),
    ...(options.strictSignatures !== undefined ? { strictSignatures: options.strictSignatures } : {}),
    ...(options.log ? { log: options.log } : {}),
    faultController: faults,
    stats,
    signal: closing.signal,
  });
  const server = await serveOnLoopback(app, {
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    onClose: () => closing.abort(),
  });
  return {
    url: server.url,
    port: server.port,
    setFaults: (f) => {
      faults.set(f);
    },
    faults: () => faults.get(),
    stats: () => ({ ...stats }),
    close: server.close,
  };
}
