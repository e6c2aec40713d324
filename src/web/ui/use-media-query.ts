import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (change) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', change);
      return () => list.removeEventListener('change', change);
    },
    () => window.matchMedia(query).matches,
  );
}

/** The phone layout: filters in a drawer, rows as a list, the detail full-screen. */
export const PHONE_QUERY = '(max-width: 639px)';
