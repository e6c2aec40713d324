// The person's preferences, read from and written to localStorage (preferences-store.ts).

import { useSyncExternalStore } from 'react';
import { createPreferencesStore } from '../view-state/preferences-store';
import type { Preferences } from '../view-state/preferences';

const store = createPreferencesStore(window);

/** The preferences now, outside React (the theme before the first render). */
export const currentPreferences = (): Preferences => store.getSnapshot().preferences;

export interface PreferencesState {
  preferences: Preferences;
  /** What was stored but could not be used, until dismissed. */
  problems: readonly string[];
  save: (preferences: Preferences) => void;
  reset: () => void;
  dismissProblems: () => void;
}

export function usePreferences(): PreferencesState {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snapshot, save: store.save, reset: store.reset, dismissProblems: store.dismissProblems };
}
