// Starts proxies in-process for tests and records everything they say — every response's status
// line, headers and body, and every log line — so a test file can finally check that no secret,
// token or signature appears anywhere.

import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startProxy, type ProxyServerOptions, type RunningProxy } from '../server';
import { DEFAULT_CACHE_LIMITS } from '../response-cache';

export interface HarnessResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => unknown;
}

export interface RequestOptions {
  method?: string;
  /** Sent as they are: a test may set Host, Origin, Sec-Fetch-Site, Cookie, Authorization … */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** The loopback address to connect from (127.0.0.2 …), to test what depends on it. */
  localAddress?: string;
}

export interface TestProxy extends RunningProxy {
  request(path: string, options?: RequestOptions): Promise<HarnessResponse>;
  logs: string[];
}

export const DEFAULT_TEST_OPTIONS: ProxyServerOptions = {
  port: 0,
  host: '127.0.0.1',
  authToken: undefined,
  profile: undefined,
  ecsRamRole: undefined,
  region: 'cn-hangzhou',
  emulator: false,
  emulatorImagesPerRegion: undefined,
  endpoint: undefined,
  signatureVersion: 'v3',
  timeoutMs: 5_000,
  concurrency: 8,
  cacheTtlMs: DEFAULT_CACHE_LIMITS.ttlMs,
  dev: false,
  distDir: fileURLToPath(new URL('./no-such-dist', import.meta.url)),
};

export function createHarness() {
  const running: TestProxy[] = [];
  /** Everything any proxy of this file sent or logged. */
  const transcript: string[] = [];

  async function start(options: Partial<ProxyServerOptions> = {}): Promise<TestProxy> {
    const logs: string[] = [];
    const proxy = await startProxy({
      ...DEFAULT_TEST_OPTIONS,
      ...options,
      log: (line) => {
        logs.push(line);
        transcript.push(line);
      },
    });
    const request = (path: string, opts: RequestOptions = {}) =>
      send(proxy.port, path, opts).then((response) => {
        transcript.push(
          `${response.status}\n${Object.entries(response.headers)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join('\n')}\n\n${response.text}`,
        );
        return response;
      });
    const test: TestProxy = { ...proxy, request, logs };
    running.push(test);
    return test;
  }

  return {
    start,
    transcript,
    async closeAll() {
      await Promise.all(running.splice(0).map((p) => p.close()));
    },
    /** Fails if any of the values appears in any response or log line so far. */
    expectNowhere(secrets: Iterable<string>) {
      expect(transcript.length).toBeGreaterThan(0);
      for (const secret of secrets) {
        if (!secret) continue;
        for (const form of new Set([
          secret,
          encodeURIComponent(secret),
          JSON.stringify(secret).slice(1, -1),
        ])) {
          const found = transcript.find((t) => t.includes(form));
          expect(found, `"${secret}" leaked`).toBeUndefined();
        }
      }
    },
  };
}

/** A raw HTTP request, so tests control every header, Host included. */
export function send(port: number, path: string, opts: RequestOptions = {}): Promise<HarnessResponse> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${port}`, ...opts.headers };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers,
        setHost: false,
        signal: opts.signal,
        ...(opts.localAddress ? { localAddress: opts.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
