import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { RowSelectionContext, type RowSelectionControls } from '../columns/cell-parts';
import { UTC_TIMES } from '../columns/image-columns';
import { ImageRow } from '../columns/image-row';
import type { SortSpec } from '../view-state/view-state';
import { ImageTable } from './image-table';
import { HEADER_HEIGHT, ROW_HEIGHTS, type FocusRequest } from './image-table-body';

const ROWS = Array.from(
  { length: 50 },
  (_, i) =>
    new ImageRow(
      'cn-hangzhou',
      normalizeImage({
        ImageId: `m-${i}`,
        ImageName: `image ${i}`,
        Size: i,
        Tags: {
          Tag: [
            { TagKey: 'env', TagValue: 'prod' },
            { TagKey: 'team', TagValue: `t${i}` },
          ],
        },
      }),
    ),
);

/** The table as the page holds it: opening, sorting and copying reported. */
function Table(props: {
  onOpen?: (row: ImageRow) => void;
  onSort?: (id: string, addToSort: boolean) => void;
  onCopyId?: (row: ImageRow) => Promise<string>;
  sort?: SortSpec[];
  focusRequest?: FocusRequest;
}) {
  return (
    <ImageTable
      rows={ROWS}
      columnIds={COLUMNS}
      sort={props.sort ?? []}
      sortIsDefault={false}
      onSort={props.onSort ?? (() => {})}
      onMoveColumn={() => {}}
      widths={{}}
      onWidthsChange={() => {}}
      layout="compact"
      times={UTC_TIMES}
      ariaRowCount={ROWS.length + 1}
      busy={false}
      openKey={undefined}
      focusRequest={props.focusRequest}
      onOpen={props.onOpen ?? (() => {})}
      onCopyId={props.onCopyId ?? (() => Promise.resolve(''))}
      placeholder={null}
      listKey=""
    />
  );
}
const COLUMNS = ['ImageName', 'ImageId', 'Size', 'Tags'] as const;
const ROW_HEIGHT = ROW_HEIGHTS.compact;

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
const focusedRow = () => (document.activeElement as HTMLElement).closest('[role=row]')?.textContent;
const focusedColumn = () =>
  (document.activeElement as HTMLElement).closest<HTMLElement>('[data-column]')?.dataset.column;
const press = (key: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.activeElement!, { key, ...init });

describe('the image grid', () => {
  it('is one Tab stop: the first cell of the first row, until another cell had focus', () => {
    render(<Table />);
    const grid = screen.getByRole('grid', { name: 'Images' });
    const stops = [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')];
    expect(stops).toHaveLength(1);
    expect(stops[0]!.textContent).toBe('image 0');
    expect(
      within(grid)
        .getAllByRole('button')
        .every((b) => b.tabIndex === -1),
    ).toBe(true);
  });

  it('moves between cells with the arrow keys, through the buttons inside a cell', () => {
    render(<Table />);
    within(row('image 0')).getAllByRole('gridcell')[0]!.focus();
    press('ArrowRight');
    expect(focusedColumn()).toBe('ImageId');
    press('ArrowDown');
    expect([focusedRow(), focusedColumn()]).toEqual([row('image 1').textContent, 'ImageId']);
    press('ArrowRight');
    press('ArrowRight');
    // The Tags cell: its first chip, then the next.
    expect(document.activeElement).toBe(
      within(row('image 1')).getByRole('button', { name: 'Filter by tag env=prod' }),
    );
    press('ArrowRight');
    expect(document.activeElement).toBe(
      within(row('image 1')).getByRole('button', { name: 'Filter by tag team=t1' }),
    );
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focusedColumn()).toBe('Size');
    // The cell that had focus is the Tab stop now.
    expect(within(row('image 1')).getAllByRole('gridcell')[2]!.tabIndex).toBe(0);
    expect(within(row('image 0')).getAllByRole('gridcell')[0]!.hasAttribute('tabindex')).toBe(false);
  });

  it('moves a row with j and k and up into the headers; a page at a time; to either end with Ctrl', async () => {
    render(<Table />);
    within(row('image 0')).getAllByRole('gridcell')[0]!.focus();
    press('j');
    press('j');
    expect(focusedRow()).toMatch(/^image 2m-2/);
    press('k');
    expect(focusedRow()).toMatch(/^image 1m-1/);
    // 400 px less the header is eleven rows; a page keeps one of them in view.
    press('PageDown');
    expect(focusedRow()).toMatch(/^image 11m-11/);
    press('End', { ctrlKey: true });
    scrolled();
    await vi.waitFor(() => expect(focusedRow()).toMatch(/^image 49m-49/));
    press('Home', { ctrlKey: true });
    scrolled();
    await vi.waitFor(() => expect(focusedRow()).toMatch(/^image 0m-0/));
    press('ArrowUp');
    expect(document.activeElement).toBe(
      within(screen.getByRole('columnheader', { name: /^Name/ })).getByRole('button'),
    );
  });

  it('opens a row with Enter, Space or a click, and copies its ID with c', async () => {
    const onOpen = vi.fn();
    const onCopyId = vi.fn(() => Promise.resolve('Copied m-2.'));
    render(<Table onOpen={onOpen} onCopyId={onCopyId} />);
    within(row('image 2')).getAllByRole('gridcell')[0]!.focus();
    press('Enter');
    press(' ');
    fireEvent.click(within(row('image 3')).getAllByRole('gridcell')[1]!);
    expect(onOpen.mock.calls.map(([r]) => (r as ImageRow).key)).toEqual([
      'cn-hangzhou/m-2',
      'cn-hangzhou/m-2',
      'cn-hangzhou/m-3',
    ]);
    press('c');
    expect((onCopyId.mock.calls[0] as unknown as [ImageRow])[0].key).toBe('cn-hangzhou/m-2');
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied m-2.'));
  });

  it('selects the focused row with Space when rows can be selected, Shift extending the range', () => {
    const toggle = vi.fn();
    const onOpen = vi.fn();
    const controls: RowSelectionControls = {
      isSelected: () => false,
      toggle,
      shown: 'none',
      toggleAllShown: () => {},
      shownCount: ROWS.length,
    };
    render(
      <RowSelectionContext value={controls}>
        <Table onOpen={onOpen} />
      </RowSelectionContext>,
    );
    const cell = within(row('image 2')).getAllByRole('gridcell')[0]!;
    cell.focus();
    fireEvent.keyDown(cell, { key: ' ' });
    fireEvent.keyDown(cell, { key: ' ', shiftKey: true });
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(toggle.mock.calls).toEqual([
      ['cn-hangzhou/m-2', false],
      ['cn-hangzhou/m-2', true],
    ]);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('moves focus back to a row when asked, as after the detail panel closed', async () => {
    const { rerender } = render(<Table />);
    rerender(<Table focusRequest={{ key: 'cn-hangzhou/m-30', serial: 1 }} />);
    scrolled();
    await vi.waitFor(() => expect(focusedRow()).toMatch(/^image 30m-30/));
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
