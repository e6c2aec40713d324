import type { ReactNode } from 'react';

export const inputClass =
  'h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-900 placeholder:text-zinc-400 ' +
  'aria-invalid:border-red-600 aria-invalid:bg-red-50 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 ' +
  'dark:aria-invalid:border-red-400 dark:aria-invalid:bg-red-950 disabled:opacity-50';

export const labelClass = 'block text-xs font-medium text-zinc-600 dark:text-zinc-400';

/** The ids a control points its aria-describedby at: help text and the error message, if shown. */
export function describedBy(id: string, help: boolean, error: boolean): string | undefined {
  const ids = [help && `${id}-help`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A visible label above a control, with optional help and error text tied to it. */
export function Field(props: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  const { id, label, help, error, className, children } = props;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <div className="mt-0.5">{children}</div>
      {help && (
        <p id={`${id}-help`} className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
          {help}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-0.5 text-xs text-red-700 dark:text-red-300">
      {error}
    </p>
  );
}
