import type { Navigate } from '../view-state/view-url-store';
import { TextFilterInput } from '../ui/text-filter-input';
import { withQuery } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';

/** Client-side search over the loaded rows (`q` in the link); never sent to the API. */
export function QuickSearch({ view, navigate }: { view: ViewState; navigate: Navigate }) {
  return (
    <div className="w-72">
      <label htmlFor="quick-search" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Search loaded rows{' '}
        <span className="font-normal text-violet-700 dark:text-violet-300">(client-side)</span>
      </label>
      <TextFilterInput
        id="quick-search"
        type="search"
        className="mt-0.5"
        placeholder="Name, ID, OS, family, tag…"
        value={view.q}
        delayMs={250}
        aria-describedby="quick-search-help"
        onCommit={(q) => navigate(withQuery(view, q), 'replace')}
      />
      <p id="quick-search-help" className="sr-only">
        Every word must appear in the image's name, ID, OS, family, description, tags, snapshots, owner or
        region.
      </p>
    </div>
  );
}
