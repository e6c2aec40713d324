// Every DescribeImages parameter that is not in the filter bar, as controls built from the API
// model (src/ecs): labels, help, allowed values and checks all come from there. Loaded lazily.

import {
  NETWORK_TYPES,
  ONLINE_RESIZE_FILTER_KEYS,
  ONLINE_RESIZE_VALUES,
  scalarParam,
  type FilterKey,
  type ScalarParamName,
} from '../../ecs/describe-images-params';
import type { Navigate } from '../view-state/view-url-store';
import { describedBy, Field, inputClass } from '../ui/field';
import { imageFilterValue, withFilter, withImageFilter } from '../view-state/view-edits';
import type { SharedFilterName, ViewState } from '../view-state/view-state';
import { CreationTimeRange } from './creation-time-range';
import { FILTER_KEY_LABELS } from './filter-labels';
import { ScalarFilterField } from './scalar-filter-field';
import { TagFilterEditor } from './tag-filter-editor';

const GROUPS: { title: string; params: ScalarParamName[] }[] = [
  { title: 'Identity', params: ['ImageId', 'SnapshotId', 'ResourceGroupId', 'ImageOwnerId'] },
  {
    title: 'Compatibility',
    params: [
      'InstanceType',
      'OSType',
      'Architecture',
      'Usage',
      'Usable',
      'ActionType',
      'IsSupportIoOptimized',
      'IsSupportCloudinit',
    ],
  },
  { title: 'Visibility', params: ['IsPublic', 'ShowExpired'] },
];

/** Parameters the service takes only with ImageOwnerAlias=others (docs/ecs-api-notes.md §1). */
const NEEDS_OTHERS: ReadonlySet<string> = new Set(['IsPublic', 'ImageOwnerId']);

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-x-3 gap-y-2">{children}</div>
    </fieldset>
  );
}

function FilterKeySelect(props: {
  filterKey: FilterKey;
  values: readonly string[];
  view: ViewState;
  navigate: Navigate;
  error?: string;
}) {
  const { filterKey, values, view, navigate, error } = props;
  const id = `Filter.${filterKey}`;
  return (
    <Field id={id} label={FILTER_KEY_LABELS[filterKey]} error={error}>
      <select
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, !!error)}
        value={imageFilterValue(view, filterKey) ?? ''}
        onChange={(e) => navigate(withImageFilter(view, filterKey, e.target.value || undefined))}
      >
        <option value="">Any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </Field>
  );
}

export default function MoreFiltersPanel(props: {
  view: ViewState;
  navigate: Navigate;
  errors: ReadonlyMap<string, string>;
}) {
  const { view, navigate, errors } = props;
  const hasOthers = view.owners.includes('others');
  return (
    <div className="flex flex-col gap-4">
      {GROUPS.map((group) => (
        <Group key={group.title} title={group.title}>
          {group.params.map((name) => {
            const spec = scalarParam(name);
            const filterName = name as SharedFilterName;
            return (
              <ScalarFilterField
                key={name}
                spec={spec}
                value={view.filters[filterName]}
                onChange={(value) => navigate(withFilter(view, filterName, value as never))}
                serviceError={errors.get(name)}
                disabledReason={
                  NEEDS_OTHERS.has(name) && !hasOthers ? 'Needs owner Shared or Community.' : undefined
                }
              />
            );
          })}
        </Group>
      ))}
      <Group title="Creation time (UTC)">
        <CreationTimeRange view={view} navigate={navigate} errors={errors} />
      </Group>
      <Group title="Network and online resizing">
        <FilterKeySelect
          filterKey="NetworkType"
          values={NETWORK_TYPES}
          view={view}
          navigate={navigate}
          error={errors.get('Filter.NetworkType')}
        />
        {ONLINE_RESIZE_FILTER_KEYS.map((key) => (
          <FilterKeySelect
            key={key}
            filterKey={key}
            values={ONLINE_RESIZE_VALUES}
            view={view}
            navigate={navigate}
            error={errors.get(`Filter.${key}`)}
          />
        ))}
      </Group>
      <TagFilterEditor view={view} navigate={navigate} errors={errors} />
    </div>
  );
}
