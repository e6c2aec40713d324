import type { ReactNode } from 'react';
import { imageColumn } from '../columns/image-columns';
import { CopyAsButton } from '../export/copy-as-button';
import { ExportButton } from '../export/export-button';
import { CheckRequestButton, type CheckState } from '../filters/check-request';
import { coverageNote } from '../images/row-counts';
import type { ImageRows } from '../images/use-image-rows';
import { LoadProgress } from '../status/load-progress';
import { FamilyViewToggle } from '../table/family-view-toggle';
import { QuickSearch } from '../table/quick-search';
import { buttonClass } from '../ui/button';
import { formatCount } from '../ui/format';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';
import { CopyLinkButton, ReloadButton } from './page-actions';

/**
 * Above the table: quick search, loading progress, what sort and search cover, and the actions. On a
 * phone the search takes the whole width and the filters open from a button.
 */
export function ListToolbar(props: {
  view: ViewState;
  navigate: Navigate;
  rows: ImageRows;
  /** The last message (a tag filter added, an ID copied), said with the rest. */
  notice: string;
  onCheck: (check: CheckState) => void;
  phone: boolean;
  /** The phone's button that opens the filters (shown beside `columns` on a phone). */
  filtersButton: ReactNode;
  /** The column chooser, or the phone's sort. */
  columns: ReactNode;
  facetsOpen: boolean;
  onToggleFacets: () => void;
  onOpenViews: () => void;
  onOpenPreferences: () => void;
}) {
  const { view, navigate, rows, notice, onCheck, phone, filtersButton, columns } = props;
  const { counts } = rows;
  return (
    <div className="flex shrink-0 flex-wrap items-end gap-x-4 gap-y-1">
      <QuickSearch
        view={view}
        navigate={navigate}
        search={rows.search}
        className={phone ? 'w-full' : 'w-72'}
      />
      <div className="flex min-w-64 flex-1 flex-col gap-0.5">
        <LoadProgress catalog={rows.catalog} />
        {/* Two lines kept free, so a sentence coming or going does not move the table. */}
        <p role="status" className="min-h-8 text-xs text-zinc-600 dark:text-zinc-400">
          {[
            counts.searched &&
              `${formatCount(rows.familyView ? rows.familyView.rows.length : counts.displayed)} of ${formatCount(counts.loaded)} loaded images match the search.`,
            coverageNote(counts),
            notice,
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      </div>
      {phone && (
        <div className="flex w-full items-end gap-2">
          {filtersButton}
          {columns}
        </div>
      )}
      {/* On a phone the actions are one row that scrolls sideways, so the list starts higher. */}
      <div
        className={
          phone
            ? 'flex w-full gap-2 overflow-x-auto pb-1 [&>*]:shrink-0'
            : 'ml-auto flex flex-wrap items-end gap-2'
        }
      >
        <button
          type="button"
          className={buttonClass}
          aria-expanded={props.facetsOpen}
          aria-controls="facets"
          onClick={props.onToggleFacets}
        >
          Facets
        </button>
        <button type="button" className={buttonClass} onClick={props.onOpenViews}>
          Saved views
        </button>
        <FamilyViewToggle view={view} navigate={navigate} familyCount={rows.familyView?.familyCount} />
        {!phone && <CheckRequestButton sources={rows.sources} onResult={onCheck} />}
        <ReloadButton busy={rows.catalog.isFetching} />
        <CopyLinkButton />
        <CopyAsButton view={view} sources={rows.sources} />
        <ExportButton rows={rows.displayed} columns={rows.columnIds.map(imageColumn)} />
        {!phone && columns}
        <button type="button" className={buttonClass} onClick={props.onOpenPreferences}>
          <span aria-hidden="true">⚙</span> Preferences
        </button>
      </div>
    </div>
  );
}
