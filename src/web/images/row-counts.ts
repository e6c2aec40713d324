// How many rows a view has — loaded, shown, matched by the filters — how many the grid says it has,
// and whether sort and search cover every image the filters match or only the pages loaded so far.

import { formatCount } from '../ui/format';

export interface RowCounts {
  /** Rows loaded, each image once. */
  loaded: number;
  /** Rows after the quick search. */
  displayed: number;
  /** TotalCount summed over the sources whose first page arrived. */
  totalCount: number;
  complete: boolean;
  sorted: boolean;
  searched: boolean;
}

/**
 * `aria-rowcount` of the grid: the rows the filters matched plus the header row. While pages are
 * still loading that is the API's TotalCount; once every page is in, the rows themselves (the same
 * image can come from two owner calls and is shown once); with a quick search, what it matched.
 */
export function ariaRowCount(c: RowCounts): number {
  if (c.searched) return c.displayed + 1;
  return (c.complete ? c.loaded : Math.max(c.totalCount, c.loaded)) + 1;
}

/** A sentence when sort or search covers only part of what the filters match; undefined otherwise. */
export function coverageNote(c: RowCounts): string | undefined {
  if (c.complete || c.loaded >= c.totalCount || !(c.sorted || c.searched)) return undefined;
  const what = c.sorted && c.searched ? 'Sort and search cover' : c.sorted ? 'Sort covers' : 'Search covers';
  // No count of loaded rows: the progress bar beside it has the current one.
  return `${what} only the images loaded so far, not all ${formatCount(c.totalCount)} yet.`;
}
