import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConcurrencyLimit } from './concurrency-limit';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createConcurrencyLimit', () => {
  it('never runs more than the limit at once, and runs every task', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(3), { minLength: 1, maxLength: 40 }),
        async (max, delays) => {
          const limit = createConcurrencyLimit(max);
          let running = 0;
          let peak = 0;
          const results = await Promise.all(
            delays.map((delay, i) =>
              limit.run(async () => {
                running++;
                peak = Math.max(peak, running);
                for (let t = 0; t < delay; t++) await Promise.resolve();
                running--;
                return i;
              }),
            ),
          );
          expect(results).toEqual(delays.map((_, i) => i));
          expect(peak).toBeLessThanOrEqual(max);
          expect(limit.active + limit.waiting).toBe(0);
        },
      ),
    );
  });

  it('drops a waiting task whose signal aborts, and frees no slot it never took', async () => {
    const limit = createConcurrencyLimit(1);
    const gate = deferred();
    const first = limit.run(() => gate.promise);
    const controller = new AbortController();
    let started = false;
    const second = limit.run(async () => {
      started = true;
    }, controller.signal);
    expect(limit.waiting).toBe(1);
    controller.abort(new Error('filters changed'));
    await expect(second).rejects.toThrow('filters changed');
    expect(limit.waiting).toBe(0);
    gate.resolve();
    await first;
    expect(started).toBe(false);
  });

  it('passes a failure through and keeps going', async () => {
    const limit = createConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit.run(async () => 'next')).resolves.toBe('next');
  });
});
