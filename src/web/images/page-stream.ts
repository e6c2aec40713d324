// Loads every page of one DescribeImages call sequence: page 1 first (it carries TotalCount), then
// the rest at once — the fetcher bounds how many are in flight — yielded in batches so a 1,000-page
// load re-renders a few times a second, not a thousand times.

export type PageBatch<T> = [pageNumber: number, page: T][];

export interface PageStreamOptions<T> {
  fetchPage: (pageNumber: number) => Promise<T>;
  /** How many pages there are, read from page 1. */
  pageCount: (first: T) => number;
  /** Pages that arrive within this window are yielded together. */
  batchMs: number;
  now?: () => number;
}

export async function* streamPages<T>(options: PageStreamOptions<T>): AsyncGenerator<PageBatch<T>> {
  const { fetchPage, pageCount, batchMs, now = () => performance.now() } = options;
  const first = await fetchPage(1);
  const total = pageCount(first);
  let pending = total - 1;
  const ready: PageBatch<T> = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    pending--;
    wake?.();
  };
  // Asked for before page 1 is handed over: drawing the first rows takes a while, and the requests
  // should not wait for it.
  for (let n = 2; n <= total; n++) {
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
  yield [[1, first]];

  let lastYield = now();
  while (pending > 0 || ready.length > 0) {
    const waited = now() - lastYield;
    if (ready.length > 0 && (pending === 0 || failure || waited >= batchMs)) {
      yield ready.splice(0);
      lastYield = now();
      continue;
    }
    if (failure) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (ready.length > 0) setTimeout(resolve, batchMs - waited);
    });
    wake = undefined;
  }
  // Pages that arrived are kept (yielded above); the caller sees the first failure.
  if (failure) throw failure.error;
}
