// When rows pass too fast to read, the grid draws them as plain text (no badges, no tag chips) and
// redraws them in full once scrolling stops: a fling replaces every row every frame, and the
// plain rows cost what a bare virtualized list costs (bench case 4), as react-virtualized's
// `isScrolling` placeholders do.

/** Rows moved between two renders beyond which nobody can read them. */
export const FAST_SCROLL_ROWS = 10;

export interface ScrollSpeed {
  offset: number;
  fast: boolean;
}

/** The next state from the scroll offset now, and whether the list is still scrolling. */
export function nextScrollSpeed(
  previous: ScrollSpeed,
  offset: number,
  scrolling: boolean,
  rowHeight: number,
): ScrollSpeed {
  const fast =
    scrolling && (previous.fast || Math.abs(offset - previous.offset) > FAST_SCROLL_ROWS * rowHeight);
  return fast === previous.fast && offset === previous.offset ? previous : { offset, fast };
}
