import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCell, type GridShape } from './grid-keyboard';

// Five columns; the fourth holds three tag chips in every row, the header holds one button each.
const shape: GridShape = {
  rows: 100,
  columns: 5,
  rowsPerPage: 20,
  controlsIn: (row, column) => (row < 0 ? 1 : column === 3 ? 3 : 0),
};
const at = (row: number, column: number, control = 0) => ({ row, column, control });
const move = (key: string, from: ReturnType<typeof at>, ctrl = false) => nextCell(key, ctrl, from, shape);

describe('the grid keyboard model', () => {
  it('moves between cells with the arrow keys, and through each control inside a cell', () => {
    expect(move('ArrowRight', at(4, 2))).toEqual(at(4, 3, 0));
    expect(move('ArrowRight', at(4, 3, 0))).toEqual(at(4, 3, 1));
    expect(move('ArrowRight', at(4, 3, 2))).toEqual(at(4, 4, 0));
    expect(move('ArrowLeft', at(4, 4))).toEqual(at(4, 3, 2));
    expect(move('ArrowLeft', at(4, 3, 1))).toEqual(at(4, 3, 0));
    expect(move('ArrowRight', at(4, 4))).toBeUndefined();
    expect(move('ArrowLeft', at(4, 0))).toBeUndefined();
  });

  it('moves between rows in the same column, up into the header row; j and k stay in the rows', () => {
    expect(move('ArrowDown', at(4, 3, 2))).toEqual(at(5, 3, 0));
    expect(move('j', at(4, 1))).toEqual(at(5, 1));
    expect(move('k', at(4, 1))).toEqual(at(3, 1));
    expect(move('ArrowUp', at(0, 1))).toEqual(at(-1, 1));
    expect(move('k', at(0, 1))).toBeUndefined();
    expect(move('ArrowDown', at(-1, 1))).toEqual(at(0, 1));
    expect(move('ArrowDown', at(99, 1))).toBeUndefined();
  });

  it('moves a page at a time, keeping one row in view, and to the ends', () => {
    expect(move('PageDown', at(3, 1))).toEqual(at(22, 1));
    expect(move('PageUp', at(22, 1))).toEqual(at(3, 1));
    expect(move('Home', at(50, 3, 1))).toEqual(at(50, 0));
    expect(move('End', at(50, 1))).toEqual(at(50, 4));
    expect(move('Home', at(50, 3), true)).toEqual(at(0, 3));
    expect(move('End', at(50, 3), true)).toEqual(at(99, 3));
  });

  it('ignores other keys and empty grids', () => {
    expect(move('a', at(3, 1))).toBeUndefined();
    expect(nextCell('ArrowDown', false, at(-1, 0), { ...shape, rows: 0 })).toBeUndefined();
    expect(nextCell('ArrowRight', false, at(0, 0), { ...shape, columns: 0 })).toBeUndefined();
  });

  it('always lands on a cell and control that exist, even from a stale place after the rows changed', () => {
    const keys = fc.constantFrom(
      'ArrowDown',
      'ArrowUp',
      'ArrowLeft',
      'ArrowRight',
      'j',
      'k',
      'PageDown',
      'PageUp',
      'Home',
      'End',
    );
    fc.assert(
      fc.property(
        keys,
        fc.boolean(),
        fc.record({
          row: fc.integer({ min: -5, max: 200 }),
          column: fc.integer({ min: -2, max: 9 }),
          control: fc.integer({ min: -1, max: 5 }),
        }),
        fc.record({
          rows: fc.integer({ min: 0, max: 150 }),
          columns: fc.integer({ min: 1, max: 8 }),
          rowsPerPage: fc.integer({ min: 0, max: 60 }),
        }),
        (key, ctrl, from, size) => {
          const grid = { ...size, controlsIn: shape.controlsIn };
          const next = nextCell(key, ctrl, from, grid);
          if (!next) return;
          expect(next.row).toBeGreaterThanOrEqual(-1);
          expect(next.row).toBeLessThan(size.rows);
          expect(next.column).toBeGreaterThanOrEqual(0);
          expect(next.column).toBeLessThan(size.columns);
          expect(next.control).toBeGreaterThanOrEqual(0);
          expect(next.control).toBeLessThan(Math.max(1, grid.controlsIn(next.row, next.column)));
        },
      ),
    );
  });
});
