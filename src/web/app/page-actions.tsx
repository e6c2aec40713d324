import { useQueryClient } from '@tanstack/react-query';
import { imageKeys } from '../images/query-keys';
import { buttonClass } from '../ui/button';
import { CopyButton } from '../ui/copy-button';

/** Reload: every page again, from the service (the proxy's cache is skipped too). */
export function ReloadButton({ busy }: { busy: boolean }) {
  const client = useQueryClient();
  return (
    <button
      type="button"
      className={buttonClass}
      title="Load every page again from the service"
      onClick={() => void client.invalidateQueries({ queryKey: imageKeys.lists() })}
    >
      {/* inline-block: a transform needs a box, and a transform animation runs off the main thread. */}
      <span aria-hidden="true" className={`inline-block ${busy ? 'motion-safe:animate-spin' : ''}`}>
        ↻
      </span>
      Reload
    </button>
  );
}

/** Copies the address: the link opens this exact view for anyone. */
export function CopyLinkButton() {
  return (
    <span className="relative">
      <CopyButton
        label="Copy link"
        text={() => location.href}
        copied="Link copied."
        blocked="Copying is blocked here; copy the address bar instead."
        className={buttonClass}
        statusClassName="absolute top-full right-0 z-20 mt-1 whitespace-nowrap rounded bg-zinc-800 px-2 text-xs text-white empty:hidden dark:bg-zinc-200 dark:text-zinc-900"
      />
    </span>
  );
}
