import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAST_SCROLL_ROWS, nextScrollSpeed } from './scroll-speed';

const ROW = 32;
const start = { offset: 0, fast: false };

describe('nextScrollSpeed', () => {
  it('turns fast when rows jump further than can be read, and stays fast until scrolling stops', () => {
    const jumped = nextScrollSpeed(start, (FAST_SCROLL_ROWS + 1) * ROW, true, ROW);
    expect(jumped.fast).toBe(true);
    expect(nextScrollSpeed(jumped, jumped.offset + ROW, true, ROW).fast).toBe(true);
    expect(nextScrollSpeed(jumped, jumped.offset + ROW, false, ROW).fast).toBe(false);
  });

  it('never turns fast at wheel speed, in either direction', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3 * ROW, max: 3 * ROW }), { maxLength: 100 }), (steps) => {
        let state = start;
        for (const step of steps) {
          state = nextScrollSpeed(state, state.offset + step, true, ROW);
          expect(state.fast).toBe(false);
        }
      }),
    );
  });

  it('keeps the same state object when nothing changed, so React can skip the update', () => {
    expect(nextScrollSpeed(start, 0, true, ROW)).toBe(start);
  });
});
