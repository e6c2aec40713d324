import { useEffect } from 'react';

/** How long one idle callback may keep the main thread. */
const SLICE_MS = 8;

/**
 * Runs work in idle time, a step at a time, and drops it when `makeWork` changes. The work is a
 * generator whose steps take a few milliseconds each (search-rows.ts, sort-rows.ts), so a person
 * who starts typing or scrolling never waits for more than one step. `makeWork` keeps its identity
 * while its inputs do (useCallback), or the work starts over on every render.
 */
export function useIdleWork(makeWork: () => Iterator<void> | undefined): void {
  useEffect(() => {
    const work = makeWork();
    if (!work) return;
    // Idle callbacks where the browser has them, timers otherwise; each is cancelled its own way
    // (their handles are numbered apart, so one may name an unrelated timer of the other kind).
    const idle = typeof requestIdleCallback === 'function';
    let handle = 0;
    const schedule = () => {
      handle = idle
        ? requestIdleCallback(step, { timeout: 2000 })
        : window.setTimeout(() => step({ didTimeout: true, timeRemaining: () => SLICE_MS }), 50);
    };
    const step = (deadline: IdleDeadline) => {
      const end = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 2));
      do {
        if (work.next().done) return;
      } while (performance.now() < end);
      schedule();
    };
    schedule();
    return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
  }, [makeWork]);
}
