import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import type { SortSpec } from '../view-state/view-state';
import { ImageTable } from './image-table';
import { HEADER_HEIGHT, ROW_HEIGHT, type FocusRequest } from './image-table-body';

const ROWS = Array.from(
  { length: 50 },
  (_, i) =>
    new ImageRow('cn-hangzhou', normalizeImage({ ImageId: `m-${i}`, ImageName: `image ${i}`, Size: i })),
);

/** The table as the page holds it: the active row in state, opening and sorting reported. */
function Table(props: {
  onOpen?: (row: ImageRow) => void;
  onSort?: (id: string, addToSort: boolean) => void;
  sort?: SortSpec[];
  focusRequest?: FocusRequest;
}) {
  const [activeKey, setActiveKey] = useState<string | undefined>();
  return (
    <ImageTable
      rows={ROWS}
      columnIds={COLUMNS}
      sort={props.sort ?? []}
      onSort={props.onSort ?? (() => {})}
      ariaRowCount={ROWS.length + 1}
      busy={false}
      activeKey={activeKey}
      openKey={undefined}
      focusRequest={props.focusRequest}
      onActivate={setActiveKey}
      onOpen={props.onOpen ?? (() => {})}
      placeholder={null}
      listKey=""
    />
  );
}
const COLUMNS = ['ImageName', 'ImageId', 'Size'] as const;

// The simulated DOM lays nothing out: give the scrolling box a height, so the virtualizer renders
// the rows a 400 px high grid shows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(
    HEADER_HEIGHT + ROWS.length * ROW_HEIGHT,
  );
});
afterEach(() => vi.restoreAllMocks());

/**
 * The simulated DOM moves the scroll position on scrollTo but does not tell anyone: say it
 * scrolled, as a browser would, so the virtualizer renders the rows now in view.
 */
const scrolled = () => fireEvent.scroll(screen.getByRole('grid', { name: 'Images' }).parentElement!);
const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name} `) });
const focused = () => (document.activeElement as HTMLElement).closest('[role=row]')?.textContent;

describe('the image grid', () => {
  it('puts one row in the Tab order, the first until another is active', () => {
    render(<Table />);
    const grid = screen.getByRole('grid', { name: 'Images' });
    const tabbable = within(grid)
      .getAllByRole('row')
      .filter((r) => r.tabIndex === 0);
    expect(tabbable.map((r) => r.textContent)).toEqual([row('image 0').textContent]);
  });

  it('moves focus between rows with the arrow keys, a page at a time, and to either end', async () => {
    render(<Table />);
    row('image 0').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(focused()).toMatch(/^image 1m-1/);
    expect(row('image 1').tabIndex).toBe(0);
    expect(row('image 0').tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(focused()).toMatch(/^image 0m-0/);
    // 400 px less the header is eleven rows; a page keeps one of them in view.
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(focused()).toMatch(/^image 10m-10/);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    scrolled();
    await vi.waitFor(() => expect(focused()).toMatch(/^image 49m-49/));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    scrolled();
    await vi.waitFor(() => expect(focused()).toMatch(/^image 0m-0/));
  });

  it('opens a row with Enter, Space or a click', () => {
    const onOpen = vi.fn();
    render(<Table onOpen={onOpen} />);
    row('image 2').focus();
    fireEvent.keyDown(row('image 2'), { key: 'Enter' });
    fireEvent.keyDown(row('image 2'), { key: ' ' });
    fireEvent.click(within(row('image 3')).getAllByRole('gridcell')[1]!);
    expect(onOpen.mock.calls.map(([r]) => (r as ImageRow).key)).toEqual([
      'cn-hangzhou/m-2',
      'cn-hangzhou/m-2',
      'cn-hangzhou/m-3',
    ]);
  });

  it('moves focus back to a row when asked, as after the detail panel closed', async () => {
    const { rerender } = render(<Table />);
    rerender(<Table focusRequest={{ key: 'cn-hangzhou/m-30', serial: 1 }} />);
    scrolled();
    await vi.waitFor(() => expect(focused()).toMatch(/^image 30m-30/));
  });

  it('sorts from the headers, Shift adding a column, and says how it is sorted', () => {
    const onSort = vi.fn();
    const sort: SortSpec[] = [
      { id: 'Size', desc: true },
      { id: 'ImageName', desc: false },
    ];
    render(<Table onSort={onSort} sort={sort} />);
    const header = (name: RegExp) => screen.getByRole('columnheader', { name });
    expect(header(/^Size/).getAttribute('aria-sort')).toBe('descending');
    expect(header(/^Name/).getAttribute('aria-sort')).toBeNull();
    expect(header(/^Name/).textContent).toContain('sort key 2');
    fireEvent.click(within(header(/^Image ID/)).getByRole('button'));
    fireEvent.click(within(header(/^Image ID/)).getByRole('button'), { shiftKey: true });
    expect(onSort.mock.calls).toEqual([
      ['ImageId', false],
      ['ImageId', true],
    ]);
  });
});
