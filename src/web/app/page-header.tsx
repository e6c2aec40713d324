import { useSession } from '../images/session-queries';
import { SessionBanner, SignedInAs } from '../status/session-banner';
import { ThemeToggle, useAppliedTheme } from '../ui/theme-toggle';
import { ScreenTabs } from './screen-tabs';
import { usePreferences } from './use-preferences';

/** The header of every screen; the theme is a preference, so it follows the person to the audit. */
export function PageHeader() {
  const session = useSession();
  const { preferences, save } = usePreferences();
  useAppliedTheme(preferences.theme);
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
      <h1 className="text-base font-semibold">ECS Image Browser</h1>
      <ScreenTabs />
      <SessionBanner session={session.data} error={session.error} />
      <div className="ml-auto flex items-center gap-3">
        {session.data?.user && <SignedInAs user={session.data.user} />}
        <ThemeToggle mode={preferences.theme} onChange={(theme) => save({ ...preferences, theme })} />
      </div>
    </header>
  );
}
