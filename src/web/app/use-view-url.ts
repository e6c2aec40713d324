// The page's view, read from and written to the address bar (view-url-store.ts).

import { useSyncExternalStore } from 'react';
import { createViewUrlStore, type Navigate, type ViewUrlSnapshot } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';

const store = createViewUrlStore(window);

/** The view in the address bar now, outside React (prefetchView at start-up). */
export const currentView = (): ViewState => store.getSnapshot().view;

export interface ViewUrl extends ViewUrlSnapshot {
  navigate: Navigate;
  dismissIgnored: () => void;
}

export function useViewUrl(): ViewUrl {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snapshot, navigate: store.navigate, dismissIgnored: store.dismissIgnored };
}
