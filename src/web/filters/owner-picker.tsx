import type { Navigate } from '../view-state/view-url-store';
import { labelClass } from '../ui/field';
import { ownerChoices, toggleOwnerChoice } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import { OWNER_CHOICES } from './filter-labels';

/** Owner choices as toggle pills over native checkboxes; several at once, one call each. */
export function OwnerPicker({
  view,
  navigate,
  error,
}: {
  view: ViewState;
  navigate: Navigate;
  error?: string;
}) {
  const chosen = ownerChoices(view);
  return (
    <fieldset aria-describedby={`ImageOwnerAlias-hint${error ? ' ImageOwnerAlias-error' : ''}`}>
      <legend className={labelClass}>Owner</legend>
      {/* Wraps in a narrow place (the phone's drawer) rather than running off its edge. */}
      <div className="mt-0.5 flex min-h-8 flex-wrap overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-600">
        {OWNER_CHOICES.map((choice) => (
          <label
            key={choice.id}
            title={choice.help}
            className="relative flex cursor-pointer items-center border-l border-zinc-300 first:border-l-0 dark:border-zinc-600"
          >
            <input
              id={choice.id === OWNER_CHOICES[0]!.id ? 'ImageOwnerAlias' : undefined}
              type="checkbox"
              className="peer absolute inset-0 cursor-pointer opacity-0"
              checked={chosen.includes(choice.id)}
              aria-invalid={error ? true : undefined}
              onChange={() => navigate(toggleOwnerChoice(view, choice.id))}
            />
            <span className="block px-2.5 py-1 text-sm whitespace-nowrap text-zinc-700 peer-checked:bg-blue-600 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:-outline-offset-2 peer-focus-visible:outline-blue-600 hover:bg-zinc-100 peer-checked:hover:bg-blue-700 dark:text-zinc-300 dark:peer-checked:bg-blue-500 dark:peer-checked:text-zinc-950 dark:hover:bg-zinc-800">
              {choice.label}
            </span>
          </label>
        ))}
      </div>
      <p id="ImageOwnerAlias-hint" className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
        {chosen.length === 0
          ? 'None chosen: the API default, which leaves out marketplace.'
          : 'One request per owner; Shared and Community exclude each other.'}
      </p>
      {error && (
        <p id="ImageOwnerAlias-error" className="mt-0.5 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
