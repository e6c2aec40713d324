import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRefresh, END_MARGIN_MS, FAILURE_HOLD_MS, refreshAtMs } from './session-refresh';

const MIN = 60_000;
const session = (issuedAtMs: number, minutes: number) => ({
  issuedAtMs,
  expiresAtMs: issuedAtMs + minutes * MIN,
});

describe('when temporary credentials are refreshed', () => {
  it('uses a session, then refreshes it ahead of its end while still using it, then waits for a new one', () => {
    const hour = session(0, 60);
    expect(decideRefresh(47 * MIN, hour, undefined)).toBe('use');
    expect(decideRefresh(48 * MIN, hour, undefined)).toBe('use-and-refresh');
    expect(decideRefresh(60 * MIN - END_MARGIN_MS, hour, undefined)).toBe('wait-for-new');
    expect(decideRefresh(0, undefined, undefined)).toBe('wait-for-new');
    // The shortest session STS gives (15 minutes) is refreshed three minutes before its end.
    expect(refreshAtMs(session(0, 15))).toBe(12 * MIN);
  });

  it('gives a refusal again for a while instead of asking STS on every request', () => {
    expect(decideRefresh(10_000, undefined, 0)).toBe('refused');
    expect(decideRefresh(FAILURE_HOLD_MS, undefined, 0)).toBe('wait-for-new');
    // A failed refresh leaves the old session in use until it ends.
    expect(decideRefresh(50 * MIN, session(0, 60), 50 * MIN - 1000)).toBe('use');
  });

  it('never uses a session past its end, and always refreshes before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 15, max: 720 }),
        fc.integer({ min: 0, max: 800 * MIN }),
        fc.option(fc.integer({ min: 0, max: 800 * MIN }), { nil: undefined }),
        (issuedAtMs, minutes, elapsed, failedAgo) => {
          const s = session(issuedAtMs, minutes);
          const now = issuedAtMs + elapsed;
          const decision = decideRefresh(now, s, failedAgo === undefined ? undefined : now - failedAgo);
          if (now >= s.expiresAtMs - END_MARGIN_MS) expect(['wait-for-new', 'refused']).toContain(decision);
          expect(refreshAtMs(s)).toBeLessThan(s.expiresAtMs - END_MARGIN_MS);
          expect(refreshAtMs(s)).toBeGreaterThan(issuedAtMs);
        },
      ),
    );
  });
});
