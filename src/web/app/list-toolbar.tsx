import { CheckRequestButton, type CheckState } from '../filters/check-request';
import { coverageNote } from '../images/row-counts';
import type { ImageRows } from '../images/use-image-rows';
import { LoadProgress } from '../status/load-progress';
import { ColumnChooser } from '../table/column-chooser';
import { QuickSearch } from '../table/quick-search';
import { formatCount } from '../ui/format';
import type { Navigate } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';
import { CopyLinkButton, ReloadButton } from './page-actions';

/** Above the table: quick search, loading progress, what sort and search cover, and the actions. */
export function ListToolbar(props: {
  view: ViewState;
  navigate: Navigate;
  rows: ImageRows;
  /** The last tag-filter message, said with the rest. */
  notice: string;
  onCheck: (check: CheckState) => void;
}) {
  const { view, navigate, rows, notice, onCheck } = props;
  const { counts } = rows;
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-1">
      <QuickSearch view={view} navigate={navigate} />
      <div className="flex min-w-64 flex-1 flex-col gap-0.5">
        <LoadProgress catalog={rows.catalog} />
        <p role="status" className="min-h-4 text-xs text-zinc-600 dark:text-zinc-400">
          {[
            counts.searched &&
              `${formatCount(counts.displayed)} of ${formatCount(counts.loaded)} loaded images match the search.`,
            coverageNote(counts),
            notice,
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      </div>
      <div className="ml-auto flex items-end gap-2">
        <CheckRequestButton sources={rows.sources} onResult={onCheck} />
        <ReloadButton busy={rows.catalog.isFetching} />
        <CopyLinkButton />
        <ColumnChooser view={view} navigate={navigate} visible={rows.columnIds} />
      </div>
    </div>
  );
}
