import { useEffect, useState } from 'react';
import type { ImageRow } from '../columns/image-row';
import { rowRefreshDelay, showNow } from './row-refresh';

/**
 * The row list to show: `rows`, but a growing list of one view is refreshed at most every so often
 * (row-refresh.ts). `view` is anything that stands for the view the rows belong to, compared by
 * identity: rows of another view show at once.
 */
export function useThrottledRows(
  rows: readonly ImageRow[],
  complete: boolean,
  view: unknown,
): readonly ImageRow[] {
  const [shown, setShown] = useState({ rows, view });
  const [due, setDue] = useState(false);
  const pending = rows !== shown.rows;
  if (
    pending &&
    showNow({
      shownCount: shown.rows.length,
      nextCount: rows.length,
      complete,
      sameView: view === shown.view,
      due,
    })
  ) {
    setShown({ rows, view });
    setDue(false);
  }

  // The delay runs from when the shown list appeared, not from the latest batch.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setDue(true), rowRefreshDelay(shown.rows.length));
    return () => clearTimeout(timer);
  }, [pending, shown]);

  // After a state update during render React renders again at once, with the new list.
  return shown.rows;
}
