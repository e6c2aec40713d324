import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamPages, type PageBatch } from './page-stream';

async function collect<T>(stream: AsyncGenerator<PageBatch<T>>) {
  const batches: PageBatch<T>[] = [];
  let error: unknown;
  try {
    for await (const batch of stream) batches.push(batch);
  } catch (e) {
    error = e;
  }
  return { batches, error };
}

/** Pages answer after a random number of microtask turns, so they complete out of order. */
const delays = fc.array(fc.nat(5), { minLength: 1, maxLength: 60 });
const settleAfter = async (turns: number) => {
  for (let i = 0; i < turns; i++) await Promise.resolve();
};

describe('streamPages', () => {
  it('yields page 1 alone first, then every other page exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(delays, fc.integer({ min: 0, max: 20 }), async (pageDelays, batchMs) => {
        const pages = pageDelays.length;
        const { batches, error } = await collect(
          streamPages({
            fetchPage: async (n) => {
              await settleAfter(pageDelays[n - 1]!);
              return { n, total: pages };
            },
            pagesToLoad: (first) => first.total,
            window: 4,
            batchMs,
          }),
        );
        expect(error).toBeUndefined();
        expect(batches[0]).toEqual([[1, { n: 1, total: pages }]]);
        const numbers = batches.flat().map(([n]) => n);
        expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
        expect(batches.every((b) => b.length > 0)).toBe(true);
      }),
    );
  });

  it('has asked for a window of pages by the time page 1 is handed over, and no more', async () => {
    const asked: number[] = [];
    const stream = streamPages({
      fetchPage: (n) => {
        asked.push(n);
        // Pages after the first never answer: the window must not grow while they are out.
        return n === 1 ? Promise.resolve({ total: 9 }) : new Promise<never>(() => {});
      },
      pagesToLoad: (first) => first.total,
      window: 4,
      batchMs: 0,
    });
    const first = await stream.next();
    expect(first.value).toEqual([[1, { total: 9 }]]);
    expect(asked).toEqual([1, 2, 3, 4, 5]);
    await stream.return(undefined);
  });

  it('keeps at most a window of pages out, and loads only the pages allowed', async () => {
    await fc.assert(
      fc.asyncProperty(
        delays,
        fc.integer({ min: 1, max: 5 }),
        fc.nat(70),
        async (pageDelays, window, allowed) => {
          let out = 0;
          let most = 0;
          const { batches } = await collect(
            streamPages({
              fetchPage: async (n) => {
                out++;
                most = Math.max(most, out - 1); // page 1 is alone
                await settleAfter(pageDelays[(n - 1) % pageDelays.length]!);
                out--;
                return n;
              },
              pagesToLoad: async () => Math.max(1, Math.min(allowed, pageDelays.length)),
              window,
              batchMs: 0,
            }),
          );
          expect(most).toBeLessThanOrEqual(window);
          expect(
            batches
              .flat()
              .map(([n]) => n)
              .sort((a, b) => a - b),
          ).toEqual(
            Array.from({ length: Math.max(1, Math.min(allowed, pageDelays.length)) }, (_, i) => i + 1),
          );
        },
      ),
    );
  });

  it('asks for nothing more after a failure or once stopped', async () => {
    const asked: number[] = [];
    const { error } = await collect(
      streamPages({
        fetchPage: async (n) => {
          asked.push(n);
          if (n === 3) throw new Error('page 3 failed');
          return n;
        },
        pagesToLoad: () => 100,
        window: 2,
        batchMs: 0,
      }),
    );
    expect(error).toEqual(new Error('page 3 failed'));
    expect(Math.max(...asked)).toBeLessThanOrEqual(4);

    const stop = new AbortController();
    const stopped: number[] = [];
    await collect(
      streamPages({
        fetchPage: async (n) => {
          stopped.push(n);
          await Promise.resolve();
          if (n === 2) stop.abort();
          return n;
        },
        pagesToLoad: () => 100,
        window: 2,
        batchMs: 0,
        signal: stop.signal,
      }),
    );
    expect(stopped).toEqual([1, 2, 3]);
  });

  it('groups pages that arrive within the batch window', async () => {
    const { batches } = await collect(
      streamPages({
        fetchPage: async (n) => n,
        pagesToLoad: () => 50,
        window: 50,
        batchMs: 10_000,
        now: () => 0,
      }),
    );
    expect(batches.map((b) => b.length)).toEqual([1, 49]);
  });

  it('keeps what arrived and then reports the failure', async () => {
    const { batches, error } = await collect(
      streamPages({
        fetchPage: async (n) => {
          if (n === 3) throw new Error('page 3 failed');
          return n;
        },
        pagesToLoad: () => 4,
        window: 4,
        batchMs: 0,
      }),
    );
    expect(error).toEqual(new Error('page 3 failed'));
    expect(batches.flat().map(([n]) => n)).toContain(1);
  });

  it('fails without yielding when page 1 fails', async () => {
    const { batches, error } = await collect(
      streamPages({
        fetchPage: () => Promise.reject(new Error('no')),
        pagesToLoad: () => 1,
        window: 4,
        batchMs: 0,
      }),
    );
    expect(batches).toEqual([]);
    expect(error).toEqual(new Error('no'));
  });
});
