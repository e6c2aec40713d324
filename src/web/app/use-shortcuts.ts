import { useEffect, useEffectEvent } from 'react';

/** Keys typed into these are text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type)
  );
}

/** The page's own keys: `/` to search, `?` for the list of shortcuts (the grid has its own). */
export function usePageShortcuts(actions: { search: () => void; shortcuts: () => void }): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    if (e.key === '/') {
      e.preventDefault();
      actions.search();
    } else if (e.key === '?') {
      e.preventDefault();
      actions.shortcuts();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
