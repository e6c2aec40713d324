import type { RegionOption } from '../images/session-queries';
import { MultiSelect, Pill } from '../ui/multi-select';
import { shownRegions, toggleRegion, withRegions } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';

export function RegionPicker(props: {
  view: ViewState;
  navigate: Navigate;
  regions: readonly RegionOption[];
  defaultRegionId: string;
  error?: string;
}) {
  const { view, navigate, regions, defaultRegionId, error } = props;
  const selected = view.regions;
  // The default region is shown as chosen when the link names none; ticking another adds it.
  const shown = shownRegions(view, defaultRegionId);
  // A region in the link that DescribeRegions does not list is still offered, so it can be removed.
  const known = new Set(regions.map((r) => r.id));
  const options = [...regions, ...shown.filter((id) => !known.has(id)).map((id) => ({ id, name: '' }))].map(
    (r) => ({ value: r.id, label: r.id, detail: r.name }),
  );
  const toggle = (id: string) => navigate(toggleRegion(view, id, defaultRegionId));

  return (
    <MultiSelect
      id="RegionId"
      label="Region"
      className="w-48"
      options={options}
      selected={shown}
      onToggle={toggle}
      searchLabel="Search regions"
      error={error}
      summary={
        selected.length === 0 ? (
          <Pill tone="muted">{defaultRegionId} (default)</Pill>
        ) : (
          <>
            <Pill>{selected[0]}</Pill>
            {selected.length > 1 && <Pill>+{selected.length - 1}</Pill>}
          </>
        )
      }
      footer={
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Several regions: one request each, shown together with a Region column.{' '}
          {selected.length > 0 && (
            <button
              type="button"
              className="text-blue-700 underline dark:text-blue-300"
              onClick={() => navigate(withRegions(view, []))}
            >
              Use the default region
            </button>
          )}
        </p>
      }
    />
  );
}
