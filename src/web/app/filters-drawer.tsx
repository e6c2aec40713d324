// The phone's filters: the filter bar and "More filters" in a drawer from the left edge, so the
// list starts at the top of the screen. Loaded when first opened.

import type { ReactNode } from 'react';
import { Dialog } from '../ui/dialog';

export default function FiltersDrawer({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <Dialog title="Filters" side onClose={onClose}>
      <div className="flex flex-col gap-3">
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Sent to DescribeImages with every request.</p>
        {children}
      </div>
    </Dialog>
  );
}
