import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { labelClass } from './field';

export interface SelectOption {
  value: string;
  label: string;
  /** Shown after the label, dimmed (e.g. a region's name). */
  detail?: string;
}

/**
 * A labelled button that opens a list of checkboxes, with an optional search box. Plain native
 * controls inside, so Tab, Space and Escape work as people expect; Escape or leaving the popover
 * closes it.
 */
export function MultiSelect(props: {
  id: string;
  label: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** What the button shows. */
  summary: ReactNode;
  searchLabel?: string;
  error?: string;
  footer?: ReactNode;
  className?: string;
  /** Which edge of the button the list lines up with; `end` for controls at the right of the page. */
  align?: 'start' | 'end';
}) {
  const { id, label, options, selected, onToggle, summary, searchLabel, error, footer, className, align } =
    props;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const terms = search.trim().toLowerCase();
  const shown = terms
    ? options.filter((o) => `${o.value} ${o.label} ${o.detail ?? ''}`.toLowerCase().includes(terms))
    : options;

  return (
    <div
      ref={rootRef}
      className={`relative ${className ?? ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (open && !rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <span id={`${id}-label`} className={labelClass}>
        {label}
      </span>
      <button
        ref={buttonRef}
        id={id}
        type="button"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-labelledby={`${id}-label ${id}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onClick={() => setOpen((o) => !o)}
        className="mt-0.5 flex h-8 w-full min-w-0 items-center gap-1 rounded-md border border-zinc-300 bg-white px-2 text-left text-sm hover:border-zinc-400 aria-invalid:border-red-600 dark:border-zinc-600 dark:bg-zinc-900 dark:hover:border-zinc-500 dark:aria-invalid:border-red-400"
      >
        <span className="flex min-w-0 flex-1 items-center gap-1 overflow-hidden">{summary}</span>
        <span aria-hidden="true" className="text-zinc-400">
          ▾
        </span>
      </button>
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      {open && (
        <div
          id={popoverId}
          role="group"
          aria-labelledby={`${id}-label`}
          className={`absolute ${align === 'end' ? 'right-0' : 'left-0'} z-30 mt-1 w-72 rounded-md border border-zinc-300 bg-white p-2 shadow-lg dark:border-zinc-600 dark:bg-zinc-900`}
        >
          {searchLabel && (
            <input
              type="search"
              // Opening the list is asking to pick from it: start in its search box.
              autoFocus
              aria-label={searchLabel}
              placeholder={searchLabel}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="mb-2 h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-600 dark:bg-zinc-950"
            />
          )}
          <ul className="max-h-72 overflow-auto">
            {shown.map((o) => (
              <li key={o.value}>
                <label className="flex cursor-pointer items-baseline gap-2 rounded px-1 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                  <input
                    type="checkbox"
                    className="translate-y-0.5 accent-blue-600"
                    checked={selected.includes(o.value)}
                    onChange={() => onToggle(o.value)}
                  />
                  <span>{o.label}</span>
                  {o.detail && (
                    <span className="truncate text-xs text-zinc-500 dark:text-zinc-400">{o.detail}</span>
                  )}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="px-1 py-1 text-zinc-500">Nothing matches “{search}”.</li>}
          </ul>
          {footer && <div className="mt-2 border-t border-zinc-200 pt-2 dark:border-zinc-700">{footer}</div>}
        </div>
      )}
    </div>
  );
}

/** A small pill for selected values in a summary. */
export function Pill({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'muted' }) {
  return (
    <span
      className={
        tone === 'muted'
          ? 'truncate text-zinc-500 dark:text-zinc-400'
          : 'truncate rounded bg-zinc-100 px-1.5 py-px text-xs font-medium text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200'
      }
    >
      {children}
    </span>
  );
}
