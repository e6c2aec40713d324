// Which rows are selected, for "Copy N IDs", export and compare: a set of row keys
// (`RegionId/ImageId`) and the row a range starts from. Screen state, not part of the link. Pure.

import type { ImageRow } from '../columns/image-row';

export interface RowSelection {
  keys: ReadonlySet<string>;
  /** The row last toggled on its own: Shift extends from here. */
  anchor: string | undefined;
}

export const NO_SELECTION: RowSelection = { keys: new Set(), anchor: undefined };

/**
 * A click on a row's checkbox (or Space on the row). Alone it flips that row and makes it the
 * anchor; with `range` every row between the anchor and this one (in the order shown) takes the
 * state this row is switching to, as in a file manager.
 */
export function toggleRow(
  selection: RowSelection,
  rows: readonly ImageRow[],
  key: string,
  range: boolean,
): RowSelection {
  const keys = new Set(selection.keys);
  const on = !keys.has(key);
  const from =
    range && selection.anchor !== undefined ? rows.findIndex((r) => r.key === selection.anchor) : -1;
  const to = from < 0 ? -1 : rows.findIndex((r) => r.key === key);
  if (to < 0) {
    if (on) keys.add(key);
    else keys.delete(key);
    return { keys, anchor: key };
  }
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    if (on) keys.add(rows[i]!.key);
    else keys.delete(rows[i]!.key);
  }
  return { keys, anchor: selection.anchor };
}

export type ShownSelection = 'all' | 'some' | 'none';

/** Whether the rows shown are all, some or none selected. */
export function shownSelection(selection: RowSelection, rows: readonly ImageRow[]): ShownSelection {
  if (selection.keys.size === 0 || rows.length === 0) return 'none';
  let selected = 0;
  for (const row of rows) if (selection.keys.has(row.key)) selected++;
  return selected === 0 ? 'none' : selected === rows.length ? 'all' : 'some';
}

/** "Select all matching": every row shown, or none of them when all were selected. */
export function toggleAllShown(selection: RowSelection, rows: readonly ImageRow[]): RowSelection {
  const keys = new Set(selection.keys);
  if (shownSelection(selection, rows) === 'all') for (const row of rows) keys.delete(row.key);
  else for (const row of rows) keys.add(row.key);
  return { keys, anchor: selection.anchor };
}

/** The selected rows among `rows`, in their order. */
export function selectedRows(selection: RowSelection, rows: readonly ImageRow[]): ImageRow[] {
  return selection.keys.size === 0 ? [] : rows.filter((r) => selection.keys.has(r.key));
}

/** The selected images' IDs, one per line, each once (public image IDs repeat across regions). */
export function idsText(rows: readonly ImageRow[]): string {
  return [...new Set(rows.map((r) => r.image.ImageId))].join('\n');
}
