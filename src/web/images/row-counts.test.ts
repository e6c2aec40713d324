import { describe, expect, it } from 'vitest';
import { ariaRowCount, coverageNote, coverageOf, type RowCounts } from './row-counts';

const counts = (c: Partial<RowCounts>): RowCounts => ({
  loaded: 1200,
  displayed: 1200,
  totalCount: 4812,
  coverage: 'loading',
  sorted: false,
  searched: false,
  ...c,
});

describe('row counts', () => {
  it('announces every matched image while pages load, and the rows once nothing more comes', () => {
    expect(ariaRowCount(counts({}))).toBe(4813);
    // The same image from two owner calls is one row.
    expect(ariaRowCount(counts({ coverage: 'all', loaded: 4800, displayed: 4800 }))).toBe(4801);
    expect(ariaRowCount(counts({ searched: true, displayed: 12 }))).toBe(13);
    // The first pages of a large view, or a stopped load: the rows there are.
    expect(ariaRowCount(counts({ coverage: 'first' }))).toBe(1201);
    expect(ariaRowCount(counts({ coverage: 'stopped' }))).toBe(1201);
  });

  it('says when sort or search cover only the loaded rows, and why', () => {
    expect(coverageNote(counts({ sorted: true }))).toBe(
      'Sort covers only the images loaded so far, not all 4,812 yet.',
    );
    expect(coverageNote(counts({ sorted: true, searched: true }))).toMatch(/^Sort and search cover/);
    expect(coverageNote(counts({ searched: true }))).toMatch(/^Search covers/);
    expect(coverageNote(counts({ sorted: true, coverage: 'first' }))).toBe(
      'Sort covers only the first 1,200 images, not all 4,812.',
    );
    expect(coverageNote(counts({ sorted: true, coverage: 'stopped' }))).toBe(
      'Sort covers only the 1,200 images loaded before Stop, not all 4,812.',
    );
    expect(coverageNote(counts({ searched: true, coverage: 'failed' }))).toBe(
      'Search covers only the 1,200 images loaded, not all 4,812: some calls failed.',
    );
    expect(coverageNote(counts({}))).toBeUndefined();
    expect(coverageNote(counts({ sorted: true, coverage: 'all' }))).toBeUndefined();
  });

  it('reads the coverage from the sources’ states, loading first', () => {
    expect(coverageOf(['done', 'loading', 'error'])).toBe('loading');
    expect(coverageOf(['done', 'stopped', 'error'])).toBe('failed');
    expect(coverageOf(['done', 'stopped', 'limited'])).toBe('stopped');
    expect(coverageOf(['done', 'limited'])).toBe('first');
    expect(coverageOf(['done', 'done'])).toBe('all');
  });
});
