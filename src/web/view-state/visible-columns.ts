// Which columns the table shows: the view's choice (the URL's `cols`) or the default set.

import { DEFAULT_VISIBLE_COLUMNS, type ImageColumnId } from '../columns/image-columns';
import type { ViewState } from './view-state';

/**
 * The columns to show. The default set has a Region column only when more than one region is
 * shown, and an Account column only when more than one account is; a set chosen in the column
 * chooser is shown as chosen.
 */
export function visibleColumnIds(
  view: Pick<ViewState, 'columns' | 'regions'> & Partial<Pick<ViewState, 'accounts'>>,
): ImageColumnId[] {
  if (view.columns) return [...view.columns];
  return DEFAULT_VISIBLE_COLUMNS.filter(
    (id) =>
      (id !== 'RegionId' || view.regions.length > 1) &&
      (id !== 'Account' || (view.accounts?.length ?? 0) > 1),
  );
}

/** Shows or hides one column; the last visible column stays. A new column goes at the end. */
export function toggleColumn(visible: readonly ImageColumnId[], id: ImageColumnId): ImageColumnId[] {
  if (!visible.includes(id)) return [...visible, id];
  return visible.length > 1 ? visible.filter((c) => c !== id) : [...visible];
}
