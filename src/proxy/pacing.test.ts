import { describe, expect, it } from 'vitest';
import { finishCall, newKeyState, PACING, snapshotOf, tryStartCall } from './pacing';

const settings = { maxInFlight: 8, maxRatePerSecond: null };

/** Starts `n` calls at `t`; returns their start times. */
function startMany(state: ReturnType<typeof newKeyState>, n: number, t: number): number[] {
  const started: number[] = [];
  for (let i = 0; i < n; i++) if (tryStartCall(state, settings, t).started) started.push(t);
  return started;
}

describe('AIMD pacing of one AccessKey × region', () => {
  it('starts with a few calls in flight and holds the rest until one ends', () => {
    const state = newKeyState(settings);
    expect(startMany(state, 10, 0)).toHaveLength(PACING.initialInFlight);
    expect(tryStartCall(state, settings, 0)).toEqual({ started: false, retryInMs: null });
    finishCall(state, settings, 'answered', 0, 50);
    expect(tryStartCall(state, settings, 50).started).toBe(true);
    expect(snapshotOf(state, settings, 50)).toMatchObject({ state: 'steady', ratePerSecond: null });
  });

  it('grows the in-flight limit by about one per round of successes, up to --concurrency', () => {
    const state = newKeyState(settings);
    for (let t = 0; t < 100; t++) {
      startMany(state, 1, t);
      finishCall(state, settings, 'answered', t, t);
    }
    expect(snapshotOf(state, settings, 100).inFlightLimit).toBe(settings.maxInFlight);
  });

  it('on Throttling halves the in-flight limit and paces below the rate it was sending, once per episode', () => {
    const state = newKeyState(settings);
    const starts = startMany(state, 4, 0);
    // All four were in flight together: the first throttle decreases, the other three do not.
    for (const start of starts) finishCall(state, settings, 'throttled', start, 10);
    const after = snapshotOf(state, settings, 10);
    expect(after).toMatchObject({ state: 'slowed', inFlightLimit: 2, throttledCalls: 4 });
    expect(after.ratePerSecond).toBeCloseTo(4 * PACING.rateDecrease);
    // Evenly spaced: one call now would have to wait for the rate.
    expect(tryStartCall(state, settings, 10)).toMatchObject({ started: false });
    expect(tryStartCall(state, settings, 10 + 1000 / after.ratePerSecond!).started).toBe(true);
  });

  it('never paces below half a call per second (Alibaba advises probing at about one)', () => {
    const state = newKeyState(settings);
    for (let t = 0; t < 100_000; t += 1_000) {
      if (tryStartCall(state, settings, t).started) finishCall(state, settings, 'throttled', t, t + 1);
    }
    expect(snapshotOf(state, settings, 100_001).ratePerSecond).toBe(PACING.minRatePerSecond);
  });

  it('forgets the rate after a minute without throttling', () => {
    const state = newKeyState(settings);
    startMany(state, 1, 0);
    finishCall(state, settings, 'throttled', 0, 5);
    expect(snapshotOf(state, settings, 30_000).ratePerSecond).not.toBeNull();
    expect(snapshotOf(state, settings, 5 + PACING.rateMemoryMs + 1).ratePerSecond).toBeNull();
  });

  it('lets calls that hung or failed change nothing but the count in flight', () => {
    const state = newKeyState(settings);
    startMany(state, 4, 0);
    finishCall(state, settings, 'timed-out', 0, 2_000);
    finishCall(state, settings, 'failed', 0, 2_000);
    expect(snapshotOf(state, settings, 2_000)).toMatchObject({
      state: 'steady',
      inFlight: 2,
      inFlightLimit: PACING.initialInFlight,
      ratePerSecond: null,
    });
  });

  it('keeps its retry budget: failures spend it (elsewhere), every answer refunds a little', () => {
    const state = newKeyState(settings);
    state.retryTokens = 0;
    startMany(state, 1, 0);
    finishCall(state, settings, 'answered', 0, 10);
    expect(state.retryTokens).toBe(PACING.successRefund);
  });

  it('with a rate limit (the account’s quota) spaces calls 1/rate apart from the first call on, and never grows past it', () => {
    const limited = { maxInFlight: 8, maxRatePerSecond: 10 };
    const state = newKeyState(limited);
    expect(tryStartCall(state, limited, 0).started).toBe(true);
    expect(tryStartCall(state, limited, 50)).toEqual({ started: false, retryInMs: expect.closeTo(50, 6) });
    for (let t = 100; t <= 60_000; t += 100) {
      expect(tryStartCall(state, limited, t).started).toBe(true);
      finishCall(state, limited, 'answered', t, t + 10);
    }
    expect(snapshotOf(state, limited, 60_010)).toMatchObject({ state: 'steady', ratePerSecond: 10 });
  });

  it('with a rate limit still slows down on Throttling, and is back at the limit, never above it, a minute after the last', () => {
    const limited = { maxInFlight: 8, maxRatePerSecond: 10 };
    const state = newKeyState(limited);
    tryStartCall(state, limited, 0);
    finishCall(state, limited, 'throttled', 0, 10);
    const slowed = snapshotOf(state, limited, 10);
    expect(slowed.state).toBe('slowed');
    expect(slowed.ratePerSecond).toBeLessThan(10);
    let fastest = 0;
    const end = 10 + PACING.rateMemoryMs + 1_000;
    for (let t = 200; t <= end; t += 100) {
      if (tryStartCall(state, limited, t).started) finishCall(state, limited, 'answered', t, t + 10);
      fastest = Math.max(fastest, snapshotOf(state, limited, t + 10).ratePerSecond!);
    }
    expect(fastest).toBe(10);
    expect(snapshotOf(state, limited, end + 10)).toMatchObject({ state: 'steady', ratePerSecond: 10 });
  });

  // The service as the emulator models it: a token bucket of `qps` per AccessKey, answering every
  // call after `latencyMs`; the proxy has unlimited demand. Over a simulated minute the proxy
  // must use most of the quota and be throttled rarely.
  it.each([
    [2, 50],
    [5, 20],
    [10, 5],
    [10, 200],
    [25, 30],
    [100, 50],
  ])(
    'under a %d qps throttle with %d ms calls: most of the quota used, few calls throttled',
    (qps, latencyMs) => {
      const state = newKeyState(settings);
      let serverTokens = qps;
      let lastRefill = 0;
      const inFlight: Array<{ start: number; ok: boolean }> = [];
      let ok = 0;
      let throttled = 0;
      for (let t = 0; t < 60_000; t++) {
        serverTokens = Math.min(Math.max(1, qps), serverTokens + ((t - lastRefill) / 1000) * qps);
        lastRefill = t;
        for (let i = inFlight.length - 1; i >= 0; i--) {
          const call = inFlight[i]!;
          if (t - call.start < latencyMs) continue;
          inFlight.splice(i, 1);
          finishCall(state, settings, call.ok ? 'answered' : 'throttled', call.start, t);
        }
        while (tryStartCall(state, settings, t).started) {
          const allowed = serverTokens >= 1;
          if (allowed) serverTokens -= 1;
          inFlight.push({ start: t, ok: allowed });
          if (allowed) ok++;
          else throttled++;
        }
      }
      const achieved = ok / 60;
      const share = throttled / (ok + throttled);
      expect(achieved, `${achieved.toFixed(1)} calls/s of ${qps}`).toBeGreaterThan(
        0.6 * Math.min(qps, (8 * 1000) / latencyMs),
      );
      expect(share, `${(share * 100).toFixed(1)} % throttled`).toBeLessThan(0.1);
    },
  );
});
