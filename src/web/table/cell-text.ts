// What a text cell of the image grid shows, and how its cell is styled. Text goes straight into
// the cell, without wrapper elements: a fast scroll replaces every row each frame, and the cost of
// a frame grows with the number of elements styled.

import type { ImageColumn } from '../images/image-columns';
import type { ImageRow } from '../images/image-row';
import { formatUtc } from '../ui/format';

/** The cell's text, '' when the image has no value; undefined for columns drawn as badges or chips. */
export function cellText(column: ImageColumn, row: ImageRow): string | undefined {
  if (column.kind === 'status' || column.kind === 'owner' || column.kind === 'tags') return undefined;
  const value = column.value(row);
  if (value === undefined || value === '') return '';
  if (column.kind === 'date') return formatUtc(String(value));
  if (column.kind === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

const MONO: ReadonlySet<string> = new Set(['ImageId', 'ResourceGroupId', 'ProductCode']);

/** Classes of a column's cells besides the shared ones. */
export function cellClass(column: ImageColumn): string {
  if (column.kind === 'tags') return 'is-tags';
  if (column.kind === 'number') return 'is-number';
  if (MONO.has(column.id)) return 'is-mono';
  return '';
}
