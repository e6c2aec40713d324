// Identical upstream calls in flight at the same moment are made once: the first request starts
// the call, later ones wait for the same answer. The call goes on while anyone still waits for it
// and is cancelled when the last waiter goes away.

export type Joined<T> = { value: T; shared: boolean } | { aborted: true };

interface Flight<T> {
  controller: AbortController;
  waiters: number;
  done: Promise<T>;
}

export class SingleFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /** Joins the call under `key`, starting it with `start` when none is in flight. */
  run(key: string, signal: AbortSignal, start: (signal: AbortSignal) => Promise<T>): Promise<Joined<T>> {
    if (signal.aborted) return Promise.resolve({ aborted: true });
    let flight = this.flights.get(key);
    const shared = flight !== undefined;
    if (!flight) {
      const controller = new AbortController();
      const started: Flight<T> = { controller, waiters: 0, done: start(controller.signal) };
      const forget = () => {
        if (this.flights.get(key) === started) this.flights.delete(key);
      };
      started.done.then(forget, forget);
      this.flights.set(key, started);
      flight = started;
    }
    const joined = flight;
    joined.waiters++;
    return new Promise((resolve, reject) => {
      const leave = () => {
        joined.waiters--;
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        leave();
        if (joined.waiters === 0) {
          joined.controller.abort(signal.reason);
          if (this.flights.get(key) === joined) this.flights.delete(key);
        }
        resolve({ aborted: true });
      };
      signal.addEventListener('abort', onAbort, { once: true });
      joined.done.then(
        (value) => {
          if (signal.aborted) return;
          leave();
          resolve({ value, shared });
        },
        (error: unknown) => {
          if (signal.aborted) return;
          leave();
          reject(error);
        },
      );
    });
  }

  /** Requests waiting for the call under `key` (0 when none is in flight). */
  waiters(key: string): number {
    return this.flights.get(key)?.waiters ?? 0;
  }
}
