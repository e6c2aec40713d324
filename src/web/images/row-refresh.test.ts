import { describe, expect, it } from 'vitest';
import { rowRefreshDelay, showNow, type RefreshState } from './row-refresh';

const state = (s: Partial<RefreshState>): RefreshState => ({
  shownCount: 5000,
  nextCount: 5100,
  complete: false,
  sameView: true,
  due: false,
  ...s,
});

describe('refreshing a growing row list', () => {
  it('waits longer the longer the list, within bounds', () => {
    expect(rowRefreshDelay(100)).toBe(150);
    expect(rowRefreshDelay(20_000)).toBe(400);
    expect(rowRefreshDelay(100_000)).toBe(2000);
    expect(rowRefreshDelay(1_000_000)).toBe(2000);
  });

  it('holds a growing list back until the delay has passed', () => {
    expect(showNow(state({}))).toBe(false);
    expect(showNow(state({ due: true }))).toBe(true);
  });

  it('always shows the first rows, a new view, a shorter list and the final list at once', () => {
    expect(showNow(state({ shownCount: 0 }))).toBe(true);
    expect(showNow(state({ sameView: false }))).toBe(true);
    expect(showNow(state({ nextCount: 100 }))).toBe(true);
    expect(showNow(state({ complete: true }))).toBe(true);
  });
});
