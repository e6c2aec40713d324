import type { IgnoredUrlPart } from '../view-state/url-codec';
import { smallButtonClass } from '../ui/button';

/** What an opened link held that could not be used, and why; dismissible. */
export function IgnoredNotice({
  ignored,
  onDismiss,
}: {
  ignored: readonly IgnoredUrlPart[];
  onDismiss: () => void;
}) {
  if (ignored.length === 0) return null;
  return (
    <section
      aria-labelledby="ignored-heading"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 id="ignored-heading" className="text-sm font-semibold">
            Parts of this link were ignored
          </h2>
          <ul className="mt-0.5 list-disc pl-5 text-xs">
            {ignored.map((part, i) => (
              <li key={i}>
                <code className="font-mono">
                  {part.name}={part.value}
                </code>{' '}
                {part.reason}
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className={smallButtonClass} onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
