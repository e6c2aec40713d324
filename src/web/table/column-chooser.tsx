import { IMAGE_COLUMNS, type ImageColumnId } from '../columns/image-columns';
import { linkClass } from '../ui/button';
import { MultiSelect, Pill } from '../ui/multi-select';
import { toggleColumn } from '../view-state/visible-columns';

const OPTIONS = IMAGE_COLUMNS.map((c) => ({
  value: c.id,
  label: c.label,
  detail: c.label === c.id ? undefined : c.id,
}));

/** Where the columns shown come from: the link (`cols`), the person's preference, or the defaults. */
export type ColumnSource = 'link' | 'preference' | 'default';

const SOURCE_TEXT: Record<ColumnSource, string> = {
  link: 'This link sets its columns (cols=); changes stay in the link.',
  preference: 'Your columns, kept in this browser for every view whose link sets none.',
  default: 'The default columns. Changes are kept in this browser.',
};

/**
 * Which columns show. Changes go where the columns came from: a link that sets `cols` keeps them,
 * otherwise they become the person's preferred columns (docs/ARCHITECTURE.md "The shareable URL").
 */
export function ColumnChooser(props: {
  visible: readonly ImageColumnId[];
  source: ColumnSource;
  /** The new column set; null: the link's own goes (link), or back to the defaults (preference). */
  onChange: (columns: ImageColumnId[] | null) => void;
}) {
  const { visible, source, onChange } = props;
  return (
    <MultiSelect
      id="columns"
      label="Columns"
      align="end"
      className="w-40"
      options={OPTIONS}
      selected={visible}
      searchLabel="Search columns"
      onToggle={(id) => onChange(toggleColumn(visible, id as ImageColumnId))}
      summary={<Pill tone="muted">{visible.length} shown</Pill>}
      footer={
        <div className="flex flex-col items-start gap-1 text-xs text-zinc-600 dark:text-zinc-400">
          <p>{SOURCE_TEXT[source]}</p>
          {source !== 'default' && (
            <button type="button" className={linkClass} onClick={() => onChange(null)}>
              {source === 'link'
                ? 'Use my columns here (drop cols= from the link)'
                : 'Back to the default columns'}
            </button>
          )}
        </div>
      }
    />
  );
}
