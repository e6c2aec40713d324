import { createContext, memo, useContext } from 'react';
import type { ImageTag } from '../../ecs/image-types';
import { parsePercent } from '../ui/format';

/** What table cells can do to the page. */
export interface TableActions {
  addTagFilter: (tag: ImageTag) => void;
}
export const TableActionsContext = createContext<TableActions>({ addTagFilter: () => {} });

const STATUS_TONES: Record<string, string> = {
  Available: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  Creating: 'bg-blue-100 text-blue-900 dark:bg-blue-900/60 dark:text-blue-100',
  Waiting: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100',
  UnAvailable: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
  CreateFailed: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
  Deprecated: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
};

const BADGE = 'inline-block rounded px-1.5 align-middle text-xs leading-5 font-medium';

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
        className="ml-1.5 inline-block h-1.5 w-12 overflow-hidden rounded-full bg-blue-100 align-middle dark:bg-blue-950"
      >
        <span className="block h-full bg-blue-600 dark:bg-blue-400" style={{ width: `${percent}%` }} />
      </span>
    </>
  );
}

const OWNER_TONES: Record<string, string> = {
  system: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  self: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  others: 'bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100',
  community: 'bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100',
  marketplace: 'bg-pink-100 text-pink-900 dark:bg-pink-900/60 dark:text-pink-100',
};
const OWNER_TEXT: Record<string, string> = {
  system: 'Alibaba Cloud',
  self: 'Custom',
  others: 'Shared',
  community: 'Community',
  marketplace: 'Marketplace',
};

/** The owner of an image; a published `others` image is a community image. */
export function OwnerBadge({ alias, isPublic }: { alias: string; isPublic: boolean }) {
  const key = alias === 'others' && isPublic ? 'community' : alias;
  return (
    <span
      title={`ImageOwnerAlias=${alias}${isPublic ? ', IsPublic=true' : ''}`}
      className={`${BADGE} ${OWNER_TONES[key] ?? OWNER_TONES.system}`}
    >
      {OWNER_TEXT[key] ?? (alias || '—')}
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
          className="shrink-0 rounded border border-zinc-300 bg-zinc-50 px-1 text-xs leading-5 text-zinc-700 hover:border-blue-400 hover:bg-blue-50 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:border-blue-500 dark:hover:bg-blue-950"
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
