import { useId, useState, type KeyboardEvent } from 'react';
import { describedBy, FieldError, inputClass, labelClass } from '../ui/field';

const MAX_SHOWN = 60;

/** The public families, loaded once on first use (they are not on the first screen). */
let publicFamilies: Promise<readonly string[]> | undefined;
export const loadPublicFamilies = () =>
  (publicFamilies ??= import('../../ecs/public-image-families').then((m) => m.PUBLIC_IMAGE_FAMILIES));

/** Suggestions for typed text: loaded families first, then the public ones, each containing the text. */
export function familySuggestions(
  typed: string,
  loaded: readonly string[],
  known: readonly string[],
): { family: string; loaded: boolean }[] {
  const text = typed.trim().toLowerCase();
  const matches = (f: string) => f.toLowerCase().includes(text);
  const seen = new Set(loaded);
  return [
    ...loaded.filter(matches).map((family) => ({ family, loaded: true })),
    ...known.filter((f) => !seen.has(f) && matches(f)).map((family) => ({ family, loaded: false })),
  ].slice(0, MAX_SHOWN);
}

/**
 * ImageFamily, which the API matches exactly: typing only suggests (from the loaded rows and the
 * known public families); a family applies when chosen from the list or on Enter, never half-typed
 * (an ARIA combobox with a list of suggestions).
 */
export function FamilyField(props: {
  value: string | undefined;
  onApply: (family: string | undefined) => void;
  /** Families of the loaded rows; asked for when the field is first used. */
  loadedFamilies: readonly string[];
  onFirstUse: () => void;
  serviceError?: string;
  className?: string;
}) {
  const { value = '', onApply, loadedFamilies, onFirstUse, serviceError, className } = props;
  const id = 'ImageFamily';
  const listId = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const [known, setKnown] = useState<readonly string[]>([]);
  // When the view changes from elsewhere (Back, a chip removed), show the new value.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const all = familySuggestions(draft, loadedFamilies, known);
  const suggestions = open ? all : [];
  const apply = (family: string) => {
    setDraft(family);
    setOpen(false);
    setHighlight(-1);
    if (family.trim() !== value) onApply(family.trim() === '' ? undefined : family.trim());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => Math.min(Math.max(h + step, -1), all.length - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      apply(suggestions[highlight]?.family ?? draft);
    } else if (e.key === 'Escape') {
      if (open) {
        e.stopPropagation();
        setOpen(false);
      } else setDraft(value);
    }
  };
  const pending = draft.trim() !== value;
  const help = pending ? 'Not applied yet: press Enter or pick one.' : 'Exact name: pick one or press Enter.';
  const active = highlight >= 0 && suggestions[highlight] ? `${listId}-${highlight}` : undefined;
  return (
    <div className={`relative ${className ?? ''}`}>
      <label htmlFor={id} className={labelClass}>
        Family
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="acs:ubuntu_22_04_x64"
        aria-autocomplete="list"
        aria-expanded={open && suggestions.length > 0}
        aria-controls={listId}
        aria-activedescendant={active}
        aria-invalid={serviceError ? true : undefined}
        aria-describedby={describedBy(id, true, !!serviceError)}
        className={`${inputClass} mt-0.5`}
        value={draft}
        onFocus={() => {
          onFirstUse();
          void loadPublicFamilies().then(setKnown);
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          setOpen(true);
          setHighlight(-1);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p
        id={`${id}-help`}
        className={`mt-0.5 text-xs ${pending ? 'text-amber-800 dark:text-amber-300' : 'text-zinc-500 dark:text-zinc-400'}`}
      >
        {help}
      </p>
      <FieldError id={id} error={serviceError} />
      <ul
        id={listId}
        role="listbox"
        aria-label="Family suggestions"
        hidden={suggestions.length === 0}
        className="absolute top-14 left-0 z-30 max-h-72 w-[26rem] max-w-[calc(100vw-2rem)] overflow-auto rounded-md border border-zinc-300 bg-white py-1 text-sm shadow-lg dark:border-zinc-600 dark:bg-zinc-900"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.family}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === highlight}
            // Keep focus in the field: the click chooses, the field stays where typing happens.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => apply(s.family)}
            className="flex cursor-pointer items-baseline justify-between gap-2 px-2 py-1 aria-selected:bg-blue-100 hover:bg-zinc-100 dark:aria-selected:bg-blue-950 dark:hover:bg-zinc-800"
          >
            <span className="font-mono text-xs break-all">{s.family}</span>
            <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">
              {s.loaded ? 'in the list' : 'public family'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
