import { describe, expect, it } from 'vitest';
import { startEmulator } from './start-emulator';
import { signedRequest } from './testing/signed-request';

const KEY = { accessKeyId: 'start-test-id', accessKeySecret: 'start-test-secret' };

describe('startEmulator', () => {
  it('refuses to listen anywhere but loopback, and on impossible ports', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com'])
      await expect(startEmulator({ host, credentials: [KEY] }), host).rejects.toThrow(
        /only listens on loopback/,
      );
    await expect(startEmulator({ port: 70000, credentials: [KEY] })).rejects.toThrow(
      /port must be a whole number/,
    );
    await expect(startEmulator({ credentials: [] })).rejects.toThrow(/at least one credential/);
    await expect(startEmulator({ credentials: [KEY], faults: { errorRate: 5 } })).rejects.toThrow(
      /errorRate/,
    );
  });

  it('listens on a free loopback port and serves signed calls', async () => {
    const [a, b] = await Promise.all([
      startEmulator({ credentials: [KEY], imagesPerRegion: 20 }),
      startEmulator({ credentials: [KEY], imagesPerRegion: 20 }),
    ]);
    try {
      expect(a.url).toBe(`http://127.0.0.1:${a.port}`);
      expect(a.port).not.toBe(b.port);
      const { url, init } = signedRequest({
        style: 'v2-get',
        credential: KEY,
        baseUrl: a.url,
        params: {},
        action: 'DescribeRegions',
      });
      expect((await fetch(url, init)).status).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('shares its fault settings between setFaults, faults() and the admin route on loopback', async () => {
    const emulator = await startEmulator({
      credentials: [KEY],
      imagesPerRegion: 20,
      faults: { latencyMs: 5 },
    });
    try {
      emulator.setFaults({ errorRate: 0.25 });
      expect(emulator.faults()).toMatchObject({ latencyMs: 5, errorRate: 0.25 });
      const viaAdmin = await fetch(`${emulator.url}/__admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"throttleQps": 3}',
      });
      expect(viaAdmin.status).toBe(200);
      expect(emulator.faults()).toMatchObject({ latencyMs: 5, errorRate: 0.25, throttleQps: 3 });
      expect(() => emulator.setFaults({ hangRate: 2 })).toThrow(/hangRate/);
    } finally {
      await emulator.close();
    }
  });

  it('closes promptly with a kept-alive connection and a hanging request in flight', async () => {
    const emulator = await startEmulator({ credentials: [KEY], imagesPerRegion: 20 });
    await fetch(`${emulator.url}/healthz`, { keepalive: true });
    emulator.setFaults({ hangRate: 1, hangMs: 60_000 });
    const { url, init } = signedRequest({
      style: 'v3',
      credential: KEY,
      baseUrl: emulator.url,
      params: {},
      action: 'DescribeRegions',
    });
    const hanging = fetch(url, init).catch((error: Error) => error);
    // Health checks skip faults; once one sent after it is answered, the call is hanging in the server.
    expect(await (await fetch(`${emulator.url}/healthz`)).text()).toBe('ok');
    const started = performance.now();
    await emulator.close();
    await hanging;
    expect(performance.now() - started).toBeLessThan(3_000);
    await expect(fetch(`${emulator.url}/healthz`)).rejects.toThrow();
  });
});
