import { describe, expect, it } from 'vitest';
import { expectedWaitMs, PacedQueue, type Place } from './paced-queue';
import { MemoryPacingStore, type PacingSnapshot } from './pacing';

const KEY = 'key';
const never = new AbortController().signal;

function queueWith(maxInFlight: number) {
  const store = new MemoryPacingStore({ maxInFlight, maxRatePerSecond: null });
  return { store, queue: new PacedQueue(store) };
}

const request = (arrivedAtMs: number, budgetMs = 10_000, signal = never) => ({
  arrivedAtMs,
  deadlineMs: Date.now() + budgetMs,
  signal,
});

async function placeOf(pending: Promise<Awaited<ReturnType<PacedQueue['acquire']>>>): Promise<Place> {
  const result = await pending;
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('PacedQueue', () => {
  it('hands out places in the order requests arrived; a retry keeps its request’s place', async () => {
    const { queue } = queueWith(1);
    const first = await placeOf(queue.acquire(KEY, request(1)));
    const order: string[] = [];
    const later = queue.acquire(KEY, request(3)).then((r) => (order.push('later'), r));
    const retry = queue.acquire(KEY, request(2)).then((r) => (order.push('retry'), r));
    expect(queue.queued(KEY)).toBe(2);
    first.release('answered');
    (await placeOf(retry)).release('answered');
    (await placeOf(later)).release('answered');
    expect(order).toEqual(['retry', 'later']);
    expect(queue.queued(KEY)).toBe(0);
  });

  it('lets a request whose browser left go at once, and the next one take its turn', async () => {
    const { queue } = queueWith(1);
    const first = await placeOf(queue.acquire(KEY, request(1)));
    const browser = new AbortController();
    const leaving = queue.acquire(KEY, request(2, 10_000, browser.signal));
    const next = queue.acquire(KEY, request(3));
    browser.abort();
    expect(await leaving).toEqual({ ok: false, error: { reason: 'aborted' } });
    first.release('answered');
    expect((await next).ok).toBe(true);
  });

  it('answers at once a request that could not get its turn within its budget', async () => {
    const { queue, store } = queueWith(4);
    // The service throttled: the key now sends about one call every 1.4 s.
    const now = Date.now();
    await store.tryStart(KEY, now);
    await store.finish(KEY, '', 'throttled', now, now);
    const started = Date.now();
    const refused = await queue.acquire(KEY, request(now, 500));
    expect(Date.now() - started).toBeLessThan(200);
    expect(refused.ok).toBe(false);
    if (!refused.ok && refused.error.reason === 'overloaded')
      expect(refused.error.waitMs).toBeGreaterThan(500);
    // With time to wait, it waits for the rate and gets its place.
    const patient = await placeOf(queue.acquire(KEY, request(now, 10_000)));
    expect(patient.queuedMs).toBeGreaterThan(500);
  });
});

describe('expectedWaitMs', () => {
  const snapshot: PacingSnapshot = {
    state: 'slowed',
    inFlight: 2,
    inFlightLimit: 2,
    ratePerSecond: null,
    rateWaitMs: 0,
    retryTokens: 50,
    retryCapacity: 50,
    lastThrottledAtMs: null,
    calls: 0,
    throttledCalls: 0,
    latencyMs: 300,
  };

  it('is the longer of the rate’s spacing and the turns of the places in flight', () => {
    expect(expectedWaitMs({ ...snapshot, inFlight: 0 }, 0)).toBe(0);
    expect(expectedWaitMs(snapshot, 0)).toBe(300);
    expect(expectedWaitMs(snapshot, 3)).toBe(600);
    expect(expectedWaitMs({ ...snapshot, inFlight: 0, ratePerSecond: 2, rateWaitMs: 250 }, 4)).toBe(2_250);
  });
});
