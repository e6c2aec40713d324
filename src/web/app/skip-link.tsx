/** Focuses the grid's one Tab stop, leaving a sticky cell where it is. */
function focusGrid() {
  const stop = document.querySelector<HTMLElement>('#image-grid [tabindex="0"]');
  stop?.focus({ preventScroll: stop.closest('.is-sticky') !== null });
}

/** The first Tab stop of the page: straight to the images. */
export function SkipLink() {
  return (
    <a
      href="#image-grid"
      className="sr-only z-50 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      onClick={(e) => {
        e.preventDefault();
        focusGrid();
      }}
    >
      Skip to the images
    </a>
  );
}
