import { describe, expect, it } from 'vitest';
import { ariaRowCount, coverageNote, type RowCounts } from './row-counts';

const counts = (c: Partial<RowCounts>): RowCounts => ({
  loaded: 1200,
  displayed: 1200,
  totalCount: 4812,
  complete: false,
  sorted: false,
  searched: false,
  ...c,
});

describe('row counts', () => {
  it('announces every matched image while pages load, and the rows once all are in', () => {
    expect(ariaRowCount(counts({}))).toBe(4813);
    // The same image from two owner calls is one row.
    expect(ariaRowCount(counts({ complete: true, loaded: 4800, displayed: 4800 }))).toBe(4801);
    expect(ariaRowCount(counts({ searched: true, displayed: 12 }))).toBe(13);
  });

  it('says when sort or search cover only the loaded rows', () => {
    expect(coverageNote(counts({ sorted: true }))).toBe(
      'Sort covers only the images loaded so far, not all 4,812 yet.',
    );
    expect(coverageNote(counts({ sorted: true, searched: true }))).toMatch(/^Sort and search cover/);
    expect(coverageNote(counts({ searched: true }))).toMatch(/^Search covers/);
    expect(coverageNote(counts({}))).toBeUndefined();
    expect(coverageNote(counts({ sorted: true, complete: true }))).toBeUndefined();
  });
});
