// How many rows a view has — loaded, shown, matched by the filters — how many the grid says it has,
// and whether sort and search cover every image the filters match or only the pages loaded so far.

import { formatCount } from '../ui/format';
import type { SourceState } from './use-image-catalog';

/**
 * How much of what the filters match is loaded: all of it; not yet (pages on their way); the first
 * pages of a large view (chosen, or while the person decides); what came before Stop; or less,
 * because calls failed.
 */
export type Coverage = 'all' | 'loading' | 'first' | 'stopped' | 'failed';

export interface RowCounts {
  /** Rows loaded, each image once. */
  loaded: number;
  /** Rows after the quick search. */
  displayed: number;
  /** TotalCount summed over the sources whose first page arrived. */
  totalCount: number;
  coverage: Coverage;
  sorted: boolean;
  searched: boolean;
}

/** The coverage of a view from its sources' states (use-image-catalog.ts). */
export function coverageOf(states: readonly SourceState[]): Coverage {
  const has = (state: SourceState) => states.includes(state);
  if (has('pending') || has('loading')) return 'loading';
  if (has('error')) return 'failed';
  if (has('stopped')) return 'stopped';
  return has('limited') ? 'first' : 'all';
}

/**
 * `aria-rowcount` of the grid: the rows the filters matched plus the header row. While pages are
 * still loading that is the API's TotalCount; once nothing more is on its way, the rows themselves
 * (the same image can come from two owner calls and is shown once); with a quick search, what it
 * matched.
 */
export function ariaRowCount(c: RowCounts): number {
  if (c.searched) return c.displayed + 1;
  return (c.coverage === 'loading' ? Math.max(c.totalCount, c.loaded) : c.loaded) + 1;
}

/** A sentence when sort or search covers only part of what the filters match; undefined otherwise. */
export function coverageNote(c: RowCounts): string | undefined {
  if (c.coverage === 'all' || c.loaded >= c.totalCount || !(c.sorted || c.searched)) return undefined;
  const what = c.sorted && c.searched ? 'Sort and search cover' : c.sorted ? 'Sort covers' : 'Search covers';
  const all = formatCount(c.totalCount);
  const loaded = formatCount(c.loaded);
  switch (c.coverage) {
    // No count of loaded rows: the progress bar beside it has the current one.
    case 'loading':
      return `${what} only the images loaded so far, not all ${all} yet.`;
    case 'first':
      return `${what} only the first ${loaded} images, not all ${all}.`;
    case 'stopped':
      return `${what} only the ${loaded} images loaded before Stop, not all ${all}.`;
    case 'failed':
      return `${what} only the ${loaded} images loaded, not all ${all}: some calls failed.`;
  }
}
