import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleWork } from './use-idle-work';

/** Idle callbacks that run when the test says the browser is idle. */
function fakeIdle() {
  const pending = new Map<number, IdleRequestCallback>();
  let next = 1;
  const cancelled: number[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    pending.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    cancelled.push(handle);
    pending.delete(handle);
  });
  /** One idle period of `ms`: every callback waiting now runs once. */
  const idle = (ms = 50) =>
    act(() => {
      const due = [...pending];
      pending.clear();
      for (const [, callback] of due) callback({ didTimeout: false, timeRemaining: () => ms });
    });
  return { pending, cancelled, idle };
}

/** A clock that moves only as the work does: each step takes `STEP_MS`. */
const STEP_MS = 3;
let clock = 0;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  cleanup(); // while the fake idle callbacks are still there to cancel
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function* steps(log: string[], name: string, count: number) {
  for (let i = 0; i < count; i++) {
    log.push(`${name}${i}`);
    clock += STEP_MS;
    yield;
  }
}

describe('useIdleWork', () => {
  it('runs the work in idle time, a few milliseconds of steps at a time, to the end', () => {
    const browser = fakeIdle();
    const log: string[] = [];
    const work = () => steps(log, 'a', 7);
    renderHook(() => useIdleWork(work));
    expect(log).toEqual([]);
    browser.idle();
    // A slice is at most 8 ms: three steps of 3 ms.
    expect(log).toEqual(['a0', 'a1', 'a2']);
    browser.idle();
    browser.idle();
    expect(log).toHaveLength(7);
    expect(browser.pending.size).toBe(0);
  });

  it('keeps the slice short when the browser has little idle time left', () => {
    const browser = fakeIdle();
    const log: string[] = [];
    const work = () => steps(log, 'a', 7);
    renderHook(() => useIdleWork(work));
    browser.idle(1);
    expect(log).toEqual(['a0']);
  });

  it('drops the work when its inputs change, and starts the new work instead', () => {
    const browser = fakeIdle();
    const log: string[] = [];
    const first = () => steps(log, 'a', 10);
    const second = () => steps(log, 'b', 2);
    const { rerender } = renderHook(({ work }) => useIdleWork(work), { initialProps: { work: first } });
    browser.idle();
    rerender({ work: second });
    expect(browser.cancelled).toHaveLength(1);
    browser.idle();
    browser.idle();
    expect(log).toEqual(['a0', 'a1', 'a2', 'b0', 'b1']);
  });

  it('stops when the page no longer needs it', () => {
    const browser = fakeIdle();
    const log: string[] = [];
    const work = () => steps(log, 'a', 10);
    const { unmount } = renderHook(() => useIdleWork(work));
    unmount();
    browser.idle();
    expect(log).toEqual([]);
  });

  it('falls back to timers without idle callbacks, cancelling them as timers', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const cancelIdle = vi.fn();
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const log: string[] = [];
      const work = () => steps(log, 'a', 10);
      const { unmount } = renderHook(() => useIdleWork(work));
      act(() => vi.advanceTimersByTime(50));
      expect(log.length).toBeGreaterThan(0);
      const done = log.length;
      unmount();
      act(() => vi.advanceTimersByTime(1000));
      expect(log).toHaveLength(done);
      expect(cancelIdle).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
