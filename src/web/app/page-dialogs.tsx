// The page's dialogs, each loaded when first opened: the phone's filter drawer, saved views,
// preferences and the list of shortcuts.

import { Suspense, type ReactNode } from 'react';
import { withColumns } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';
import { visibleColumnIds } from '../view-state/visible-columns';
import { FiltersDrawer, PreferencesDialog, SavedViewsDialog, ShortcutsDialog } from './lazy-panels';
import type { PreferencesState } from './use-preferences';

export type OpenDialog = 'views' | 'preferences' | 'shortcuts' | 'filters' | undefined;

export function PageDialogs(props: {
  dialog: OpenDialog;
  onClose: () => void;
  view: ViewState;
  navigate: Navigate;
  prefs: PreferencesState;
  /** The filters, for the phone's drawer. */
  filters: ReactNode;
}) {
  const { dialog, onClose, view, navigate, prefs, filters } = props;
  const { preferences } = prefs;
  return (
    <Suspense fallback={null}>
      {dialog === 'filters' && <FiltersDrawer onClose={onClose}>{filters}</FiltersDrawer>}
      {dialog === 'views' && <SavedViewsDialog view={view} navigate={navigate} onClose={onClose} />}
      {dialog === 'preferences' && (
        <PreferencesDialog
          preferences={preferences}
          shownColumns={visibleColumnIds({ ...view, columns: null }, null)}
          linkHasColumns={view.columns !== null}
          onSave={(changes) => prefs.save({ ...preferences, ...changes })}
          onReset={prefs.reset}
          onDropLinkColumns={() => navigate(withColumns(view, null))}
          onClose={onClose}
        />
      )}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={onClose} />}
    </Suspense>
  );
}
