// The page's view, read from and written to the address bar (view-url-store.ts).

import { useCallback, useSyncExternalStore } from 'react';
import { createViewUrlStore, type ViewUrlSnapshot } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';

const store = createViewUrlStore(window);

/** The view in the address bar now, outside React (prefetchView at start-up). */
export const currentView = (): ViewState => store.getSnapshot().view;

export type Navigate = (view: ViewState, mode?: 'push' | 'replace') => void;

export interface ViewUrl extends ViewUrlSnapshot {
  navigate: Navigate;
  dismissIgnored: () => void;
}

export function useViewUrl(): ViewUrl {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const navigate = useCallback<Navigate>((view, mode) => store.navigate(view, mode), []);
  return { ...snapshot, navigate, dismissIgnored: store.dismissIgnored };
}
