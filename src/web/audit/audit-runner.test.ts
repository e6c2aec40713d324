import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { ASK_ABOVE_CALLS } from './audit-plan';
import { buildAuditReport } from './audit-report';
import { AuditRunner, type AuditRunState } from './audit-runner';
import { DEFAULT_AUDIT_SETTINGS } from './audit-settings';

afterEach(() => vi.unstubAllGlobals());

const REGION = 'cn-hangzhou';
const OLD = '2020-01-01T00:00:00Z';

interface World {
  /** Image ID → instance IDs that run it; more instances run public images. */
  instances: Map<string, string[]>;
  publicInstances: number;
  shares: Map<string, string[]>;
  rows: ImageRow[];
}

/** `images` custom images: every 2nd in use (one instance each), every 5th shared, one snapshot each. */
function world(images: number, publicInstances = 0): World {
  const instances = new Map<string, string[]>();
  const shares = new Map<string, string[]>();
  const rows = Array.from({ length: images }, (_, i) => {
    const id = `m-${i}`;
    if (i % 2) instances.set(id, [`i-${i}`]);
    if (i % 5 === 0) shares.set(id, ['1000000000000001']);
    return new ImageRow(
      REGION,
      normalizeImage({
        ImageId: id,
        Status: 'Available',
        CreationTime: OLD,
        Usage: i % 2 ? 'instance' : 'none',
        IsSelfShared: i % 5 === 0 ? 'True' : 'False',
        DiskDeviceMappings: { DiskDeviceMapping: [{ SnapshotId: `s-${i}`, Size: '40' }] },
      }),
    );
  });
  return { instances, publicInstances, shares, rows };
}

/**
 * A proxy answering from `w` as the emulator would; `hold` keeps answers back until released, and
 * `fail` makes a call answer with an error instead.
 */
function fakeProxy(w: World, options: { hold?: boolean; fail?: (url: URL) => boolean } = {}) {
  const calls: URL[] = [];
  const held: (() => void)[] = [];
  const all = [
    ...[...w.instances].flatMap(([imageId, ids]) =>
      ids.map((InstanceId) => ({ InstanceId, ImageId: imageId })),
    ),
    ...Array.from({ length: w.publicInstances }, (_, i) => ({
      InstanceId: `i-p${i}`,
      ImageId: 'aliyun_3_x64',
    })),
  ];
  const answer = (url: URL): { status: number; body: unknown } => {
    const q = url.searchParams;
    if (options.fail?.(url))
      return {
        status: 503,
        body: { RequestId: 'R', HostId: 'h', Code: 'ServiceUnavailable', Message: 'busy' },
      };
    switch (url.pathname) {
      case '/api/ecs/DescribeInstances': {
        const imageId = q.get('ImageId');
        const matching = imageId ? all.filter((i) => i.ImageId === imageId) : all;
        if (q.has('PageSize')) {
          const size = Number(q.get('PageSize'));
          const page = matching.slice(0, size);
          return {
            status: 200,
            body: { TotalCount: matching.length, NextToken: '', Instances: { Instance: page } },
          };
        }
        const from = Number(q.get('NextToken') ?? 0);
        const page = matching.slice(from, from + 100);
        const next = from + 100 < matching.length ? String(from + 100) : '';
        return { status: 200, body: { NextToken: next, Instances: { Instance: page } } };
      }
      case '/api/ecs/DescribeSnapshots': {
        const ids = JSON.parse(q.get('SnapshotIds')!) as string[];
        const snapshot = ids.map((SnapshotId) => ({ SnapshotId, FullSnapshotSizeInBytes: 4 * 1024 ** 3 }));
        return {
          status: 200,
          body: { TotalCount: ids.length, NextToken: '', Snapshots: { Snapshot: snapshot } },
        };
      }
      case '/api/ecs/DescribeImageSharePermission': {
        const accounts = w.shares.get(q.get('ImageId')!) ?? [];
        return { status: 200, body: { Accounts: { Account: accounts.map((AliyunId) => ({ AliyunId })) } } };
      }
    }
    throw new Error(`unexpected call ${url}`);
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://127.0.0.1');
      calls.push(url);
      if (options.hold)
        await new Promise<void>((resolve, reject) => {
          held.push(resolve);
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        });
      const { status, body } = answer(url);
      return new Response(JSON.stringify(body), { status });
    }),
  );
  return {
    calls,
    release: () => held.splice(0).forEach((go) => go()),
    actions: () => calls.map((u) => u.pathname.replace('/api/ecs/', '')),
  };
}

/** Resolves when the runner's state satisfies `ready`. */
function until(runner: AuditRunner, ready: (s: AuditRunState) => boolean): Promise<AuditRunState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = runner.getSnapshot();
      if (ready(state)) {
        stop();
        resolve(state);
      }
    };
    const stop = runner.subscribe(check);
    check();
  });
}

const settled = (s: AuditRunState) => s.phase === 'done' || s.phase === 'asking';

describe('AuditRunner', () => {
  it('runs a small audit by itself, making exactly the planned calls, and finds what the world holds', async () => {
    const w = world(20);
    const proxy = fakeProxy(w);
    const runner = new AuditRunner(new QueryClient());
    runner.setImages([REGION], w.rows);
    const state = await until(runner, settled);
    expect(state.phase).toBe('done');
    // 10 images in use: one count call, whose page holds the whole region; 1 snapshot batch; 4 shares.
    expect(proxy.actions().sort()).toEqual([
      'DescribeImageSharePermission',
      'DescribeImageSharePermission',
      'DescribeImageSharePermission',
      'DescribeImageSharePermission',
      'DescribeInstances',
      'DescribeSnapshots',
    ]);
    expect(state.plan?.regions[0]?.instanceStrategy).toBe('counted');
    expect(state.countCalls + state.callsMade).toBe(proxy.calls.length);
    expect(state.callsMade).toBe(state.callsPlanned);
    const report = buildAuditReport(
      w.rows,
      state.facts,
      DEFAULT_AUDIT_SETTINGS,
      Date.parse('2026-11-30T00:00:00Z'),
    );
    // Even images are unused; every 5th is shared and kept. The rest are the candidates.
    expect(report.rows.filter((r) => r.verdict === 'candidate').map((r) => r.image.ImageId)).toEqual([
      'm-2',
      'm-4',
      'm-6',
      'm-8',
      'm-12',
      'm-14',
      'm-16',
      'm-18',
    ]);
    expect(report.totals).toMatchObject({ images: 20, storedGiB: 80, pending: 0, storedUnknown: 0 });
  });

  it('waits for the person above a few dozen calls, then makes them', async () => {
    const w = world(2 * ASK_ABOVE_CALLS * 5);
    const proxy = fakeProxy(w);
    const runner = new AuditRunner(new QueryClient());
    runner.setImages([REGION], w.rows);
    const asking = await until(runner, settled);
    expect(asking.phase).toBe('asking');
    expect(asking.callsPlanned).toBeGreaterThan(ASK_ABOVE_CALLS);
    const before = proxy.calls.length;
    expect(before).toBe(asking.countCalls);
    runner.start();
    const done = await until(runner, (s) => s.phase === 'done');
    expect(proxy.calls.length - before).toBe(asking.callsPlanned);
    expect(done.facts.instances.size).toBe(w.rows.length);
  });

  it('scans a region by NextToken when its instances take fewer calls than the images in use', async () => {
    const w = world(60, 150);
    const proxy = fakeProxy(w);
    const runner = new AuditRunner(new QueryClient());
    runner.setImages([REGION], w.rows);
    const state = await until(runner, settled);
    expect(state.plan?.regions[0]).toMatchObject({ instanceStrategy: 'region-scan', perImageCalls: 30 });
    const instanceCalls = proxy.calls.filter((u) => u.pathname.endsWith('DescribeInstances'));
    // The count (a page of 100), then 180 instances by token: 2 pages.
    expect(
      instanceCalls.map((u) => [u.searchParams.get('PageSize'), u.searchParams.get('NextToken')]),
    ).toEqual([
      ['100', null],
      [null, null],
      [null, '100'],
    ]);
    expect(state.facts.instances.get(`${REGION}/m-1`)).toMatchObject({ count: 1 });
    expect(state.facts.instances.get(`${REGION}/m-2`)).toMatchObject({ count: 0 });
  });

  it('asks image by image, for the images in use only, when few are', async () => {
    const w = world(4);
    const proxy = fakeProxy(w);
    const runner = new AuditRunner(new QueryClient());
    runner.setImages([REGION], w.rows);
    await until(runner, settled);
    expect(
      proxy.calls
        .filter((u) => u.pathname.endsWith('DescribeInstances'))
        .map((u) => u.searchParams.get('ImageId')),
    ).toEqual(['m-1', 'm-3']);
  });

  it('makes no call for answers react-query already holds', async () => {
    const w = world(20);
    const client = new QueryClient();
    const first = new AuditRunner(client);
    const proxy = fakeProxy(w);
    first.setImages([REGION], w.rows);
    await until(first, settled);
    const made = proxy.calls.length;
    const second = new AuditRunner(client);
    second.setImages([REGION], w.rows);
    const state = await until(second, settled);
    expect(proxy.calls.length).toBe(made);
    expect(state).toMatchObject({ phase: 'done', callsPlanned: 0, callsMade: 0 });
    expect(state.facts.shares.size).toBe(4);
  });

  it('never retries a failed answer, lists it, and asks again only on Retry', async () => {
    const w = world(20);
    let failing = true;
    const proxy = fakeProxy(w, {
      fail: (u) =>
        failing &&
        u.pathname.endsWith('DescribeImageSharePermission') &&
        u.searchParams.get('ImageId') === 'm-5',
    });
    const runner = new AuditRunner(new QueryClient());
    runner.setImages([REGION], w.rows);
    const state = await until(runner, settled);
    expect(state.failed.map((f) => [f.task.id, f.error.code])).toEqual([
      [`shares/${REGION}/m-5`, 'ServiceUnavailable'],
    ]);
    const asked = () => proxy.calls.filter((u) => u.searchParams.get('ImageId') === 'm-5').length;
    expect(asked()).toBe(1);
    failing = false;
    runner.retryFailed();
    const after = await until(runner, (s) => s.phase === 'done' && s.failed.length === 0);
    expect(asked()).toBe(2);
    expect(after.facts.shares.get(`${REGION}/m-5`)).toEqual(['1000000000000001']);
  });

  it('stops the calls in flight on Stop, and finishes on Continue', async () => {
    const w = world(2 * ASK_ABOVE_CALLS * 5);
    const proxy = fakeProxy(w, { hold: true });
    const runner = new AuditRunner(new QueryClient());
    runner.setImages([REGION], w.rows);
    await until(runner, (s) => s.phase === 'counting');
    proxy.release();
    await until(runner, (s) => s.phase === 'asking');
    runner.start();
    await vi.waitFor(() => expect(proxy.calls.length).toBeGreaterThan(1));
    runner.stop();
    const stopped = await until(runner, (s) => s.phase === 'stopped');
    const made = proxy.calls.length;
    proxy.release();
    expect(stopped.callsMade).toBe(0);
    runner.start();
    const interval = setInterval(proxy.release, 1);
    const done = await until(runner, (s) => s.phase === 'done');
    clearInterval(interval);
    expect(done.callsMade).toBe(done.callsPlanned);
    expect(proxy.calls.length).toBeGreaterThan(made);
  });
});
