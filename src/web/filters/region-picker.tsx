import type { RegionOption } from '../images/session-queries';
import { MultiSelect } from '../ui/multi-select';
import { FanOutFooter, FanOutSummary } from './fan-out-parts';
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
      summary={<FanOutSummary chosen={selected} defaultValue={defaultRegionId} />}
      footer={
        <FanOutFooter
          several="Several regions: one request each, shown together with a Region column."
          resetLabel="Use the default region"
          chosen={selected.length > 0}
          onReset={() => navigate(withRegions(view, []))}
        />
      }
    />
  );
}
