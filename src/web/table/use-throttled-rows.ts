import { useEffect, useState } from 'react';
import type { ImageRow } from '../images/image-row';
import { rowRefreshDelay, showNow } from './row-refresh';

/** The row list to show: `rows`, but a growing list of one view is refreshed at most every so often. */
export function useThrottledRows(
  rows: readonly ImageRow[],
  complete: boolean,
  viewKey: string,
): readonly ImageRow[] {
  const [shown, setShown] = useState({ rows, viewKey });
  const [due, setDue] = useState(false);
  const pending = rows !== shown.rows;
  if (
    pending &&
    showNow({
      shownCount: shown.rows.length,
      nextCount: rows.length,
      complete,
      sameView: viewKey === shown.viewKey,
      due,
    })
  ) {
    setShown({ rows, viewKey });
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
