import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import {
  NO_SELECTION,
  idsText,
  selectedRows,
  shownSelection,
  toggleAllShown,
  toggleRow,
  type RowSelection,
} from './row-selection';

const ROWS = Array.from(
  { length: 12 },
  (_, i) => new ImageRow(i % 2 ? 'cn-hangzhou' : 'cn-shanghai', normalizeImage({ ImageId: `img-${i >> 1}` })),
);
const index = fc.integer({ min: 0, max: ROWS.length - 1 });
const clicks = fc.array(fc.record({ at: index, shift: fc.boolean() }), { maxLength: 12 });
const play = (list: { at: number; shift: boolean }[], start: RowSelection = NO_SELECTION) =>
  list.reduce((s, c) => toggleRow(s, ROWS, ROWS[c.at]!.key, c.shift), start);

describe('row selection', () => {
  it('flips one row on a plain click, and a second click flips it back', () => {
    fc.assert(
      fc.property(clicks, index, (before, at) => {
        const start = play(before);
        const once = toggleRow(start, ROWS, ROWS[at]!.key, false);
        expect(once.keys.has(ROWS[at]!.key)).toBe(!start.keys.has(ROWS[at]!.key));
        expect(toggleRow(once, ROWS, ROWS[at]!.key, false).keys).toEqual(start.keys);
      }),
    );
  });

  it('with Shift sets every row from the anchor to the clicked one, and no other', () => {
    fc.assert(
      fc.property(clicks, index, index, (before, anchor, at) => {
        const start = toggleRow(play(before), ROWS, ROWS[anchor]!.key, false);
        const on = !start.keys.has(ROWS[at]!.key);
        const after = toggleRow(start, ROWS, ROWS[at]!.key, true);
        ROWS.forEach((row, i) => {
          const inRange = i >= Math.min(anchor, at) && i <= Math.max(anchor, at);
          expect(after.keys.has(row.key)).toBe(inRange ? on : start.keys.has(row.key));
        });
        expect(after.anchor).toBe(ROWS[anchor]!.key);
      }),
    );
  });

  it('selects all rows shown, and clears them when all were selected', () => {
    fc.assert(
      fc.property(clicks, fc.integer({ min: 1, max: ROWS.length }), (before, count) => {
        const shown = ROWS.slice(0, count);
        const start = play(before);
        const all = shownSelection(start, shown) === 'all' ? start : toggleAllShown(start, shown);
        expect(shownSelection(all, shown)).toBe('all');
        expect(selectedRows(all, shown)).toEqual(shown);
        const none = toggleAllShown(all, shown);
        expect(shownSelection(none, shown)).toBe('none');
        // Rows not shown keep their state.
        for (const row of ROWS.slice(count)) expect(none.keys.has(row.key)).toBe(all.keys.has(row.key));
      }),
    );
  });

  it('copies each image ID once, in the order shown', () => {
    expect(idsText(ROWS.slice(0, 5))).toBe('img-0\nimg-1\nimg-2');
  });
});
