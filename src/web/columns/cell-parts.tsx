import { createContext, memo, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { EcsImage, ImageTag } from '../../ecs/image-types';
import { parsePercent } from '../ui/format';
import type { FamilyLine, ImageFamily } from './image-families';
import type { ImageRow } from './image-row';
import { imageTrust, nameOnlyCaution } from './image-trust';

/** What table cells can do to the page. */
export interface TableActions {
  addTagFilter: (tag: ImageTag) => void;
  /** Copies an image ID; the page says whether it could. */
  copyImageId: (imageId: string) => void;
}
export const TableActionsContext = createContext<TableActions>({
  addTagFilter: () => {},
  copyImageId: () => {},
});

// Badges and chips use the plain classes of styles.css (`badge`, `tone-*`, `tag-chip`): the grid
// creates them by the hundred per frame when scrolling fast, and utility classes that set custom
// properties made each one dearer to style (bench case 4).
const STATUS_TONES: Record<string, string> = {
  Available: 'tone-green',
  Creating: 'tone-blue',
  Waiting: 'tone-grey',
  UnAvailable: 'tone-red',
  CreateFailed: 'tone-red',
  Deprecated: 'tone-amber',
};

const BADGE = 'badge';

export function StatusBadge({ status, progress }: { status: string; progress: string }) {
  const percent = status === 'Creating' ? parsePercent(progress) : undefined;
  const badge = (
    <span className={`${BADGE} ${STATUS_TONES[status] ?? STATUS_TONES.Waiting}`}>{status || '—'}</span>
  );
  if (percent === undefined) return badge;
  return (
    <>
      {badge}
      <span
        role="progressbar"
        aria-label={`Creating, ${percent}%`}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        className="ml-1.5 inline-block h-1.5 w-8 overflow-hidden rounded-full bg-blue-100 align-middle dark:bg-blue-950"
      >
        <span className="block h-full bg-blue-600 dark:bg-blue-400" style={{ width: `${percent}%` }} />
      </span>
    </>
  );
}

const OWNER_TONES: Record<string, string> = {
  alibaba: 'tone-sky',
  self: 'tone-green',
  shared: 'tone-violet',
  community: 'tone-orange',
  marketplace: 'tone-pink',
};

/**
 * Whether the view chose its images by name alone (image-trust.ts): shared and community images
 * then carry a caution beside their owner.
 */
export const NameOnlyContext = createContext(false);

/**
 * The owner of an image: Alibaba Cloud, yours (Custom), shared with you or community (with the
 * owner account), marketplace (with the supplier); and a caution when the view matched a shared or
 * community image by name alone.
 */
export function OwnerBadge({ image }: { image: EcsImage }) {
  const trust = imageTrust(image);
  const caution = nameOnlyCaution(trust, useContext(NameOnlyContext));
  return (
    <>
      <span
        title={`ImageOwnerAlias=${image.ImageOwnerAlias}${image.IsPublic ? ', IsPublic=true' : ''}: ${trust.description}`}
        className={`${BADGE} ${OWNER_TONES[trust.kind]}`}
      >
        {trust.label}
        {trust.owner && <span className="font-normal"> · {trust.owner}</span>}
      </span>
      {caution && (
        <span role="img" aria-label={caution} title={caution} className={`${BADGE} tone-red ml-1`}>
          ⚠ check owner
        </span>
      )}
    </>
  );
}

/** What the selection checkbox column and the grid's Space key need (images/row-selection.ts). */
export interface RowSelectionControls {
  isSelected(key: string): boolean;
  /** Flips a row; with `range`, every row from the last one flipped. */
  toggle(key: string, range: boolean): void;
  /** How many of the rows on show are selected. */
  shown: 'all' | 'some' | 'none';
  /** "Select all matching": every row on show, or none when all were. */
  toggleAllShown(): void;
  shownCount: number;
}
export const RowSelectionContext = createContext<RowSelectionControls | undefined>(undefined);

/**
 * A row's selection checkbox. Out of the Tab order like every control in a row (rows are the
 * grid's stops): Space on the row flips it, Shift extends a range.
 */
export function RowCheckbox({ row }: { row: ImageRow }) {
  const selection = useContext(RowSelectionContext);
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      tabIndex={-1}
      className="row-checkbox"
      aria-label={`Select ${row.image.ImageName || row.image.ImageId} (${row.regionId})`}
      checked={selection.isSelected(row.key)}
      onClick={(e) => {
        e.stopPropagation();
        selection.toggle(row.key, e.shiftKey);
      }}
      // The click above does the work; React wants a handler for a controlled checkbox.
      onChange={() => {}}
    />
  );
}

/** The selection column's header: selects every row that matches the filters and the search. */
export function SelectAllCheckbox() {
  const selection = useContext(RowSelectionContext);
  const ref = useRef<HTMLInputElement>(null);
  const shown = selection?.shown ?? 'none';
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = shown === 'some';
  }, [shown]);
  if (!selection) return null;
  return (
    <input
      ref={ref}
      type="checkbox"
      // Out of the Tab order: the grid is one stop, and its arrow keys reach the header.
      tabIndex={-1}
      className="row-checkbox"
      aria-label={`Select all ${selection.shownCount.toLocaleString('en-US')} matching rows`}
      checked={shown === 'all'}
      onChange={() => selection.toggleAllShown()}
    />
  );
}

/**
 * The image ID with a button that copies all of it (a double-click selects only part of `m-…`). One
 * plain button per row, its icon drawn in CSS, the outcome said once for the page: a fast scroll
 * creates these by the dozen each frame (bench case 4).
 */
export function ImageIdCell({ image }: { image: EcsImage }) {
  const { copyImageId } = useContext(TableActionsContext);
  const label = `Copy image ID ${image.ImageId}`;
  return (
    <>
      <span className="id-text">{image.ImageId}</span>
      <button
        type="button"
        tabIndex={-1}
        className="copy-id"
        aria-label={label}
        title={label}
        onClick={(e) => {
          e.stopPropagation();
          copyImageId(image.ImageId);
        }}
      />
    </>
  );
}

/** What the Family column needs: newer versions, and in the family view each line and its toggle. */
export interface FamilyCells {
  newerVersionOf(row: ImageRow): ImageRow | undefined;
  /** The family view's line of a row; undefined outside the family view. */
  lineOf: ((row: ImageRow) => FamilyLine) | undefined;
  /** Opens or closes a family's versions in the family view. */
  toggleFamily(familyKey: string): void;
  /** The view loads every Available member of a family, so its newest is what it resolves to. */
  rowsResolve: boolean;
  /** Where the rows cannot tell: what the service says a family resolves to, next to the line shown. */
  confirm: ((family: ImageFamily, shown: ImageRow) => ReactNode) | undefined;
}
export const FamilyCellsContext = createContext<FamilyCells>({
  newerVersionOf: () => undefined,
  lineOf: undefined,
  toggleFamily: () => {},
  rowsResolve: true,
  confirm: undefined,
});

export function newerVersionText(newer: ImageRow): string {
  return `newer version: ${newer.image.ImageName || newer.image.ImageId}, ${newer.image.CreationTime.slice(0, 10)}`;
}

function NewerVersionBadge({ newer }: { newer: ImageRow }) {
  const text = newerVersionText(newer);
  return (
    <span className={`${BADGE} tone-blue ml-1`} title={text}>
      {text}
    </span>
  );
}

/**
 * The Family column: the family and, for an image its family has moved past, the newer version. In
 * the family view a family's line has the toggle for its other versions and says whether it is the
 * image the family resolves to.
 */
export function FamilyCell({ row }: { row: ImageRow }) {
  const { newerVersionOf, lineOf, toggleFamily, rowsResolve, confirm } = useContext(FamilyCellsContext);
  const name = row.image.ImageFamily;
  const newer = newerVersionOf(row);
  const line = lineOf?.(row);
  if (line?.kind === 'head') {
    const { family, expanded } = line;
    const others = family.members.length - 1;
    return (
      <>
        <button
          type="button"
          tabIndex={-1}
          className="family-toggle"
          aria-expanded={others > 0 ? expanded : undefined}
          disabled={others === 0}
          aria-label={`${expanded ? 'Hide' : 'Show'} ${others} other versions of ${family.name} in ${family.regionId}`}
          onClick={(e) => {
            e.stopPropagation();
            toggleFamily(family.key);
          }}
        >
          <span aria-hidden="true">{others === 0 ? '·' : expanded ? '▾' : '▸'}</span>
        </button>
        <span className="family-name">{name}</span>
        {!rowsResolve && confirm ? (
          confirm(family, row)
        ) : family.resolved !== row ? (
          <span className={`${BADGE} tone-amber ml-1`} title="No Available version of this family is loaded">
            no Available version loaded
          </span>
        ) : rowsResolve ? (
          <span
            className={`${BADGE} tone-green ml-1`}
            title="What DescribeImageFromFamily returns: the newest Available image"
          >
            resolves to
          </span>
        ) : (
          <span
            className={`${BADGE} tone-amber ml-1`}
            title="The view's filters may leave out a newer version of this family: this is the newest Available one loaded"
          >
            newest loaded
          </span>
        )}
        {others > 0 && (
          <span
            className="family-count"
            title={`${others} other ${others === 1 ? 'version' : 'versions'} loaded`}
          >
            +{others}
          </span>
        )}
      </>
    );
  }
  return (
    <>
      {line?.kind === 'version' && (
        <span aria-hidden="true" className="family-indent">
          ↳
        </span>
      )}
      {name ? <span className="family-name">{name}</span> : <span className="text-zinc-400">—</span>}
      {newer && <NewerVersionBadge newer={newer} />}
    </>
  );
}

/** Tags as chips; clicking one adds it as a Tag filter. Out of the Tab order: rows are the grid's stops. */
export const TagChips = memo(function TagChips({ tags }: { tags: readonly ImageTag[] }) {
  const { addTagFilter } = useContext(TableActionsContext);
  if (tags.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <>
      {tags.map((tag) => (
        <button
          key={`${tag.TagKey}=${tag.TagValue}`}
          type="button"
          tabIndex={-1}
          aria-label={`Filter by tag ${tag.TagKey}=${tag.TagValue}`}
          title={`Filter by tag ${tag.TagKey}=${tag.TagValue}`}
          className="tag-chip"
          onClick={(e) => {
            e.stopPropagation();
            addTagFilter(tag);
          }}
        >
          {tag.TagKey}={tag.TagValue}
        </button>
      ))}
    </>
  );
});
