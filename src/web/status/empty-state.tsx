import type { Navigate } from '../view-state/view-url-store';
import { smallButtonClass } from '../ui/button';
import { withFilter } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import { emptyHints } from './empty-hints';
import { FamilyHint } from './family-hint';

/** No images: say so, and offer the edits that most often bring them back. */
export default function EmptyState({
  view,
  navigate,
  failed,
}: {
  view: ViewState;
  navigate: Navigate;
  failed: boolean;
}) {
  if (failed)
    return (
      <div role="status" className="p-8 text-center text-zinc-600 dark:text-zinc-400">
        <p className="font-medium">No images could be loaded.</p>
        <p className="mt-1 text-sm">See the errors above: fix the marked filter, or press Retry.</p>
      </div>
    );
  const hints = emptyHints(view);
  const family = view.filters.ImageFamily;
  return (
    <div role="status" className="p-8 text-center">
      <p className="font-medium text-zinc-800 dark:text-zinc-200">
        {view.q.trim() ? 'No loaded image matches the search.' : 'No images match these filters.'}
      </p>
      {family && !view.q.trim() && (
        <FamilyHint family={family} onPick={(name) => navigate(withFilter(view, 'ImageFamily', name))} />
      )}
      <ul className="mx-auto mt-3 max-w-xl space-y-2 text-left text-sm text-zinc-600 dark:text-zinc-400">
        {hints.map((hint) => (
          <li key={hint.id} className="flex items-center justify-between gap-3">
            <span>{hint.text}</span>
            <button
              type="button"
              className={`${smallButtonClass} shrink-0`}
              onClick={() => navigate(hint.apply(view))}
            >
              {hint.action}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
