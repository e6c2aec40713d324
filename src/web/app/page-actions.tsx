import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { buttonClass } from '../ui/button';

/** Reload: every page again, from the service (the proxy's cache is skipped too). */
export function ReloadButton({ busy }: { busy: boolean }) {
  const client = useQueryClient();
  return (
    <button
      type="button"
      className={buttonClass}
      title="Load every page again from the service"
      onClick={() => void client.invalidateQueries({ queryKey: ['DescribeImages'] })}
    >
      <span aria-hidden="true" className={busy ? 'animate-spin' : ''}>
        ↻
      </span>
      Reload
    </button>
  );
}

/** Copies the address: the link opens this exact view for anyone. */
export function CopyLinkButton() {
  const [message, setMessage] = useState('');
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        className={buttonClass}
        onClick={() =>
          navigator.clipboard.writeText(location.href).then(
            () => setMessage('Link copied.'),
            () => setMessage('Copying is blocked here; copy the address bar instead.'),
          )
        }
      >
        Copy link
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {message}
      </span>
    </span>
  );
}
