// The image grid's keyboard model (the WAI-ARIA grid pattern): one Tab stop for the whole grid,
// and the arrow keys move between cells. A cell that holds controls (tag chips, buttons, a
// checkbox) is passed through control by control, so every control in any column is reachable
// without the column knowing about the keyboard. The grid is virtualized, so this works on
// positions; the component scrolls the row into view and focuses the cell or control.

/** A place in the grid: row -1 is the header row; `control` counts the controls in the cell. */
export interface CellPosition {
  row: number;
  column: number;
  control: number;
}

export interface GridShape {
  /** Data rows (the header is not counted). */
  rows: number;
  columns: number;
  /** Data rows that fit on a screen. */
  rowsPerPage: number;
  /** How many focusable controls a cell of the given row holds; 0 means the cell itself is the stop. */
  controlsIn: (row: number, column: number) => number;
}

const stops = (shape: GridShape, row: number, column: number) => Math.max(1, shape.controlsIn(row, column));

/**
 * Where a key moves focus, or undefined when it does not move (a key for someone else, or an edge).
 * Arrow keys and j/k move by one (j/k between data rows only), Home/End to the ends of the row
 * (with Ctrl, of the column), PageUp/PageDown by a screen less one row.
 */
export function nextCell(
  key: string,
  ctrl: boolean,
  at: CellPosition,
  shape: GridShape,
): CellPosition | undefined {
  if (shape.columns === 0) return undefined;
  const lastRow = shape.rows - 1;
  const lastColumn = shape.columns - 1;
  const row = Math.min(Math.max(at.row, -1), lastRow);
  const column = Math.min(Math.max(at.column, 0), lastColumn);
  const control = Math.min(Math.max(at.control, 0), stops(shape, row, column) - 1);
  const toRow = (r: number): CellPosition | undefined =>
    r === row ? undefined : { row: r, column, control: 0 };
  const page = Math.max(1, shape.rowsPerPage - 1);
  switch (key) {
    case 'ArrowRight':
      if (control + 1 < stops(shape, row, column)) return { row, column, control: control + 1 };
      return column < lastColumn ? { row, column: column + 1, control: 0 } : undefined;
    case 'ArrowLeft':
      if (control > 0) return { row, column, control: control - 1 };
      return column > 0 ? { row, column: column - 1, control: stops(shape, row, column - 1) - 1 } : undefined;
    case 'ArrowDown':
    case 'j':
      return lastRow < 0 ? undefined : toRow(Math.min(row + 1, lastRow));
    case 'ArrowUp':
      return toRow(Math.max(row - 1, -1));
    case 'k':
      return row <= 0 ? undefined : toRow(row - 1);
    case 'PageDown':
      return lastRow < 0 ? undefined : toRow(Math.min(Math.max(row, 0) + page, lastRow));
    case 'PageUp':
      return row < 0 ? undefined : toRow(Math.max(row - page, 0));
    case 'Home':
      if (ctrl) return lastRow < 0 ? undefined : toRow(0);
      return column === 0 && control === 0 ? undefined : { row, column: 0, control: 0 };
    case 'End':
      if (ctrl) return lastRow < 0 ? undefined : toRow(lastRow);
      return column === lastColumn ? undefined : { row, column: lastColumn, control: 0 };
    default:
      return undefined;
  }
}
