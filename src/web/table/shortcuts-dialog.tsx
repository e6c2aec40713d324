// The keyboard shortcuts, listed when someone presses `?`. Loaded when opened.

import { Dialog } from '../ui/dialog';

const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['/', 'Search the loaded rows'],
  ['?', 'This list'],
  ['Tab', 'Into the grid, and on out of it: the grid is one stop'],
  ['← → ↑ ↓', 'Between cells, and the buttons in them (tag chips)'],
  ['j  k', 'Next and previous row'],
  ['Home  End', 'First and last cell of the row; with Ctrl, of the column'],
  ['Page Up  Page Down', 'A screen of rows'],
  ['Enter', 'Open the image (on a button: press it)'],
  ['c', 'Copy the image ID of the row'],
  ['Escape', 'Close the image, a list or a dialog'],
  ['Alt + ← →', 'On a column header: narrower, wider'],
  ['Alt + Shift + ← →', 'On a column header: move the column'],
];

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt className="font-mono text-xs whitespace-nowrap">
              {keys.split('  ').map((k) => (
                <kbd
                  key={k}
                  className="mr-1 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 dark:border-zinc-600 dark:bg-zinc-800"
                >
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
