import { lazy, Suspense, useState } from 'react';
import { loadSearchLanguage } from '../images/search-language';
import type { SearchQuery } from '../images/search-query';
import { linkClass } from '../ui/button';
import { TextFilterInput } from '../ui/text-filter-input';
import { withQuery } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';

const SearchHelp = lazy(() => import('./search-help'));

/**
 * Client-side search over the loaded rows (`q` in the link), in the search language of
 * images/search-query.ts; never sent to the API. Terms it cannot use are named under the field.
 */
export function QuickSearch(props: {
  view: ViewState;
  navigate: Navigate;
  /** The search as read, once the search language is in. */
  search: SearchQuery | undefined;
  className?: string;
}) {
  const { view, navigate, search, className } = props;
  const [helpOpen, setHelpOpen] = useState(false);
  const problems = search?.problems ?? [];
  return (
    <div className={`relative ${className ?? 'w-72'}`}>
      <div className="flex items-baseline gap-2">
        <label htmlFor="quick-search" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Search loaded rows{' '}
          <span className="font-normal text-violet-700 dark:text-violet-300">(client-side)</span>
        </label>
        <button
          type="button"
          className={`${linkClass} ml-auto text-xs`}
          aria-expanded={helpOpen}
          aria-controls="search-help"
          onClick={() => setHelpOpen((o) => !o)}
        >
          Search syntax
        </button>
      </div>
      <TextFilterInput
        id="quick-search"
        type="search"
        className="mt-0.5"
        placeholder="ubuntu arch:arm64 size>40 -deprecated"
        value={view.q}
        delayMs={250}
        onFocus={() => void loadSearchLanguage()}
        aria-describedby={`quick-search-help${problems.length ? ' quick-search-problems' : ''}`}
        aria-invalid={problems.length ? true : undefined}
        onCommit={(q) => navigate(withQuery(view, q), 'replace')}
      />
      <p id="quick-search-help" className="sr-only">
        Every word must appear in the image's name, ID, OS, family, description, tags, snapshots, owner or
        region. Fields, comparisons, quoted phrases, minus and OR are explained under Search syntax.
      </p>
      {problems.length > 0 && (
        <ul id="quick-search-problems" className="mt-0.5 text-xs text-red-700 dark:text-red-300">
          {problems.map((p, i) => (
            <li key={i}>
              Not applied: <code className="font-mono">{p.term}</code> — {p.message}
            </li>
          ))}
        </ul>
      )}
      {helpOpen && (
        <Suspense fallback={null}>
          <SearchHelp
            onUse={(q) => {
              navigate(withQuery(view, q), 'replace');
              setHelpOpen(false);
            }}
            onClose={() => setHelpOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
