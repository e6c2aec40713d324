// How much of a view to load (docs/ARCHITECTURE.md "Large views, Stop and failures"). Page 1 of
// every source is always asked for: it carries TotalCount. A view that takes at most ASK_ABOVE_CALLS
// calls is then loaded whole; a larger one waits for the person to choose between all of it and its
// first pages, because the account's API quota is shared with its owners' other tools. Pure: the
// load control and the page both plan with it, from the same page-1 answers.

import { FETCH_PAGE_SIZE } from '../view-state/image-sources';

/** A view that needs more calls than this is loaded whole only when the person says so. */
export const ASK_ABOVE_CALLS = 200;
/** The calls of the smaller choice ("the first 5,000"), page 1 of every source included. */
export const FIRST_CALLS = 50;

/** `auto`: everything when the view is small, else ask. */
export type LoadChoice = 'auto' | 'all' | 'first';

/**
 * One source as the plan sees it: its TotalCount, from page 1; `failed` when page 1 failed;
 * undefined while page 1 is on its way.
 */
export type SourceSize = number | 'failed' | undefined;

export interface Amount {
  images: number;
  calls: number;
}

export interface LoadPlan {
  /** `waiting`: a page 1 is still on its way; `ask`: too large to load without asking; `go`: load `pages`. */
  decision: 'waiting' | 'ask' | 'go';
  /** How many pages of each source to load, from page 1 on (1 until the plan is decided). */
  pages: readonly number[];
  /** Everything the filters match, as far as known: lower bounds while `unknown` sources remain. */
  all: Amount;
  /** What the smaller choice loads. */
  first: Amount;
  /** What `pages` adds up to. */
  planned: Amount;
  /** Sources whose size is not known (page 1 failed or on its way). */
  unknown: number;
}

/** Pages of a source with this many images (one call even for none). */
export function pagesFor(totalCount: number): number {
  return Math.max(1, Math.ceil(totalCount / FETCH_PAGE_SIZE));
}

/**
 * `budget` calls spread over the sources a page number at a time — every page 2, then every
 * page 3, … — so small sources come complete and large ones share what is left. Page 1 of each
 * is always in, even beyond the budget.
 */
export function spreadCalls(pageCounts: readonly number[], budget: number): number[] {
  const pages = pageCounts.map(() => 1);
  let left = budget - pages.length;
  for (let level = 2; left > 0; level++) {
    let grew = false;
    for (let i = 0; i < pageCounts.length && left > 0; i++) {
      if (pageCounts[i]! < level) continue;
      pages[i] = level;
      left--;
      grew = true;
    }
    if (!grew) break;
  }
  return pages;
}

function amountOf(sizes: readonly SourceSize[], pages: readonly number[]): Amount {
  let images = 0;
  let calls = 0;
  sizes.forEach((size, i) => {
    const n = pages[i] ?? 1;
    calls += n;
    if (typeof size === 'number') images += Math.min(size, n * FETCH_PAGE_SIZE);
  });
  return { images, calls };
}

export function planLoad(sizes: readonly SourceSize[], choice: LoadChoice): LoadPlan {
  const pageCounts = sizes.map((size) => (typeof size === 'number' ? pagesFor(size) : 1));
  const firstPages = spreadCalls(pageCounts, FIRST_CALLS);
  const all = amountOf(sizes, pageCounts);
  const first = amountOf(sizes, firstPages);
  const unknown = sizes.filter((s) => typeof s !== 'number').length;
  const onlyPageOne = sizes.map(() => 1);
  const plan = (decision: LoadPlan['decision'], pages: readonly number[]): LoadPlan => ({
    decision,
    pages,
    all,
    first,
    planned: amountOf(sizes, pages),
    unknown,
  });
  if (choice === 'all') return plan('go', pageCounts);
  if (choice === 'first') return plan('go', firstPages);
  if (sizes.includes(undefined)) return plan('waiting', onlyPageOne);
  return all.calls <= ASK_ABOVE_CALLS ? plan('go', pageCounts) : plan('ask', onlyPageOne);
}
