import { describe, expect, it } from 'vitest';
import { createEmulatorApp, type EmulatorAppOptions } from './emulator-app';
import type { FaultSettings } from './faults';
import { signedRequest, type SigningStyle } from './testing/signed-request';
import type { EmulatorCredential } from './verify-signature';

const KEY: EmulatorCredential = { accessKeyId: 'app-test-id', accessKeySecret: 'app-test-secret' };
const OTHER: EmulatorCredential = { accessKeyId: 'app-other-id', accessKeySecret: 'app-other-secret' };
const BASE = 'http://127.0.0.1:9510';
const NOW = Date.parse('2025-03-01T12:00:00Z');

function emulator(options: Partial<EmulatorAppOptions> = {}) {
  let now = NOW;
  const lines: string[] = [];
  const app = createEmulatorApp({
    credentials: [KEY, OTHER],
    imagesPerRegion: 40,
    now: () => now,
    log: (line) => lines.push(line),
    ...options,
  });
  const call = async (
    params: Record<string, string>,
    extra: {
      style?: SigningStyle;
      credential?: EmulatorCredential;
      action?: string;
      version?: string;
      format?: string | null;
    } = {},
  ) => {
    const { url, init } = signedRequest({
      style: extra.style ?? 'v2-get',
      credential: extra.credential ?? KEY,
      baseUrl: BASE,
      params,
      nowMs: now,
      ...(extra.action !== undefined ? { action: extra.action } : {}),
      ...(extra.version !== undefined ? { version: extra.version } : {}),
      ...(extra.format !== undefined ? { format: extra.format } : {}),
    });
    return app.request(url, init);
  };
  return { app, call, lines, advance: (ms: number) => (now += ms) };
}

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('routes', () => {
  it('answers /healthz with ok, and unknown paths or methods with the ECS envelope', async () => {
    const { app } = emulator();
    const health = await app.request(`${BASE}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    for (const [path, method] of [
      ['/api/x', 'GET'],
      ['/', 'PUT'],
      ['/', 'DELETE'],
    ] as const) {
      const response = await app.request(`${BASE}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await json(response)).toMatchObject({
        Code: 'InvalidAction.NotFound',
        HostId: '127.0.0.1:9510',
      });
    }
  });
});

describe('dispatch order', () => {
  it('answers an unknown action or version before checking the signature', async () => {
    const { app, call } = emulator();
    const unsigned = await app.request(
      `${BASE}/?Action=RunInstances&Version=2014-05-26&RegionId=cn-hangzhou&Format=JSON`,
    );
    expect(unsigned.status).toBe(404);
    expect(await json(unsigned)).toMatchObject({ Code: 'InvalidAction.NotFound' });
    const badVersion = await app.request(`${BASE}/?Action=DescribeImages&Version=2016-01-01&Format=JSON`);
    expect(await json(badVersion)).toMatchObject({ Code: 'InvalidVersion' });
    const noAction = await app.request(`${BASE}/?Version=2014-05-26&Format=json`);
    expect(await json(noAction)).toMatchObject({
      Code: 'MissingParameter',
      Message: expect.stringContaining('"Action"'),
    });
    const v3 = await call({ RegionId: 'cn-hangzhou' }, { style: 'v3', action: 'RunInstances' });
    expect(await json(v3)).toMatchObject({ Code: 'InvalidAction.NotFound' });
    expect(await json(await call({}, { version: '2016-11-11', style: 'v3' }))).toMatchObject({
      Code: 'InvalidVersion',
    });
  });

  it('checks the signature before parameters, and parameters before DryRun', async () => {
    const { app, call } = emulator();
    const unsigned = await app.request(
      `${BASE}/?Action=DescribeImages&Version=2014-05-26&OSType=solaris&Format=JSON`,
    );
    expect(await json(unsigned)).toMatchObject({
      Code: 'MissingParameter',
      Message: expect.stringContaining('AccessKeyId'),
    });
    expect(
      await json(await call({ OSType: 'solaris', DryRun: 'true', RegionId: 'cn-hangzhou' })),
    ).toMatchObject({
      Code: 'InvalidOSType',
    });
    const dry = await call({ RegionId: 'cn-hangzhou', DryRun: 'true' });
    expect(dry.status).toBe(400);
    expect(await json(dry)).toMatchObject({ Code: 'DryRunOperation' });
  });

  it('accepts unsigned calls when strict signatures are off', async () => {
    const { app } = emulator({ strictSignatures: false });
    const response = await app.request(
      `${BASE}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON&AccessKeyId=anyone`,
    );
    expect(response.status).toBe(200);
    expect(createEmulatorApp({ credentials: [], strictSignatures: false })).toBeDefined();
    expect(() => createEmulatorApp({ credentials: [] })).toThrow(/at least one credential/);
    expect(() => createEmulatorApp({ credentials: [KEY, { ...KEY }] })).toThrow(/given twice/);
    expect(() => createEmulatorApp({ credentials: [{ accessKeyId: 'x', accessKeySecret: '' }] })).toThrow(
      /non-empty/,
    );
  });
});

describe('response formats', () => {
  it('answers V2 in JSON or XML as Format asks, case-insensitively, and XML when Format is absent', async () => {
    const { call } = emulator();
    for (const format of ['JSON', 'json']) {
      const response = await call({ RegionId: 'cn-hangzhou', PageSize: '2' }, { format });
      expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
      expect((await json(response)).PageSize).toBe(2);
    }
    for (const format of ['XML', 'xml', null]) {
      const response = await call({ RegionId: 'cn-hangzhou', PageSize: '2' }, { format });
      expect(response.headers.get('content-type')).toBe('text/xml;charset=utf-8');
      const xml = await response.text();
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><DescribeImagesResponse>/);
      expect(xml.match(/<Image>/g)).toHaveLength(2);
      expect(xml).toContain('<PageSize>2</PageSize>');
    }
    const regions = await (await call({}, { action: 'DescribeRegions', format: 'XML' })).text();
    expect(regions).toMatch(/<DescribeRegionsResponse>.*<Regions><Region><RegionId>cn-qingdao<\/RegionId>/);
  });

  it('answers V3 in JSON, errors in the format asked for, and refuses an unknown Format in JSON', async () => {
    const { app, call } = emulator();
    const v3 = await call({ RegionId: 'cn-hangzhou', Format: 'XML' }, { style: 'v3' });
    expect(v3.headers.get('content-type')).toBe('application/json;charset=utf-8');
    const v3Error = await call({ RegionId: 'cn-hangzhou', OSType: 'beos', Format: 'XML' }, { style: 'v3' });
    expect(await json(v3Error)).toMatchObject({ Code: 'InvalidOSType' });

    for (const format of ['XML', 'xml', null]) {
      const error = await call({ RegionId: 'cn-hangzhou', OSType: 'beos' }, { format });
      expect(error.status).toBe(404);
      expect(error.headers.get('content-type')).toBe('text/xml;charset=utf-8');
      expect(await error.text()).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?><Error><RequestId>[0-9A-F-]{36}<\/RequestId><HostId>127\.0\.0\.1:9510<\/HostId><Code>InvalidOSType<\/Code><Message>The specifed OSType is not valid<\/Message><Recommend>https:\/\/api\.aliyun\.com\/troubleshoot\?q=InvalidOSType&amp;product=Ecs&amp;requestId=[0-9A-F-]{36}<\/Recommend><\/Error>$/,
      );
    }
    // Errors raised before the signature is checked follow Format too.
    const unsigned = await app.request(`${BASE}/?Action=RunInstances&Version=2014-05-26&Format=XML`);
    expect(await unsigned.text()).toContain('<Code>InvalidAction.NotFound</Code>');
    const dry = await call({ RegionId: 'cn-hangzhou', DryRun: 'true' }, { format: 'XML' });
    expect(await dry.text()).toContain('<Code>DryRunOperation</Code>');

    const json400 = await call({ RegionId: 'cn-hangzhou', OSType: 'beos' }, { format: 'JSON' });
    expect(json400.headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(await json(await call({ RegionId: 'cn-hangzhou' }, { format: 'yaml' }))).toMatchObject({
      Code: 'InvalidParameter.Format',
    });
  });
});

describe('logging', () => {
  it('writes one line per request, with the AccessKey masked and no secret or token', async () => {
    const sts = {
      accessKeyId: 'STS.logging-test-key',
      accessKeySecret: 'log-secret-value',
      securityToken: 'log-token-value',
    };
    const { call, lines } = emulator({ credentials: [KEY, sts] });
    await call({ RegionId: 'cn-hangzhou' }, { credential: sts });
    await call({ RegionId: 'cn-hangzhou' }, { credential: sts, style: 'v3' });
    await call({ RegionId: 'cn-hangzhou', OSType: 'x' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^GET DescribeImages 200 OK \d+ms ak=STS\.\*+-key id=[0-9A-F-]{36}$/);
    expect(lines[2]).toContain('404 InvalidOSType');
    for (const line of lines) {
      expect(line).not.toContain('log-secret-value');
      expect(line).not.toContain('log-token-value');
      expect(line).not.toContain(KEY.accessKeySecret);
    }
  });
});

describe('fault injection', () => {
  const withFaults = (faults: Partial<FaultSettings>, random = () => 0.5) => emulator({ faults, random });

  it('injects nothing at rates of 0 and always at rates of 1', async () => {
    const quiet = withFaults({ errorRate: 0, malformedRate: 0, hangRate: 0 }, () => 0);
    expect((await quiet.call({ RegionId: 'cn-hangzhou' })).status).toBe(200);

    const failing = withFaults({ errorRate: 1 }, () => 0.99);
    const unavailable = await failing.call({ RegionId: 'cn-hangzhou' });
    expect(unavailable.status).toBe(503);
    expect(await json(unavailable)).toMatchObject({ Code: 'ServiceUnavailable', HostId: '127.0.0.1:9510' });
    const internal = await withFaults({ errorRate: 1 }, () => 0.1).call({ RegionId: 'cn-hangzhou' });
    expect([internal.status, (await json(internal)).Code]).toEqual([500, 'InternalError']);
    expect(failing.lines.at(-1)).toContain('fault=injected-error');

    const malformed = await withFaults({ malformedRate: 1 }).call({ RegionId: 'cn-hangzhou' });
    expect(malformed.status).toBe(200);
    const text = await malformed.text();
    expect(text.startsWith('{"RequestId"')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('throttles above the configured QPS per AccessKey, and lets through again as time passes', async () => {
    const { call, advance } = withFaults({ throttleQps: 2 });
    const codes = async (credential = KEY) => {
      const response = await call({ RegionId: 'cn-hangzhou' }, { credential });
      return response.status === 200 ? 'OK' : `${response.status} ${(await json(response)).Code}`;
    };
    expect([await codes(), await codes(), await codes()]).toEqual(['OK', 'OK', '400 Throttling.User']);
    expect(await codes(OTHER)).toBe('OK');
    advance(500);
    expect([await codes(), await codes()]).toEqual(['OK', '400 Throttling.User']);
  });

  it('adds latency and hangs before answering, and cuts them short when aborted', async () => {
    const slow = withFaults({ latencyMs: 60 });
    let started = performance.now();
    expect((await slow.call({ RegionId: 'cn-hangzhou' })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);

    const hanging = withFaults({ hangRate: 1, hangMs: 120 });
    started = performance.now();
    expect((await hanging.call({ RegionId: 'cn-hangzhou' })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    expect(hanging.lines.at(-1)).toContain('fault=hang');

    const closing = new AbortController();
    const stuck = emulator({
      faults: { hangRate: 1, hangMs: 60_000 },
      random: () => 0,
      signal: closing.signal,
    });
    started = performance.now();
    const pending = stuck.call({ RegionId: 'cn-hangzhou' });
    closing.abort();
    await pending;
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('the fault admin route', () => {
  const admin = (address: string | undefined) => emulator({ remoteAddress: () => address });

  it('reads and changes the settings for loopback callers, and the next request feels them', async () => {
    const { app, call } = admin('127.0.0.1');
    const before = await app.request(`${BASE}/__admin/faults`);
    expect(await json(before)).toMatchObject({ errorRate: 0, throttleQps: null });
    const changed = await app.request(`${BASE}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ errorRate: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(await json(changed)).toMatchObject({ errorRate: 1, latencyMs: 0 });
    expect((await call({ RegionId: 'cn-hangzhou' })).status).toBeGreaterThanOrEqual(500);
  });

  it('names what is wrong with a bad body', async () => {
    const { app } = admin('::1');
    const post = (body: string) =>
      app.request(`${BASE}/__admin/faults`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    expect(await json(await post('{"errorRate": 7}'))).toMatchObject({
      error: expect.stringContaining('"errorRate"'),
    });
    expect(await json(await post('not json'))).toMatchObject({ error: expect.stringContaining('JSON') });
    expect((await post('{"hangRate": -1}')).status).toBe(400);
  });

  it('refuses a web page on another site, a rebound host name, and a change that is not JSON', async () => {
    const { app } = admin('127.0.0.1');
    const before = await json(await app.request(`${BASE}/__admin/faults`));
    const change = (headers: Record<string, string>, url = `${BASE}/__admin/faults`) =>
      app.request(url, { method: 'POST', body: '{"errorRate":1}', headers });
    const jsonType = { 'content-type': 'application/json' };
    for (const [headers, url] of [
      [{ ...jsonType, origin: 'https://evil.example' }],
      [{ ...jsonType, 'sec-fetch-site': 'cross-site' }],
      [{ ...jsonType, 'sec-fetch-site': 'same-site' }],
      [jsonType, 'http://rebound.evil.example:9510/__admin/faults'],
      [{ 'content-type': 'text/plain' }],
      [{ 'content-type': 'application/x-www-form-urlencoded' }],
      [{}],
    ] as Array<[Record<string, string>, string?]>) {
      const response = await change(headers, url);
      expect(response.status, JSON.stringify([headers, url])).toBeGreaterThanOrEqual(400);
      expect(await json(response)).toMatchObject({ error: expect.any(String) });
    }
    expect(await json(await app.request(`${BASE}/__admin/faults`))).toEqual(before);
    // Its own page, same origin, may change them.
    const own = await change({ ...jsonType, origin: BASE, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
  });

  it('counts the calls to the endpoint, received and in flight', async () => {
    const { app, call } = admin('127.0.0.1');
    await call({ RegionId: 'cn-hangzhou' });
    await call({ RegionId: 'cn-hangzhou' });
    expect(await json(await app.request(`${BASE}/__admin/stats`))).toEqual({ received: 2, inFlight: 0 });
    const foreign = await app.request(`${BASE}/__admin/stats`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('refuses callers that are not on loopback, or whose address is unknown', async () => {
    for (const address of ['10.0.0.5', '192.168.1.7', '::ffff:10.1.2.3', undefined]) {
      const { app } = admin(address);
      const response = await app.request(`${BASE}/__admin/faults`, {
        method: 'POST',
        body: '{"errorRate":1}',
      });
      expect(response.status, String(address)).toBe(403);
    }
  });
});
