import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from './concurrency-limiter';

/** A task that runs until the test lets it finish. */
function gatedTask(log: string[], name: string) {
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => (finish = resolve));
  return {
    finish,
    run: async () => {
      log.push(`start ${name}`);
      await gate;
      log.push(`end ${name}`);
      return name;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimiter', () => {
  it('runs at most `max` tasks at once and starts the rest in arrival order', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const log: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((n) => gatedTask(log, n));
    const results = tasks.map((t) => limiter.run(t.run));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect([limiter.active, limiter.queued]).toEqual([2, 2]);
    tasks[1]!.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    tasks[0]!.finish();
    tasks[2]!.finish();
    tasks[3]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect([limiter.active, limiter.queued]).toEqual([0, 0]);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  it('drops a waiter whose request is aborted, without running it', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const log: string[] = [];
    const first = gatedTask(log, 'first');
    const running = limiter.run(first.run);
    const controller = new AbortController();
    const waiting = limiter.run(gatedTask(log, 'aborted').run, controller.signal);
    await tick();
    controller.abort(new Error('browser went away'));
    await expect(waiting).rejects.toThrow('browser went away');
    expect(limiter.queued).toBe(0);
    first.finish();
    await running;
    expect(log).toEqual(['start first', 'end first']);
    await expect(limiter.run(async () => 1, controller.signal)).rejects.toThrow('browser went away');
  });

  it('never has more than `max` running, for any mix of durations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 20 }),
        async (max, ticks) => {
          const limiter = new ConcurrencyLimiter(max);
          let running = 0;
          let peak = 0;
          await Promise.all(
            ticks.map((n) =>
              limiter.run(async () => {
                peak = Math.max(peak, ++running);
                for (let i = 0; i < n; i++) await tick();
                running--;
              }),
            ),
          );
          expect(peak).toBeLessThanOrEqual(max);
          // Every task outlives a tick, so the limit is also reached when there is enough work.
          expect(peak).toBe(Math.min(max, ticks.length));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a limit below one', () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow('concurrency limit must be ≥ 1');
  });
});
