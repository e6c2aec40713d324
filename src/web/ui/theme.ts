// Light and dark: the system's preference by default, or what the toggle chose (kept with the other
// preferences, view-state/preferences.ts). The `dark` class on <html> drives Tailwind's dark variant
// (styles.css).

export type ThemeMode = 'system' | 'light' | 'dark';
export const THEME_MODES: readonly ThemeMode[] = ['system', 'light', 'dark'];

export function isDark(mode: ThemeMode, systemPrefersDark: boolean): boolean {
  return mode === 'dark' || (mode === 'system' && systemPrefersDark);
}

export function nextThemeMode(mode: ThemeMode): ThemeMode {
  return THEME_MODES[(THEME_MODES.indexOf(mode) + 1) % THEME_MODES.length]!;
}

export const systemDarkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function applyTheme(mode: ThemeMode): void {
  document.documentElement.classList.toggle('dark', isDark(mode, systemDarkQuery().matches));
}
