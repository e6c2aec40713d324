import { buttonClass } from '../ui/button';
import { formatCount } from '../ui/format';
import { withGroup } from '../view-state/view-edits';
import type { Navigate } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';

/** Switches the family view (`group=family` in the link): one line per family × region. */
export function FamilyViewToggle(props: {
  view: ViewState;
  navigate: Navigate;
  /** Families shown in the family view. */
  familyCount: number | undefined;
}) {
  const { view, navigate, familyCount } = props;
  const on = view.group === 'family';
  return (
    <button
      type="button"
      className={`${buttonClass} ${on ? 'border-blue-500 bg-blue-50 text-blue-900 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-100' : ''}`}
      aria-pressed={on}
      title="One line per image family and region: the image it resolves to, older versions folded beneath"
      onClick={() => navigate(withGroup(view, on ? null : 'family'))}
    >
      Family view
      {on && familyCount !== undefined && (
        <span className="text-xs font-normal">
          ({formatCount(familyCount)} {familyCount === 1 ? 'family' : 'families'})
        </span>
      )}
    </button>
  );
}
