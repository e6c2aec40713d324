import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { MIN_REFRESH_MS, rowRefreshDelay } from './row-refresh';
import { useThrottledRows } from './use-throttled-rows';

const rows = (n: number, prefix = 'm') =>
  Array.from(
    { length: n },
    (_, i) => new ImageRow('cn-hangzhou', normalizeImage({ ImageId: `${prefix}-${i}` })),
  );

interface Props {
  rows: readonly ImageRow[];
  complete: boolean;
  view: unknown;
}

const viewA = { name: 'A' };
const viewB = { name: 'B' };

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

function setup(first: Props) {
  const hook = renderHook((p: Props) => useThrottledRows(p.rows, p.complete, p.view), {
    initialProps: first,
  });
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { ...hook, wait };
}

describe('useThrottledRows', () => {
  it('shows the first rows at once, then holds a growing list back until the delay has passed', () => {
    const empty = rows(0);
    const { result, rerender, wait } = setup({ rows: empty, complete: false, view: viewA });
    const first = rows(100);
    rerender({ rows: first, complete: false, view: viewA });
    expect(result.current).toBe(first);

    const more = rows(200);
    rerender({ rows: more, complete: false, view: viewA });
    expect(result.current).toBe(first);
    wait(MIN_REFRESH_MS - 1);
    expect(result.current).toBe(first);
    wait(1);
    expect(result.current).toBe(more);
  });

  it('counts the delay from when the shown list appeared, not from the latest batch', () => {
    const first = rows(100);
    const { result, rerender, wait } = setup({ rows: first, complete: false, view: viewA });
    wait(MIN_REFRESH_MS / 2);
    rerender({ rows: rows(150), complete: false, view: viewA });
    wait(MIN_REFRESH_MS / 2 - 1);
    const latest = rows(200);
    rerender({ rows: latest, complete: false, view: viewA });
    expect(result.current).toBe(first);
    wait(MIN_REFRESH_MS);
    expect(result.current).toBe(latest);
  });

  it('waits longer the longer the list', () => {
    const long = rows(20_000);
    const { result, rerender, wait } = setup({ rows: long, complete: false, view: viewA });
    const longer = rows(20_100);
    rerender({ rows: longer, complete: false, view: viewA });
    wait(rowRefreshDelay(20_000) - 1);
    expect(result.current).toBe(long);
    wait(1);
    expect(result.current).toBe(longer);
  });

  it('shows the final list, another view and a shorter list at once', () => {
    const { result, rerender } = setup({ rows: rows(100), complete: false, view: viewA });
    const final = rows(120);
    rerender({ rows: final, complete: true, view: viewA });
    expect(result.current).toBe(final);

    const other = rows(300, 'b');
    rerender({ rows: other, complete: false, view: viewB });
    expect(result.current).toBe(other);

    const shorter = rows(10, 'b');
    rerender({ rows: shorter, complete: false, view: viewB });
    expect(result.current).toBe(shorter);
  });
});
