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
            pageCount: (first) => first.total,
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

  it('has asked for every other page by the time page 1 is handed over', async () => {
    const asked: number[] = [];
    const stream = streamPages({
      fetchPage: async (n) => {
        asked.push(n);
        return { total: 5 };
      },
      pageCount: (first) => first.total,
      batchMs: 0,
    });
    const first = await stream.next();
    expect(first.value).toEqual([[1, { total: 5 }]]);
    expect(asked).toEqual([1, 2, 3, 4, 5]);
    await stream.return(undefined);
  });

  it('groups pages that arrive within the batch window', async () => {
    const { batches } = await collect(
      streamPages({ fetchPage: async (n) => n, pageCount: () => 50, batchMs: 10_000, now: () => 0 }),
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
        pageCount: () => 4,
        batchMs: 0,
      }),
    );
    expect(error).toEqual(new Error('page 3 failed'));
    expect(batches.flat().map(([n]) => n)).toContain(1);
  });

  it('fails without yielding when page 1 fails', async () => {
    const { batches, error } = await collect(
      streamPages({ fetchPage: () => Promise.reject(new Error('no')), pageCount: () => 1, batchMs: 0 }),
    );
    expect(batches).toEqual([]);
    expect(error).toEqual(new Error('no'));
  });
});
