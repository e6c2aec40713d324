import { IMAGE_COLUMNS, type ImageColumnId } from '../columns/image-columns';
import { inputClass, labelClass } from '../ui/field';
import type { SortSpec } from '../view-state/view-state';

const OPTIONS = IMAGE_COLUMNS.flatMap((c) => [
  {
    value: `${c.id}.${c.sortDescFirst ? 'desc' : 'asc'}`,
    label: `${c.label}${c.sortDescFirst ? ', largest or newest first' : ', A to Z'}`,
  },
  {
    value: `${c.id}.${c.sortDescFirst ? 'asc' : 'desc'}`,
    label: `${c.label}${c.sortDescFirst ? ', smallest or oldest first' : ', Z to A'}`,
  },
]);

/** The sort as one choice, where the list has no column headers (a phone). */
export default function SortSelect(props: {
  sort: readonly SortSpec[];
  onSort: (sort: SortSpec[]) => void;
  className?: string;
}) {
  const { sort, onSort, className } = props;
  const first = sort[0];
  const value = first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : '';
  return (
    <div className={className}>
      <label htmlFor="sort-select" className={labelClass}>
        Sort (client-side)
      </label>
      <select
        id="sort-select"
        className={`${inputClass} mt-0.5`}
        value={value}
        onChange={(e) => {
          const [id, direction] = e.target.value.split('.');
          onSort(id ? [{ id: id as ImageColumnId, desc: direction === 'desc' }] : []);
        }}
      >
        <option value="">Default order</option>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
