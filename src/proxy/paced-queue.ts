// Bounded waiting for a place to call, per AccessKey × region: requests wait in the order they
// arrived (a retry keeps its request's place), take a place when the PacingStore allows one, and
// leave the queue when their browser goes away. A request whose time budget would run out before
// its turn is answered at once (`overloaded`, with the expected wait), and so is one whose wait
// grows past its budget when the limits go down — nobody waits only to time out.

import { failure, success, type Result } from '../ecs/result';
import type { CallOutcome, PacingSnapshot, PacingStore } from './pacing';

export interface Place {
  /** When the place was granted (the call's start, for pacing). */
  startedAtMs: number;
  /** Time spent waiting for it. */
  queuedMs: number;
  release(outcome: CallOutcome): void;
}

export type Refusal =
  /** The expected wait does not fit in what is left of the budget. */
  { reason: 'overloaded'; waitMs: number } | { reason: 'aborted' };

export interface PlaceRequest {
  /** When the browser's request arrived; orders the queue, so a retry keeps its place. */
  arrivedAtMs: number;
  deadlineMs: number;
  signal: AbortSignal;
}

interface Waiter extends PlaceRequest {
  enqueuedAtMs: number;
  settle(result: Result<Place, Refusal>): void;
}

interface KeyQueue {
  waiters: Waiter[];
  pumping: boolean;
  /** Ends the pump's current pause early (a place came free, a waiter left or arrived). */
  wake: () => void;
}

/**
 * How long the waiter at `position` (0 = next) can expect to wait, from the key's limits: the
 * rate's spacing, or turns of the places in flight at the service's typical answer time. Optimistic
 * on purpose (calls that hang count as answering quickly): a request is refused only when even
 * that would not fit its budget; a hung call's place comes free at its attempt timeout anyway.
 */
export function expectedWaitMs(snapshot: PacingSnapshot, position: number): number {
  const byRate =
    snapshot.ratePerSecond === null ? 0 : snapshot.rateWaitMs + (position / snapshot.ratePerSecond) * 1000;
  const ahead = position + snapshot.inFlight - snapshot.inFlightLimit + 1;
  const byPlaces = ahead <= 0 ? 0 : Math.ceil(ahead / snapshot.inFlightLimit) * snapshot.latencyMs;
  return Math.max(byRate, byPlaces);
}

/** While limited by the number in flight with nothing to wake it (another proxy's calls), look again. */
const POLL_MS = 250;

export class PacedQueue {
  private readonly queues = new Map<string, KeyQueue>();

  constructor(
    private readonly store: PacingStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Waits for a place for one call under `key`. */
  acquire(key: string, request: PlaceRequest): Promise<Result<Place, Refusal>> {
    if (request.signal.aborted) return Promise.resolve(failure({ reason: 'aborted' }));
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { waiters: [], pumping: false, wake: () => {} };
      this.queues.set(key, queue);
    }
    const q = queue;
    return new Promise((resolve) => {
      const onAbort = () => {
        const i = q.waiters.indexOf(waiter);
        if (i >= 0) q.waiters.splice(i, 1);
        resolve(failure({ reason: 'aborted' }));
        q.wake();
      };
      const waiter: Waiter = {
        ...request,
        enqueuedAtMs: this.now(),
        settle: (result) => {
          request.signal.removeEventListener('abort', onAbort);
          resolve(result);
        },
      };
      request.signal.addEventListener('abort', onAbort, { once: true });
      // Oldest request first; a retry usually lands near the front.
      let i = q.waiters.length;
      while (i > 0 && q.waiters[i - 1]!.arrivedAtMs > waiter.arrivedAtMs) i--;
      q.waiters.splice(i, 0, waiter);
      if (q.pumping) q.wake();
      else void this.pump(key, q);
    });
  }

  /** Requests waiting under a key. */
  queued(key: string): number {
    return this.queues.get(key)?.waiters.length ?? 0;
  }

  private place(key: string, waiter: Waiter, startedAtMs: number, ticket: string): Place {
    let released = false;
    return {
      startedAtMs,
      queuedMs: startedAtMs - waiter.enqueuedAtMs,
      release: (outcome) => {
        if (released) return;
        released = true;
        void this.store
          .finish(key, ticket, outcome, startedAtMs, this.now())
          .then(() => this.queues.get(key)?.wake());
      },
    };
  }

  /** Hands out places under one key until nobody waits. One pump per key at a time. */
  private async pump(key: string, q: KeyQueue): Promise<void> {
    q.pumping = true;
    try {
      while (q.waiters.length > 0) {
        const now = this.now();
        this.shed(q, await this.store.snapshot(key, now), now);
        const next = q.waiters[0];
        if (!next) break;
        const decision = await this.store.tryStart(key, now);
        if (decision.started) {
          q.waiters.shift();
          next.settle(success(this.place(key, next, now, decision.ticket)));
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(1, decision.retryInMs ?? POLL_MS));
          q.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        q.wake = () => {};
      }
    } finally {
      q.pumping = false;
      if (q.waiters.length === 0 && this.queues.get(key) === q) this.queues.delete(key);
    }
  }

  /** Answers every waiter that can no longer get its turn within its budget. */
  private shed(q: KeyQueue, snapshot: PacingSnapshot, now: number): void {
    // The time one call needs, so a place granted just before the deadline is not a pointless one.
    const callMs = snapshot.latencyMs;
    let position = 0;
    for (const waiter of [...q.waiters]) {
      const waitMs = expectedWaitMs(snapshot, position);
      // A place free now is always taken: the attempt's own timeout bounds it.
      if (waitMs > 0 && now + waitMs + callMs > waiter.deadlineMs) {
        q.waiters.splice(q.waiters.indexOf(waiter), 1);
        waiter.settle(failure({ reason: 'overloaded', waitMs }));
      } else position++;
    }
  }
}
