import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryPacingStore, type CallOutcome, type PacingSnapshot, type PacingStore } from './pacing';
import { RedisPacingStore } from './redis-pacing-store';
import { startTestRedis, type TestRedis } from './testing/redis-server';

let server: TestRedis;
let redis: Redis;

beforeAll(async () => {
  server = await startTestRedis();
  redis = new Redis(server.url);
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
});

let keyCount = 0;
const freshKey = () => JSON.stringify(['LTAIpacingtest', 'cn-hangzhou', `Action${keyCount++}`]);

type Op =
  | { kind: 'start'; advanceMs: number }
  | { kind: 'finish'; advanceMs: number; which: number; outcome: CallOutcome }
  | { kind: 'retry'; cost: number }
  | { kind: 'snapshot'; advanceMs: number };

const OUTCOMES: CallOutcome[] = ['answered', 'throttled', 'failed', 'timed-out', 'unused'];
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('start' as const), advanceMs: fc.integer({ min: 0, max: 700 }) }),
  fc.record({
    kind: fc.constant('finish' as const),
    advanceMs: fc.integer({ min: 0, max: 700 }),
    which: fc.nat(),
    outcome: fc.constantFrom(...OUTCOMES),
  }),
  fc.record({ kind: fc.constant('retry' as const), cost: fc.constantFrom(1, 5, 10) }),
  fc.record({ kind: fc.constant('snapshot' as const), advanceMs: fc.integer({ min: 0, max: 70_000 }) }),
);

/** Numbers equal to the 14 significant digits Redis' Lua keeps. */
function expectSameSnapshot(actual: PacingSnapshot, expected: PacingSnapshot): void {
  for (const [name, value] of Object.entries(expected)) {
    const other = actual[name as keyof PacingSnapshot];
    if (typeof value === 'number' && typeof other === 'number')
      expect(other, name).toBeCloseTo(value, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(value) + 1))));
    else expect(other, name).toEqual(value);
  }
}

/** Plays the operations on a store; returns every decision and snapshot it gave. */
async function play(store: PacingStore, key: string, ops: readonly Op[], startMs: number) {
  let now = startMs;
  const places: { ticket: string; startedAtMs: number }[] = [];
  const seen: unknown[] = [];
  for (const o of ops) {
    if (o.kind === 'start') {
      now += o.advanceMs;
      const decision = await store.tryStart(key, now);
      if (decision.started) places.push({ ticket: decision.ticket, startedAtMs: now });
      seen.push(decision.started ? 'started' : decision);
    } else if (o.kind === 'finish') {
      if (places.length === 0) continue;
      now += o.advanceMs;
      const [place] = places.splice(o.which % places.length, 1);
      await store.finish(key, place!.ticket, o.outcome, place!.startedAtMs, now);
    } else if (o.kind === 'retry') {
      seen.push(await store.takeRetry(key, o.cost));
    } else {
      now += o.advanceMs;
      seen.push(await store.snapshot(key, now));
    }
  }
  seen.push(await store.snapshot(key, now));
  return seen;
}

describe('RedisPacingStore', () => {
  it('decides exactly as the in-memory AIMD for any sequence of calls (with and without a rate limit)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(null, 2, 10),
        fc.constantFrom(1, 4, 8),
        async (ops, maxRatePerSecond, maxInFlight) => {
          const settings = { maxInFlight, maxRatePerSecond };
          const startMs = 1_800_000_000_000;
          const expected = await play(new MemoryPacingStore(settings), 'k', ops, startMs);
          const shared = new RedisPacingStore(redis, { ...settings, leaseMs: 3_600_000 });
          const actual = await play(shared, freshKey(), ops, startMs);
          expect(actual).toHaveLength(expected.length);
          actual.forEach((value, i) => {
            const want = expected[i];
            if (typeof want === 'object' && want !== null && 'state' in want)
              expectSameSnapshot(value as PacingSnapshot, want as PacingSnapshot);
            else if (typeof want === 'object' && want !== null && 'retryInMs' in want) {
              const { retryInMs } = want as { retryInMs: number | null };
              const got = (value as { retryInMs: number | null }).retryInMs;
              if (retryInMs === null) expect(got).toBeNull();
              else expect(got).toBeCloseTo(retryInMs, 6);
            } else expect(value).toEqual(want);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shares one limit between replicas: places taken by one are not free for another', async () => {
    const key = freshKey();
    const settings = { maxInFlight: 8, maxRatePerSecond: null, leaseMs: 60_000 };
    const [a, b, c] = [1, 2, 3].map(() => new RedisPacingStore(redis, settings));
    const now = Date.now();
    const taken = [];
    for (const store of [a!, b!, c!, a!, b!]) taken.push((await store.tryStart(key, now)).started);
    // The first limit is 4 in flight, across all three.
    expect(taken).toEqual([true, true, true, true, false]);
    expect((await c!.snapshot(key, now)).inFlight).toBe(4);
  });

  it('frees the places of a replica that died once their lease is over', async () => {
    const key = freshKey();
    const dead = new RedisPacingStore(redis, { maxInFlight: 1, maxRatePerSecond: null, leaseMs: 1_000 });
    const alive = new RedisPacingStore(redis, { maxInFlight: 1, maxRatePerSecond: null, leaseMs: 1_000 });
    const now = Date.now();
    expect((await dead.tryStart(key, now)).started).toBe(true);
    expect((await alive.tryStart(key, now + 999)).started).toBe(false);
    expect((await alive.tryStart(key, now + 1_001)).started).toBe(true);
  });

  it('keeps a configured rate limit across replicas: calls are spaced 1/rate apart, whoever makes them', async () => {
    const key = freshKey();
    const settings = { maxInFlight: 8, maxRatePerSecond: 10, leaseMs: 60_000 };
    const [a, b] = [new RedisPacingStore(redis, settings), new RedisPacingStore(redis, settings)];
    const now = Date.now();
    expect((await a.tryStart(key, now)).started).toBe(true);
    expect(await b.tryStart(key, now + 50)).toEqual({ started: false, retryInMs: expect.closeTo(50, 6) });
    expect((await b.tryStart(key, now + 100)).started).toBe(true);
  });
});
