import { useSession } from '../images/session-queries';
import { SessionBanner } from '../status/session-banner';
import type { ThemeMode } from '../ui/theme';
import { ThemeToggle } from '../ui/theme-toggle';

export function PageHeader({ theme, onTheme }: { theme: ThemeMode; onTheme: (mode: ThemeMode) => void }) {
  const session = useSession();
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
      <h1 className="text-base font-semibold">ECS Image Browser</h1>
      <SessionBanner session={session.data} error={session.error} />
      <div className="ml-auto">
        <ThemeToggle mode={theme} onChange={onTheme} />
      </div>
    </header>
  );
}
