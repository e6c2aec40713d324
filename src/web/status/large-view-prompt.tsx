import type { ImageCatalog } from '../images/use-image-catalog';
import { buttonClass } from '../ui/button';
import { formatCount, plural } from '../ui/format';

/**
 * Before a view larger than the threshold is loaded whole (load-plan.ts ASK_ABOVE_CALLS): all of
 * it, or its first pages. Page 1 of every request is in and shown meanwhile.
 */
export function LargeViewPrompt({ catalog }: { catalog: ImageCatalog }) {
  const { plan, controls, sources, rows } = catalog;
  if (plan.decision !== 'ask') return null;
  const callsMade = sources.reduce((n, s) => n + s.calls.done, 0);
  const atLeast = plan.unknown > 0 ? '≥' : '';
  return (
    <section
      aria-labelledby="large-view-heading"
      className="rounded-md border border-blue-300 bg-blue-50 p-2 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50"
    >
      <h2 id="large-view-heading" className="font-semibold">
        Load all {atLeast}
        {formatCount(plan.all.images)} images — about {plural(plan.all.calls, 'call')} — or the first{' '}
        {formatCount(plan.first.images)}?
      </h2>
      <p className="mt-0.5 text-xs">
        The account’s API quota is shared with its other tools. The first page of each request is in (
        {plural(rows.length, 'image')}, {plural(callsMade, 'call')}); sort and search cover only what is
        loaded.
      </p>
      <div className="mt-1.5 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={() => controls.choose('all')}>
          Load all {atLeast}
          {formatCount(plan.all.images)} ({plural(Math.max(0, plan.all.calls - callsMade), 'more call')})
        </button>
        <button type="button" className={buttonClass} onClick={() => controls.choose('first')}>
          Load the first {formatCount(plan.first.images)} (
          {plural(Math.max(0, plan.first.calls - callsMade), 'more call')})
        </button>
      </div>
    </section>
  );
}
