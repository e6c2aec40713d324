// The page's two screens of the same regions, as links: the image list and the audit.

import type { MouseEvent } from 'react';
import { viewQueryString } from '../view-state/url-codec';
import { withScreen } from '../view-state/view-edits';
import type { Screen } from '../view-state/view-state';
import { useViewUrl } from './use-view-url';

const SCREENS: readonly [Screen, string][] = [
  ['list', 'Images'],
  ['audit', 'Audit'],
];

export function ScreenTabs() {
  const { view, navigate } = useViewUrl();
  return (
    <nav aria-label="Screens" className="flex gap-1 text-sm">
      {SCREENS.map(([screen, label]) => {
        const target = withScreen(view, screen);
        const current = view.screen === screen;
        return (
          <a
            key={screen}
            href={`?${viewQueryString(target)}`}
            aria-current={current ? 'page' : undefined}
            className={`rounded px-2 py-0.5 ${current ? 'bg-zinc-200 font-semibold dark:bg-zinc-800' : 'text-blue-700 hover:bg-zinc-100 dark:text-blue-300 dark:hover:bg-zinc-900'}`}
            onClick={(e: MouseEvent) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              navigate(target);
            }}
          >
            {label}
          </a>
        );
      })}
    </nav>
  );
}
