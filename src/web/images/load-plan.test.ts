import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASK_ABOVE_CALLS, FIRST_CALLS, pagesFor, planLoad, spreadCalls } from './load-plan';

const totals = fc.array(fc.nat(40_000), { minLength: 1, maxLength: 60 });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('the load plan', () => {
  it('loads a small view whole without asking', () => {
    const plan = planLoad([254, 0, 1_000], 'auto');
    expect(plan.decision).toBe('go');
    expect(plan.pages).toEqual([3, 1, 10]);
    expect(plan.all).toEqual({ images: 1_254, calls: 14 });
    expect(plan.planned).toEqual(plan.all);
  });

  it('asks before a view that takes more calls than the threshold, having loaded only page 1s', () => {
    const plan = planLoad([90_210, 300], 'auto');
    expect(plan.decision).toBe('ask');
    expect(plan.pages).toEqual([1, 1]);
    expect(plan.all).toEqual({ images: 90_510, calls: 906 });
    expect(plan.first).toEqual({ images: 5_000, calls: 50 });
  });

  it('waits for every page 1 before deciding, and counts a failed one as unknown', () => {
    expect(planLoad([100, undefined], 'auto').decision).toBe('waiting');
    const plan = planLoad([100, 'failed'], 'auto');
    expect(plan).toMatchObject({ decision: 'go', pages: [1, 1], unknown: 1 });
    expect(plan.all).toEqual({ images: 100, calls: 2 });
  });

  it('follows the choice once made, whatever the size', () => {
    expect(planLoad([90_210], 'all').pages).toEqual([903]);
    expect(planLoad([90_210], 'first')).toMatchObject({
      decision: 'go',
      pages: [FIRST_CALLS],
      planned: { images: 5_000, calls: FIRST_CALLS },
    });
  });

  it('decides by calls at the threshold: at most ASK_ABOVE_CALLS go, one more asks', () => {
    fc.assert(
      fc.property(totals, (sizes) => {
        const plan = planLoad(sizes, 'auto');
        const calls = sum(sizes.map(pagesFor));
        expect(plan.all.calls).toBe(calls);
        expect(plan.decision).toBe(calls <= ASK_ABOVE_CALLS ? 'go' : 'ask');
        expect(plan.first.images).toBeLessThanOrEqual(plan.all.images);
        expect(plan.all.images).toBe(sum(sizes));
      }),
    );
  });
});

describe('spreadCalls', () => {
  const pageCounts = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 80 });

  it('spends the budget a page number at a time, never past a source’s last page', () => {
    fc.assert(
      fc.property(pageCounts, fc.integer({ min: 0, max: 400 }), (counts, budget) => {
        const pages = spreadCalls(counts, budget);
        pages.forEach((n, i) => {
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(counts[i]!);
        });
        // Page 1 always; beyond that exactly the budget, or everything when that is less.
        expect(sum(pages)).toBe(Math.max(counts.length, Math.min(budget, sum(counts))));
        // Fair: a source that did not get all its pages has at most one page less than any other.
        const short = pages.filter((n, i) => n < counts[i]!);
        if (short.length > 0) expect(Math.max(...pages)).toBeLessThanOrEqual(Math.min(...short) + 1);
      }),
    );
  });

  it('completes small sources first', () => {
    expect(spreadCalls([2, 40, 3], 10)).toEqual([2, 5, 3]);
  });
});
