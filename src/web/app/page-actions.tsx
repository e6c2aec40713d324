import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 3000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <span className="relative">
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
      <span
        role="status"
        className="absolute top-full right-0 z-20 mt-1 whitespace-nowrap rounded bg-zinc-800 px-2 text-xs text-white empty:hidden dark:bg-zinc-200 dark:text-zinc-900"
      >
        {message}
      </span>
    </span>
  );
}
