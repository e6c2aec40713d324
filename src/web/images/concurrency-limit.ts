// A bound on requests in flight. The browser keeps at most six connections per host, and the
// service throttles per account, so page fetches share one small limit (frontend-notes §6).

export interface ConcurrencyLimit {
  /** Runs `task` when a slot is free; a task whose signal aborts while it waits never starts. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createConcurrencyLimit(max: number): ConcurrencyLimit {
  let active = 0;
  const queue: { start: () => void; signal?: AbortSignal; cancel: () => void }[] = [];

  const next = () => {
    while (active < max && queue.length) {
      const entry = queue.shift()!;
      if (entry.signal?.aborted) continue;
      entry.signal?.removeEventListener('abort', entry.cancel);
      entry.start();
    }
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    run<T>(task: () => Promise<T>, signal?: AbortSignal) {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const start = () => {
          active++;
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        };
        const entry = {
          start,
          signal,
          cancel: () => {
            const i = queue.indexOf(entry);
            if (i >= 0) queue.splice(i, 1);
            reject(signal!.reason);
          },
        };
        signal?.addEventListener('abort', entry.cancel, { once: true });
        queue.push(entry);
        next();
      });
    },
  };
}
