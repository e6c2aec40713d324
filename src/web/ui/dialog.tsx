import { useEffect, useId, useRef, type ReactNode } from 'react';
import { smallButtonClass } from './button';

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside, Escape closes it,
 * and focus goes back where it was. Mount it to open it; `onClose` unmounts it. `side` makes it a
 * drawer from the left edge (the phone's filters).
 */
export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  side?: boolean;
  className?: string;
}) {
  const { title, onClose, children, side, className } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${
        side
          ? 'm-0 h-full max-h-none w-[min(100%,24rem)] max-w-none'
          : 'm-auto max-h-[90vh] w-[min(100%-2rem,40rem)] rounded-lg'
      } flex-col overflow-hidden border border-zinc-300 bg-white p-0 text-zinc-900 shadow-xl open:flex backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 ${className ?? ''}`}
    >
      <div className="flex items-center gap-2 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button type="button" className={`${smallButtonClass} ml-auto`} onClick={onClose}>
          Close
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-auto p-4">{children}</div>
    </dialog>
  );
}
