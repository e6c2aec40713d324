// A button that opens a small list of actions beneath it (a disclosure, not an ARIA menu: its items
// are ordinary buttons in the Tab order). Choosing an item, Escape or a click elsewhere closes it.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { buttonClass } from '../ui/button';

export function Popover(props: { label: string; disabled?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={buttonClass}
        aria-expanded={open}
        aria-controls={id}
        disabled={props.disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {props.label}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          id={id}
          className="absolute top-full right-0 z-30 mt-1 w-64 rounded-md border border-zinc-300 bg-white p-1 shadow-lg dark:border-zinc-600 dark:bg-zinc-900"
          // An item's own click runs first, then the list closes.
          onClick={close}
        >
          {props.children}
        </ul>
      )}
    </div>
  );
}
