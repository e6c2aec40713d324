import type { ImageCatalog } from '../images/use-image-catalog';
import { formatCount } from '../ui/format';
import { progressText } from './progress-text';
import { sourceLabel } from '../view-state/image-sources';

const STATE_TEXT = {
  pending: 'waiting for page 1',
  loading: 'loading',
  done: 'done',
  error: 'failed',
} as const;

/** "Loaded 1,200 of 4,812" with a bar, and each request's progress on demand. */
export function LoadProgress({ catalog }: { catalog: ImageCatalog }) {
  const { rows, totalCount, complete, sources } = catalog;
  const loaded = rows.length;
  const failed = sources.filter((s) => s.state === 'error').length;
  const text = progressText(
    sources.map((s) => s.state),
    loaded,
    totalCount,
  );
  const max = Math.max(totalCount, loaded, 1);
  return (
    <div className="flex min-w-0 items-center gap-2">
      <div
        role="progressbar"
        aria-label="Images loaded"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={complete ? max : loaded}
        aria-valuetext={text}
        className="h-1.5 w-32 shrink-0 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        {/* Scaled, not resized: a transform animates off the main thread, a width would lay
            the page out again on every frame while pages load. */}
        <div
          className={`h-full origin-left rounded-full transition-transform ${failed ? 'bg-amber-500' : 'bg-blue-600 dark:bg-blue-400'}`}
          style={{ transform: `scaleX(${complete ? 1 : loaded / max})` }}
        />
      </div>
      <details className="group relative min-w-0">
        <summary className="cursor-pointer list-none truncate text-sm text-zinc-700 tabular-nums dark:text-zinc-300">
          {text}
          {failed > 0 && <span className="text-amber-700 dark:text-amber-300"> · {failed} failed</span>}
          <span className="sr-only"> (show each request)</span>
        </summary>
        <ul className="absolute z-20 mt-1 w-80 rounded-md border border-zinc-300 bg-white p-2 text-xs shadow-lg dark:border-zinc-600 dark:bg-zinc-900">
          {sources.map((s) => (
            <li key={s.source.key} className="flex justify-between gap-2 py-0.5">
              <span>{sourceLabel(s.source)}</span>
              <span className="text-zinc-500 tabular-nums dark:text-zinc-400">
                {formatCount(s.loaded)}
                {s.total !== undefined && ` / ${formatCount(s.total)}`} · {STATE_TEXT[s.state]}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
