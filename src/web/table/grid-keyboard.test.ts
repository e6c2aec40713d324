import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRowIndex } from './grid-keyboard';

describe('keyboard movement between rows', () => {
  it('moves one row, a page, or to either end', () => {
    expect(nextRowIndex('ArrowDown', 3, 100, 20)).toBe(4);
    expect(nextRowIndex('ArrowUp', 3, 100, 20)).toBe(2);
    // A page keeps one row of context, like a spreadsheet.
    expect(nextRowIndex('PageDown', 3, 100, 20)).toBe(22);
    expect(nextRowIndex('PageUp', 22, 100, 20)).toBe(3);
    expect(nextRowIndex('Home', 50, 100, 20)).toBe(0);
    expect(nextRowIndex('End', 50, 100, 20)).toBe(99);
  });

  it('ignores other keys and empty grids', () => {
    expect(nextRowIndex('a', 3, 100, 20)).toBeUndefined();
    expect(nextRowIndex('ArrowDown', 0, 0, 20)).toBeUndefined();
  });

  it('always lands on a row that exists, even from a stale index after the rows changed', () => {
    const keys = fc.constantFrom('ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End');
    fc.assert(
      fc.property(
        keys,
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 0, max: 60 }),
        (key, current, count, page) => {
          const next = nextRowIndex(key, current, count, page)!;
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThan(count);
        },
      ),
    );
  });
});
