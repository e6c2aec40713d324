// The URL is the state: a tiny store over the History API. Reading parses the address with the
// codec; changing the view pushes (or replaces) a history entry; Back and Forward come in through
// `popstate`. What a link held that could not be used is kept as a notice until dismissed.

import { replaceEqualDeep } from '@tanstack/react-query';
import { parseViewQueryString, viewQueryString, type IgnoredUrlPart } from './url-codec';
import type { ViewState } from './view-state';

export interface ViewUrlSnapshot {
  view: ViewState;
  /** Parts of the last opened link (page load, Back/Forward) that were dropped, with reasons. */
  ignored: readonly IgnoredUrlPart[];
}

/** The parts of `window` the store uses, so tests can give it a fake. */
export interface BrowserLocation {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Shows a view: `push` makes a history entry (Back returns), `replace` does not. */
export type Navigate = (view: ViewState, mode?: 'push' | 'replace') => void;

export interface ViewUrlStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ViewUrlSnapshot;
  navigate: Navigate;
  dismissIgnored(): void;
  /** The address of a view, for links. */
  hrefOf(view: ViewState): string;
}

export function createViewUrlStore(browser: BrowserLocation): ViewUrlStore {
  const listeners = new Set<() => void>();
  const hrefOf = (view: ViewState) => {
    const query = viewQueryString(view);
    return `${browser.location.pathname}${query ? `?${query}` : ''}`;
  };

  // Opening a link: parse it, drop what is not allowed, and put the canonical form in the address
  // bar so what people copy is what they see.
  const open = (): ViewUrlSnapshot => {
    const { state, ignored } = parseViewQueryString(browser.location.search);
    const canonical = viewQueryString(state);
    if (canonical !== browser.location.search.replace(/^\?/, ''))
      browser.history.replaceState(null, '', hrefOf(state) + browser.location.hash);
    return { view: state, ignored };
  };

  let snapshot = open();
  /**
   * The next view keeps the identity of every part that did not change (react-query's structural
   * sharing), so what is derived from a part — the planned requests from the filters, the sorted
   * rows from the sort — is derived again only when that part changes.
   */
  const share = (view: ViewState): ViewState => replaceEqualDeep(snapshot.view, view);
  const emit = () => listeners.forEach((l) => l());
  const onPopState = () => {
    const opened = open();
    snapshot = { ...opened, view: share(opened.view) };
    emit();
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) browser.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) browser.removeEventListener('popstate', onPopState);
      };
    },
    getSnapshot: () => snapshot,
    navigate(view, mode = 'push') {
      // Through the codec and back, so the state held is exactly what the link says.
      const href = hrefOf(view);
      if (href === hrefOf(snapshot.view)) return;
      const state = parseViewQueryString(viewQueryString(view)).state;
      if (mode === 'push') browser.history.pushState(null, '', href);
      else browser.history.replaceState(null, '', href);
      snapshot = { view: share(state), ignored: snapshot.ignored };
      emit();
    },
    dismissIgnored() {
      if (snapshot.ignored.length === 0) return;
      snapshot = { ...snapshot, ignored: [] };
      emit();
    },
    hrefOf,
  };
}
