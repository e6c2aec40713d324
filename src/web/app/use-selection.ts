// The page's row selection (images/row-selection.ts) as React state: what the checkbox column and
// the grid's Space key use, and the rows selected. A new set of calls starts with none selected.

import { useMemo, useState } from 'react';
import type { RowSelectionControls } from '../columns/cell-parts';
import type { ImageRow } from '../columns/image-row';
import {
  NO_SELECTION,
  selectedRows,
  shownSelection,
  toggleAllShown,
  toggleRow,
  type RowSelection,
} from '../images/row-selection';
import type { ImageSource } from '../view-state/image-sources';

export interface Selection {
  controls: RowSelectionControls;
  /** The selected rows among those loaded, in the order shown. */
  selected: readonly ImageRow[];
  clear: () => void;
}

export function useSelection(
  shown: readonly ImageRow[],
  loaded: readonly ImageRow[],
  sources: readonly ImageSource[],
): Selection {
  const [state, setState] = useState({ selection: NO_SELECTION, sources });
  // Other calls, other rows: the old selection means nothing there.
  if (state.sources !== sources) setState({ selection: NO_SELECTION, sources });
  const selection: RowSelection = state.sources === sources ? state.selection : NO_SELECTION;
  const set = (next: (s: RowSelection) => RowSelection) =>
    setState((s) => ({ ...s, selection: next(s.selection) }));

  const shownState = useMemo(() => shownSelection(selection, shown), [selection, shown]);
  const controls = useMemo(
    (): RowSelectionControls => ({
      isSelected: (key) => selection.keys.has(key),
      toggle: (key, range) =>
        setState((s) => ({ ...s, selection: toggleRow(s.selection, shown, key, range) })),
      shown: shownState,
      toggleAllShown: () => setState((s) => ({ ...s, selection: toggleAllShown(s.selection, shown) })),
      shownCount: shown.length,
    }),
    [selection, shown, shownState],
  );
  // In the order shown first, then selected rows the search hides.
  const selected = useMemo(() => {
    if (selection.keys.size === 0) return [];
    const visible = selectedRows(selection, shown);
    if (visible.length === selection.keys.size) return visible;
    const seen = new Set(visible);
    return [...visible, ...selectedRows(selection, loaded).filter((r) => !seen.has(r))];
  }, [selection, shown, loaded]);
  return { controls, selected, clear: () => set(() => NO_SELECTION) };
}
