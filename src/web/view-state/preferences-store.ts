// The preferences in localStorage, as a small store the page subscribes to. Another tab's change
// arrives through the `storage` event. Storage may be refused (private windows, policies): the
// preferences then last for this page only.

import { readPreferences, writePreferences, type Preferences, type ReadPreferences } from './preferences';

export const PREFERENCES_KEY = 'ecs-image-browser.preferences';

/** The parts of `window` the store uses, so tests can give it a fake. */
export interface PreferencesHost {
  localStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  addEventListener(type: 'storage', listener: (e: { key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (e: { key: string | null }) => void): void;
}

export interface PreferencesStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ReadPreferences;
  save(preferences: Preferences): void;
  /** Back to the defaults: nothing stored. */
  reset(): void;
  dismissProblems(): void;
}

export function createPreferencesStore(host: PreferencesHost): PreferencesStore {
  const listeners = new Set<() => void>();
  const read = (): ReadPreferences => {
    try {
      return readPreferences(host.localStorage.getItem(PREFERENCES_KEY));
    } catch {
      return readPreferences(null);
    }
  };
  let snapshot = read();
  const emit = () => listeners.forEach((l) => l());
  const onStorage = (e: { key: string | null }) => {
    if (e.key !== PREFERENCES_KEY && e.key !== null) return;
    snapshot = read();
    emit();
  };
  const write = (change: () => void, preferences: Preferences) => {
    try {
      change();
    } catch {
      // Refused: kept for this page only.
    }
    snapshot = { preferences, problems: [] };
    emit();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) host.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) host.removeEventListener('storage', onStorage);
      };
    },
    getSnapshot: () => snapshot,
    save(preferences) {
      write(() => host.localStorage.setItem(PREFERENCES_KEY, writePreferences(preferences)), preferences);
    },
    reset() {
      write(() => host.localStorage.removeItem(PREFERENCES_KEY), readPreferences(null).preferences);
    },
    dismissProblems() {
      if (snapshot.problems.length === 0) return;
      snapshot = { ...snapshot, problems: [] };
      emit();
    },
  };
}
