// Keyboard movement between the rows of the image grid: which row a key moves to. The grid is
// virtualized, so this works on indices; the component scrolls the row into view and focuses it.

/** The index a key moves focus to, or undefined when the key does not move between rows. */
export function nextRowIndex(
  key: string,
  current: number,
  count: number,
  rowsPerPage: number,
): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const page = Math.max(1, rowsPerPage - 1);
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'PageDown':
      return Math.min(from + page, last);
    case 'PageUp':
      return Math.max(from - page, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
