import { useState } from 'react';
import { buttonClass } from '../ui/button';
import type { ViewState } from '../view-state/view-state';
import { isMoreFiltersControl, moreFilterCount } from './filter-chips';

/**
 * Whether "More filters" is open, and a toggle. It opens by itself when the service refuses one of
 * its controls, once per new set of refused controls.
 */
export function useMoreFiltersOpen(errors: ReadonlyMap<string, string>): [boolean, () => void] {
  const [open, setOpen] = useState(false);
  const panelErrors = [...errors.keys()].filter(isMoreFiltersControl).join(',');
  const [seenPanelErrors, setSeenPanelErrors] = useState('');
  if (panelErrors !== seenPanelErrors) {
    setSeenPanelErrors(panelErrors);
    if (panelErrors) setOpen(true);
  }
  return [open, () => setOpen((o) => !o)];
}

/** The button that shows and hides "More filters", with how many of its filters are set. */
export function MoreFiltersButton(props: { view: ViewState; open: boolean; onToggle: () => void }) {
  const count = moreFilterCount(props.view);
  return (
    <button
      type="button"
      className={buttonClass}
      aria-expanded={props.open}
      aria-controls="more-filters"
      onClick={props.onToggle}
    >
      More filters
      {count > 0 && <span className="rounded-full bg-blue-600 px-1.5 text-xs text-white">{count}</span>}
      <span aria-hidden="true">{props.open ? '▴' : '▾'}</span>
    </button>
  );
}
