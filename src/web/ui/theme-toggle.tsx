import { useEffect } from 'react';
import { applyTheme, nextThemeMode, systemDarkQuery, type ThemeMode } from './theme';

const LABELS: Record<ThemeMode, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
};
const ICONS: Record<ThemeMode, string> = { system: '◐', light: '☀', dark: '☾' };

/** Applies the theme and follows the system while the mode is `system`. */
export function useAppliedTheme(mode: ThemeMode): void {
  useEffect(() => {
    applyTheme(mode);
    if (mode !== 'system') return;
    const query = systemDarkQuery();
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [mode]);
}

export function ThemeToggle({ mode, onChange }: { mode: ThemeMode; onChange: (mode: ThemeMode) => void }) {
  const next = nextThemeMode(mode);
  return (
    <button
      type="button"
      className="rounded-md border border-zinc-300 px-2 py-1 text-xs text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`${LABELS[mode]}; switch to ${LABELS[next].toLowerCase()}`}
      title={`Switch to ${LABELS[next].toLowerCase()}`}
      onClick={() => onChange(next)}
    >
      <span aria-hidden="true">{ICONS[mode]}</span> {LABELS[mode].replace(' theme', '')}
    </button>
  );
}
