import { useId, useState } from 'react';
import { combineActivities } from '../images/proxy-activity';
import type { ImageCatalog, SourceState, SourceStatus } from '../images/use-image-catalog';
import { smallButtonClass } from '../ui/button';
import { formatCount, plural } from '../ui/format';
import { sourceLabel } from '../view-state/image-sources';
import { activitySummary, activityText } from './activity-text';
import { progressFigures, progressText } from './progress-text';

const STATE_TEXT: Record<SourceState, string> = {
  pending: 'waiting for page 1',
  loading: 'loading',
  done: 'done',
  limited: 'first pages only',
  stopped: 'stopped',
  error: 'failed',
};

const isBusy = (s: SourceStatus) => s.state === 'pending' || s.state === 'loading';

/** Stop while loading; Resume once stopped; the rest of a view of which only the first pages were chosen. */
function LoadAction({ catalog }: { catalog: ImageCatalog }) {
  const { sources, plan, controls, stopped } = catalog;
  if (sources.some(isBusy))
    return (
      <button type="button" className={smallButtonClass} onClick={controls.stop}>
        Stop
      </button>
    );
  if (stopped)
    return (
      <button type="button" className={smallButtonClass} onClick={controls.resume}>
        Resume
      </button>
    );
  if (plan.decision === 'go' && plan.planned.calls < plan.all.calls)
    return (
      <button type="button" className={smallButtonClass} onClick={() => controls.choose('all')}>
        Load the rest ({plural(plan.all.calls - plan.planned.calls, 'call')})
      </button>
    );
  return null;
}

/**
 * "Loaded 1,200 of 4,812" with a bar, Stop or Resume, and each request's progress on demand. The
 * list opens in the page's flow, below, so it never covers the errors and their Retry buttons.
 */
export function LoadProgress({ catalog }: { catalog: ImageCatalog }) {
  const { rows, complete, sources, plan } = catalog;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const loaded = rows.length;
  const activity = activitySummary(combineActivities(sources.filter(isBusy).map((s) => s.activity)));
  const text = progressText({ loaded, sources, plan, activity });
  const { total, callsFailed } = progressFigures({ sources });
  const max = Math.max(total, loaded, 1);
  return (
    <div className="min-w-0">
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
            className={`h-full origin-left rounded-full transition-transform ${callsFailed ? 'bg-amber-500' : 'bg-blue-600 dark:bg-blue-400'}`}
            style={{ transform: `scaleX(${complete ? 1 : loaded / max})` }}
          />
        </div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
          className="min-w-0 text-left text-sm text-zinc-700 tabular-nums dark:text-zinc-300"
        >
          <span aria-hidden="true" className="inline-block w-3 text-zinc-500">
            {open ? '▾' : '▸'}
          </span>
          {text}
          <span className="sr-only"> (show each request)</span>
        </button>
        <LoadAction catalog={catalog} />
      </div>
      {open && (
        <ul
          id={listId}
          aria-label="Each request"
          className="mt-1 max-h-48 max-w-xl overflow-y-auto rounded-md border border-zinc-300 bg-white p-2 text-xs dark:border-zinc-600 dark:bg-zinc-900"
        >
          {sources.map((s) => {
            const doing = isBusy(s) ? activityText(s.activity) : '';
            return (
              <li key={s.source.key} className="flex flex-wrap justify-between gap-x-2 py-0.5">
                <span>{sourceLabel(s.source)}</span>
                <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
                  {formatCount(s.loaded)}
                  {s.total !== undefined && ` / ${formatCount(s.total)}`} images ·{' '}
                  {`${formatCount(s.calls.done)} of ${plural(s.calls.planned, 'call')}`} ·{' '}
                  {plan.decision === 'ask' && s.state === 'limited'
                    ? 'waiting for your choice'
                    : STATE_TEXT[s.state]}
                  {doing && <span className="text-amber-700 dark:text-amber-300"> · {doing}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
