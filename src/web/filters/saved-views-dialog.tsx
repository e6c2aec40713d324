// Saved views: name the view on screen, open, rename and delete saved ones, and pass a set around
// as a JSON file. Kept in this browser; the link stays what people share. Loaded when opened.

import { useRef, useState } from 'react';
import { buttonClass, linkClass, smallButtonClass } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { inputClass, labelClass } from '../ui/field';
import { formatUtc, plural } from '../ui/format';
import { parseViewQueryString } from '../view-state/url-codec';
import {
  deleteView,
  importSavedViews,
  readSavedViews,
  renameView,
  saveView,
  writeSavedViews,
  type SavedView,
} from '../view-state/saved-views';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';

export const SAVED_VIEWS_KEY = 'ecs-image-browser.saved-views';

function loadViews(): { views: SavedView[]; problems: string[] } {
  try {
    return readSavedViews(localStorage.getItem(SAVED_VIEWS_KEY), 'The views saved in this browser');
  } catch {
    return {
      views: [],
      problems: ['This browser refuses to keep data for this page, so views cannot be saved.'],
    };
  }
}

function storeViews(views: readonly SavedView[]): string | undefined {
  try {
    localStorage.setItem(SAVED_VIEWS_KEY, writeSavedViews(views));
    return undefined;
  } catch {
    return 'This browser refused to keep the views; they last until the page closes.';
  }
}

function SavedViewItem(props: {
  view: SavedView;
  onOpen: () => void;
  onRename: (name: string) => string | undefined;
  onDelete: () => void;
}) {
  const { view, onOpen, onRename, onDelete } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(view.name);
  const [error, setError] = useState<string | undefined>();
  const inputId = `rename-${view.name}`;
  return (
    <li className="flex flex-wrap items-center gap-2 border-b border-zinc-100 py-1.5 last:border-0 dark:border-zinc-800">
      {renaming ? (
        <form
          className="flex flex-1 flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = onRename(name);
            setError(problem);
            if (!problem) setRenaming(false);
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            New name for {view.name}
          </label>
          <input
            id={inputId}
            className={`${inputClass} min-w-40 flex-1`}
            value={name}
            autoFocus
            aria-invalid={error ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className={smallButtonClass}>
            Save name
          </button>
          <button type="button" className={smallButtonClass} onClick={() => setRenaming(false)}>
            Cancel
          </button>
          {error && <p className="w-full text-xs text-red-700 dark:text-red-300">{error}</p>}
        </form>
      ) : (
        <>
          <a
            href={`?${view.query}`}
            className={`${linkClass} min-w-0 flex-1 truncate text-sm`}
            title={view.query || 'The default view'}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              onOpen();
            }}
          >
            {view.name}
          </a>
          {view.savedAt && (
            <span className="text-xs text-zinc-500 dark:text-zinc-400">{formatUtc(view.savedAt)}</span>
          )}
          <button
            type="button"
            className={smallButtonClass}
            aria-label={`Rename ${view.name}`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          <button
            type="button"
            className={smallButtonClass}
            aria-label={`Delete ${view.name}`}
            onClick={onDelete}
          >
            Delete
          </button>
        </>
      )}
    </li>
  );
}

export default function SavedViewsDialog(props: {
  view: ViewState;
  navigate: Navigate;
  onClose: () => void;
}) {
  const { view, navigate, onClose } = props;
  const [initial] = useState(loadViews);
  const [views, setViews] = useState(initial.views);
  const [name, setName] = useState('');
  const [message, setMessage] = useState(
    initial.problems.length ? 'Some saved views could not be read.' : '',
  );
  const [problems, setProblems] = useState<readonly string[]>(initial.problems);
  const fileRef = useRef<HTMLInputElement>(null);

  const update = (next: SavedView[], said: string, more: readonly string[] = []) => {
    const refused = storeViews(next);
    setViews(next);
    setMessage(said);
    setProblems(refused ? [...more, refused] : more);
  };

  return (
    <Dialog title="Saved views" onClose={onClose}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Names for views, kept in this browser. To share one, copy its link; to share a set, export them.
        </p>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const saved = saveView(views, name, view, new Date());
            if (!saved.ok) return update(views, saved.error);
            const replaced = views.some((v) => v.name === name.trim());
            update(saved.value, `${replaced ? 'Replaced' : 'Saved'} “${name.trim()}”.`);
            setName('');
          }}
        >
          <div className="min-w-48 flex-1">
            <label htmlFor="saved-view-name" className={labelClass}>
              Name for the current view
            </label>
            <input
              id="saved-view-name"
              className={`${inputClass} mt-0.5`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Production images in Hangzhou"
            />
          </div>
          <button type="submit" className={buttonClass}>
            Save view
          </button>
        </form>
        <section aria-labelledby="saved-views-heading">
          <h3 id="saved-views-heading" className="text-sm font-semibold">
            Saved ({views.length})
          </h3>
          {views.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">No saved views yet.</p>
          ) : (
            <ul aria-labelledby="saved-views-heading">
              {views.map((v) => (
                <SavedViewItem
                  key={v.name}
                  view={v}
                  onOpen={() => {
                    navigate(parseViewQueryString(v.query).state);
                    onClose();
                  }}
                  onRename={(to) => {
                    const renamed = renameView(views, v.name, to);
                    if (!renamed.ok) return renamed.error;
                    update(renamed.value, `Renamed “${v.name}” to “${to.trim()}”.`);
                    return undefined;
                  }}
                  onDelete={() => update(deleteView(views, v.name), `Deleted “${v.name}”.`)}
                />
              ))}
            </ul>
          )}
        </section>
        <div className="flex flex-wrap items-center gap-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <button
            type="button"
            className={buttonClass}
            disabled={views.length === 0}
            onClick={() => {
              const url = URL.createObjectURL(
                new Blob([writeSavedViews(views)], { type: 'application/json' }),
              );
              const a = document.createElement('a');
              a.href = url;
              a.download = 'ecs-image-browser-views.json';
              a.click();
              URL.revokeObjectURL(url);
              setMessage(`Exported ${plural(views.length, 'view')}.`);
            }}
          >
            Export…
          </button>
          <button type="button" className={buttonClass} onClick={() => fileRef.current?.click()}>
            Import…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            aria-label="Import saved views from a JSON file"
            className="sr-only"
            tabIndex={-1}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              const result = importSavedViews(views, await file.text());
              const said =
                result.added + result.replaced === 0
                  ? `Nothing was imported from ${file.name}.`
                  : `Imported ${plural(result.added + result.replaced, 'view')} from ${file.name}` +
                    (result.replaced ? ` (${result.replaced} replaced a view of the same name).` : '.');
              update(result.views, said, result.problems);
            }}
          />
        </div>
        <div role="status" className="text-sm">
          {message && <p>{message}</p>}
          {problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-xs text-red-700 dark:text-red-300">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Dialog>
  );
}
