import type { ImageRow } from '../columns/image-row';
import { idsText } from '../images/row-selection';
import { buttonClass, linkClass } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { formatCount } from '../ui/format';
import { MAX_COMPARED } from '../view-state/view-state';

/** What can be done with the selected rows: copy their IDs, compare 2 to 4 of them, clear. Loaded lazily. */
export default function SelectionBar(props: {
  selected: readonly ImageRow[];
  onCompare: () => void;
  onClear: () => void;
}) {
  const { selected, onCompare, onClear } = props;
  const n = selected.length;
  const comparable = n >= 2 && n <= MAX_COMPARED;
  return (
    <section
      aria-label="Selected images"
      className="flex flex-wrap items-center gap-2 rounded-md border border-blue-200 bg-blue-50 px-2 py-1 text-sm dark:border-blue-900 dark:bg-blue-950/40"
    >
      <span className="font-medium">{formatCount(n)} selected</span>
      <CopyButton
        label={`Copy ${formatCount(n)} ${n === 1 ? 'ID' : 'IDs'}`}
        text={() => idsText(selected)}
        copied="IDs copied, one per line."
        blocked="Copying is blocked here."
        className={buttonClass}
        statusClassName="text-xs text-zinc-700 dark:text-zinc-300"
      />
      <button
        type="button"
        className={buttonClass}
        disabled={!comparable}
        title={comparable ? undefined : `Select 2 to ${MAX_COMPARED} images to compare them`}
        onClick={onCompare}
      >
        Compare
      </button>
      {!comparable && (
        <span className="text-xs text-zinc-700 dark:text-zinc-300">
          Compare takes 2 to {MAX_COMPARED} images.
        </span>
      )}
      <button type="button" className={`${linkClass} ml-auto text-xs`} onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
