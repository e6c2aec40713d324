import type { Navigate } from '../view-state/view-url-store';
import { IMAGE_COLUMNS, type ImageColumnId } from '../columns/image-columns';
import { linkClass } from '../ui/button';
import { MultiSelect, Pill } from '../ui/multi-select';
import { withColumns } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import { toggleColumn } from '../view-state/visible-columns';

const OPTIONS = IMAGE_COLUMNS.map((c) => ({
  value: c.id,
  label: c.label,
  detail: c.label === c.id ? undefined : c.id,
}));

/** Which columns show, kept in the link (`cols`). */
export function ColumnChooser(props: {
  view: ViewState;
  navigate: Navigate;
  visible: readonly ImageColumnId[];
}) {
  const { view, navigate, visible } = props;
  return (
    <MultiSelect
      id="columns"
      label="Columns"
      align="end"
      className="w-40"
      options={OPTIONS}
      selected={visible}
      searchLabel="Search columns"
      onToggle={(id) => navigate(withColumns(view, toggleColumn(visible, id as ImageColumnId)))}
      summary={<Pill tone="muted">{visible.length} shown</Pill>}
      footer={
        view.columns && (
          <button
            type="button"
            className={`${linkClass} text-xs`}
            onClick={() => navigate(withColumns(view, null))}
          >
            Back to the default columns
          </button>
        )
      }
    />
  );
}
