import { useEffect } from 'react';
import type { ImageRow } from '../images/image-row';
import { searchableText } from './search-rows';

const CHUNK = 500;

/**
 * Builds the quick-search text of loaded rows in idle time, a chunk at a time, so the first
 * keystroke of a search does not pay for 100k rows at once (≈150 ms). Rows already done are
 * cached per row, so restarting after each batch of pages costs little.
 */
export function useWarmSearchIndex(rows: readonly ImageRow[]): void {
  useEffect(() => {
    let next = 0;
    let handle = 0;
    const schedule = (step: (deadline: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(step, { timeout: 2000 })
        : window.setTimeout(() => step({ didTimeout: true, timeRemaining: () => 8 }), 50);
    const step = (deadline: IdleDeadline) => {
      do {
        const end = Math.min(next + CHUNK, rows.length);
        for (; next < end; next++) searchableText(rows[next]!);
      } while (next < rows.length && deadline.timeRemaining() > 2);
      if (next < rows.length) handle = schedule(step);
    };
    handle = schedule(step);
    return () => {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
      clearTimeout(handle);
    };
  }, [rows]);
}
