// Which columns the table shows: the view's choice (the URL's `cols`) or the default set.

import { DEFAULT_VISIBLE_COLUMNS, type ImageColumnId } from '../columns/image-columns';
import type { ViewState } from './view-state';

/**
 * The columns to show: the link's (`cols`), else the person's preferred columns, else the default
 * set, which has a Region column only when more than one region is shown and an Account column
 * only when more than one account is. A chosen set is shown as chosen (docs/ARCHITECTURE.md "The
 * shareable URL"). The family view leads with the Family column, whose cells open and close each
 * family.
 */
export function visibleColumnIds(
  view: Pick<ViewState, 'columns' | 'regions' | 'group'> & Partial<Pick<ViewState, 'accounts'>>,
  preferred: readonly ImageColumnId[] | null,
): ImageColumnId[] {
  const picked = view.columns ?? preferred;
  const chosen = picked
    ? [...picked]
    : DEFAULT_VISIBLE_COLUMNS.filter(
        (id) =>
          (id !== 'RegionId' || view.regions.length > 1) &&
          (id !== 'Account' || (view.accounts?.length ?? 0) > 1),
      );
  if (view.group !== 'family') return chosen;
  return ['ImageFamily', ...chosen.filter((id) => id !== 'ImageFamily')];
}

/** Moves a column to another place in the order (clamped to the ends). */
export function moveColumn(
  order: readonly ImageColumnId[],
  id: ImageColumnId,
  toIndex: number,
): ImageColumnId[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const rest = order.filter((c) => c !== id);
  const to = Math.min(Math.max(toIndex, 0), rest.length);
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

/** Shows or hides one column; the last visible column stays. A new column goes at the end. */
export function toggleColumn(visible: readonly ImageColumnId[], id: ImageColumnId): ImageColumnId[] {
  if (!visible.includes(id)) return [...visible, id];
  return visible.length > 1 ? visible.filter((c) => c !== id) : [...visible];
}
