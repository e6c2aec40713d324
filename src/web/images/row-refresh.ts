// While pages stream in, every new row list costs work in proportion to its length (sort ranks,
// the table's row model, the virtualizer's measurements), so a long list is refreshed less often:
// about every 150 ms at a few thousand rows, every 2 s at 100,000. The first rows, a new view and
// the final list always show at once.

export const MIN_REFRESH_MS = 150;
export const MAX_REFRESH_MS = 2000;

/** How long a list of `shownCount` rows may stay on screen before a longer one replaces it. */
export function rowRefreshDelay(shownCount: number): number {
  return Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, Math.round(shownCount / 50)));
}

export interface RefreshState {
  shownCount: number;
  nextCount: number;
  /** No more pages are on their way (all are in, or the rest waits for a person): the list is final for now. */
  complete: boolean;
  /** The new list belongs to the same view (same API part) as the one shown. */
  sameView: boolean;
  /** The refresh delay has passed since the shown list appeared. */
  due: boolean;
}

export function showNow(s: RefreshState): boolean {
  return !s.sameView || s.complete || s.due || s.shownCount === 0 || s.nextCount < s.shownCount;
}
