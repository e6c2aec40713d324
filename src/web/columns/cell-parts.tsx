import { createContext, memo, useContext } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import { parsePercent } from '../ui/format';
import { ownerKind, ownerLabel } from './owner-label';

/** What table cells can do to the page. */
export interface TableActions {
  addTagFilter: (tag: ImageTag) => void;
}
export const TableActionsContext = createContext<TableActions>({ addTagFilter: () => {} });

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
  system: 'tone-sky',
  self: 'tone-green',
  others: 'tone-violet',
  community: 'tone-orange',
  marketplace: 'tone-pink',
};
/** The owner of an image; a published `others` image is a community image. */
export function OwnerBadge({ alias, isPublic }: { alias: string; isPublic: boolean }) {
  const key = ownerKind(alias, isPublic);
  return (
    <span
      title={`ImageOwnerAlias=${alias}${isPublic ? ', IsPublic=true' : ''}`}
      className={`${BADGE} ${OWNER_TONES[key] ?? OWNER_TONES.system}`}
    >
      {ownerLabel(alias, isPublic) || '—'}
    </span>
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
