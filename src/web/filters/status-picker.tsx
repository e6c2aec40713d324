import { ALL_STATUSES, DEFAULT_STATUS, IMAGE_STATUSES, scalarParam } from '../../ecs/describe-images-params';
import type { Navigate } from '../view-state/view-url-store';
import { MultiSelect, Pill } from '../ui/multi-select';
import { effectiveStatuses, toggleStatus } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';

const OPTIONS = [
  ...IMAGE_STATUSES.map((s) => ({
    value: s,
    label: s,
    detail: s === DEFAULT_STATUS ? 'API default' : undefined,
  })),
  { value: ALL_STATUSES, label: 'ALL', detail: 'every status' },
];

export function StatusPicker({
  view,
  navigate,
  error,
}: {
  view: ViewState;
  navigate: Navigate;
  error?: string;
}) {
  const statuses = effectiveStatuses(view);
  const isDefault = view.filters.Status === undefined;
  return (
    <MultiSelect
      id="Status"
      label="Status"
      className="w-48"
      options={OPTIONS}
      selected={statuses}
      onToggle={(s) => navigate(toggleStatus(view, s))}
      error={error}
      summary={
        <>
          {statuses.slice(0, 2).map((s) => (
            <Pill key={s}>{s}</Pill>
          ))}
          {statuses.length > 2 && <Pill>+{statuses.length - 2}</Pill>}
          {isDefault && <Pill tone="muted">default</Pill>}
        </>
      }
      footer={<p className="text-xs text-zinc-500 dark:text-zinc-400">{scalarParam('Status').help}</p>}
    />
  );
}
