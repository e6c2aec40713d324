// Images side by side (`compare=` in the link): every field, disk mapping, tag, feature and
// detection option, differences marked, and "Show only differences". Loaded lazily, beside the list.

import { useEffect, useRef, useState } from 'react';
import { OwnerBadge, StatusBadge } from '../columns/cell-parts';
import type { ImageRow } from '../columns/image-row';
import type { OpenImage } from '../images/use-open-image';
import { smallButtonClass } from '../ui/button';
import type { ImageRef } from '../view-state/view-state';
import { compareImages, type CompareRow } from './compare-fields';

function refText(ref: ImageRef): string {
  return `${ref.regionId}/${ref.imageId}`;
}

function problem(ref: ImageRef, image: OpenImage): string | undefined {
  if (image.state === 'not-found') return `${refText(ref)} was not found in any status or owner.`;
  if (image.state === 'error') return `${refText(ref)} could not be looked up: ${image.message}`;
  return undefined;
}

export default function ComparePanel(props: {
  refs: readonly ImageRef[];
  images: readonly OpenImage[];
  onClose: () => void;
  onOpen: (ref: ImageRef) => void;
}) {
  const { refs, images, onClose, onOpen } = props;
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const found = images.flatMap((i) => (i.state === 'found' ? [i.row] : []));
  const complete = found.length === images.length;
  // At most four images: cheap enough to work out on every render.
  const table = complete ? compareImages(found) : [];
  const differing = table.filter((r) => r.differs).length;
  const shown = onlyDifferences ? table.filter((r) => r.differs) : table;
  const sections = [...new Set(shown.map((r) => r.section))];

  return (
    <aside
      aria-labelledby="compare-title"
      className="flex w-[48rem] max-w-[75%] shrink-0 flex-col overflow-auto border-l border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-950">
        <h2
          id="compare-title"
          ref={heading}
          tabIndex={-1}
          className="text-base font-semibold focus:outline-none"
        >
          Compare {refs.length} images
        </h2>
        {complete && (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            {differing} of {table.length} rows differ
          </span>
        )}
        <label className="ml-auto flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.target.checked)}
          />
          Show only differences
        </label>
        <button type="button" className={smallButtonClass} onClick={onClose} title="Close (Escape)">
          Close comparison
        </button>
      </div>
      {!complete && (
        <div className="px-4 py-3 text-sm">
          {refs.map((ref, i) => {
            const message = problem(ref, images[i]!);
            return message ? (
              <p key={refText(ref)} role="alert" className="text-red-700 dark:text-red-300">
                {message}
              </p>
            ) : images[i]!.state === 'loading' ? (
              <p key={refText(ref)} role="status" className="text-zinc-600 dark:text-zinc-400">
                Looking up {refText(ref)}…
              </p>
            ) : null;
          })}
        </div>
      )}
      {complete && (
        <div className="overflow-x-auto px-4 py-2" role="region" aria-label="Comparison" tabIndex={0}>
          <table className="w-full border-collapse text-left text-xs">
            <caption className="sr-only">The images side by side; rows where they differ are marked.</caption>
            <thead>
              <tr>
                <td />
                {found.map((row) => (
                  <CompareHeader key={row.key} row={row} onOpen={onOpen} />
                ))}
              </tr>
            </thead>
            {sections.map((section) => (
              <tbody key={section}>
                <tr>
                  <th colSpan={found.length + 1} scope="colgroup" className="pt-3 pb-1 text-sm font-semibold">
                    {section}
                  </th>
                </tr>
                {shown
                  .filter((r) => r.section === section)
                  .map((r) => (
                    <CompareLine key={`${section}/${r.label}`} row={r} />
                  ))}
              </tbody>
            ))}
          </table>
          {onlyDifferences && shown.length === 0 && (
            <p className="py-2 text-sm text-zinc-600 dark:text-zinc-400">The images do not differ.</p>
          )}
        </div>
      )}
    </aside>
  );
}

function CompareHeader({ row, onOpen }: { row: ImageRow; onOpen: (ref: ImageRef) => void }) {
  return (
    <th scope="col" className="min-w-40 border-b border-zinc-200 px-2 py-1 align-top dark:border-zinc-700">
      <button
        type="button"
        className="text-left text-sm font-semibold break-words text-blue-800 underline underline-offset-2 dark:text-blue-300"
        onClick={() => onOpen({ regionId: row.regionId, imageId: row.image.ImageId })}
      >
        {row.image.ImageName || row.image.ImageId}
      </button>
      <div className="mt-1 flex flex-wrap gap-1 font-normal">
        <StatusBadge status={row.image.Status} progress={row.image.Progress} />
        <OwnerBadge image={row.image} />
      </div>
    </th>
  );
}

function CompareLine({ row }: { row: CompareRow }) {
  return (
    <tr
      className={`border-b border-zinc-100 dark:border-zinc-800 ${row.differs ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
    >
      <th scope="row" className="px-2 py-1 font-medium whitespace-nowrap text-zinc-700 dark:text-zinc-300">
        {row.label}
        {row.differs && (
          <span className="ml-1 text-amber-800 dark:text-amber-300" title="The images differ here">
            ≠<span className="sr-only"> (differs)</span>
          </span>
        )}
      </th>
      {row.values.map((value, i) => (
        <td key={i} className="px-2 py-1 align-top break-all">
          {value === '' ? <span className="text-zinc-500 dark:text-zinc-400">—</span> : value}
        </td>
      ))}
    </tr>
  );
}
