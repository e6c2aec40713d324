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
      // As aria-pressed variants, so they outrank the button's own border and background.
      className={`${buttonClass} aria-pressed:border-blue-500 aria-pressed:bg-blue-50 aria-pressed:text-blue-900 dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-950 dark:aria-pressed:text-blue-100`}
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
