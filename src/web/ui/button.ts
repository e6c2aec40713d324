// Button looks shared by the toolbar and panels.
export const buttonClass =
  'inline-flex h-8 items-center gap-1 rounded-md border border-zinc-300 bg-white px-2.5 text-sm font-medium text-zinc-800 ' +
  'hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** The one button that confirms a dialog. */
export const primaryButtonClass =
  'inline-flex h-8 items-center gap-1 rounded-md border border-blue-700 bg-blue-700 px-2.5 text-sm font-medium text-white ' +
  'hover:bg-blue-800 dark:border-blue-300 dark:bg-blue-300 dark:text-zinc-950 dark:hover:bg-blue-200';

export const smallButtonClass =
  'inline-flex items-center rounded border border-zinc-300 px-1.5 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 ' +
  'dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800';

export const linkClass =
  'text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200';
