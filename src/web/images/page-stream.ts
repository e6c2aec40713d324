// Loads the pages of one DescribeImages call sequence: page 1 first (it carries TotalCount), then as
// many as the plan allows, a window of them at a time — the next is asked for as one settles, and
// none after a failure or once stopped, so a failing or stopped source sends nothing more. Pages are
// yielded in batches, so a 1,000-page load re-renders a few times a second, not a thousand times.

export type PageBatch<T> = [pageNumber: number, page: T][];

export interface PageStreamOptions<T> {
  fetchPage: (pageNumber: number) => Promise<T>;
  /**
   * How many pages to load, page 1 included, decided from page 1 (load-control.ts: it may wait
   * for the other sources' page 1, and is 1 while a person decides about a large view).
   */
  pagesToLoad: (first: T) => number | Promise<number>;
  /** Pages asked for at once (the fetcher's limit bounds what is in flight across sources). */
  window: number;
  /** Pages that arrive within this window are yielded together. */
  batchMs: number;
  /** Stops asking for pages. */
  signal?: AbortSignal;
  now?: () => number;
}

export async function* streamPages<T>(options: PageStreamOptions<T>): AsyncGenerator<PageBatch<T>> {
  const { fetchPage, pagesToLoad, window, batchMs, signal, now = () => performance.now() } = options;
  const first = await fetchPage(1);
  const total = await pagesToLoad(first);
  let next = 2;
  let outstanding = 0;
  const ready: PageBatch<T> = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const ask = () => {
    while (!failure && !signal?.aborted && outstanding < window && next <= total) {
      const n = next++;
      outstanding++;
      fetchPage(n).then(
        (page) => {
          ready.push([n, page]);
          settle();
        },
        (error: unknown) => {
          failure ??= { error };
          settle();
        },
      );
    }
  };
  const settle = () => {
    outstanding--;
    ask();
    wake?.();
  };
  // Asked for before page 1 is handed over: drawing the first rows takes a while, and the requests
  // should not wait for it.
  ask();
  yield [[1, first]];

  let lastYield = now();
  while (outstanding > 0 || ready.length > 0) {
    const waited = now() - lastYield;
    if (ready.length > 0 && (outstanding === 0 || failure || waited >= batchMs)) {
      yield ready.splice(0);
      lastYield = now();
      continue;
    }
    // The failure shows at once; pages still under way land in their own queries' cache, where
    // a retry finds them without asking again.
    if (failure) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (ready.length > 0) setTimeout(resolve, batchMs - waited);
    });
    wake = undefined;
  }
  if (failure) throw failure.error;
}
