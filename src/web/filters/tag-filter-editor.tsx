import { useState } from 'react';
import { LOWER_CASE_TAG_NOTE, MAX_TAGS, type TagFilter } from '../../ecs/describe-images-params';
import type { Navigate } from '../view-state/view-url-store';
import { TextFilterInput } from '../ui/text-filter-input';
import { withTags } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';

const buttonClass =
  'rounded-md border border-zinc-300 px-2 py-1 text-xs hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-600 dark:hover:bg-zinc-800';

/** Up to 20 Tag.N key/value rows; an image must carry all of them. A blank value matches any value. */
export function TagFilterEditor(props: {
  view: ViewState;
  navigate: Navigate;
  errors: ReadonlyMap<string, string>;
}) {
  const { view, navigate, errors } = props;
  const tags = view.filters.Tag ?? [];
  // Rows added but not yet given a key live here until they hold a tag.
  const [blankRows, setBlankRows] = useState(tags.length === 0 ? 1 : 0);
  const rows: (TagFilter | undefined)[] = [...tags, ...Array<undefined>(blankRows).fill(undefined)];
  const editorError = errors.get('Tag');

  const update = (index: number, tag: TagFilter | undefined) => {
    const next = rows
      .map((t, i) => (i === index ? tag : t))
      .filter((t): t is TagFilter => !!t && t.Key !== '');
    if (index >= tags.length && tag?.Key) setBlankRows((n) => Math.max(0, n - 1));
    navigate(withTags(view, next));
  };

  return (
    <fieldset aria-describedby={`Tag-help${editorError ? ' Tag-error' : ''}`}>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        Tags (all must match)
      </legend>
      <p id="Tag-help" className="mb-1 text-xs text-zinc-500 dark:text-zinc-400">
        Tag.N filters, at most {MAX_TAGS}. Leave a value empty to match any value of the key.{' '}
        {LOWER_CASE_TAG_NOTE}
      </p>
      {editorError && (
        <p id="Tag-error" className="mb-1 text-xs text-red-700 dark:text-red-300">
          {editorError}
        </p>
      )}
      <div className="grid max-w-2xl grid-cols-[2rem_1fr_1fr_auto] items-center gap-x-2 gap-y-1">
        <span aria-hidden="true" />
        <span id="tag-key-heading" className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Key
        </span>
        <span id="tag-value-heading" className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Value
        </span>
        <span aria-hidden="true" />
        {rows.map((tag, i) => {
          const n = i + 1;
          const rowError = errors.get(`Tag.${n}`) ?? (editorError && tag ? editorError : undefined);
          return (
            <div key={i} className="contents">
              <span id={`tag-row-${n}`} className="text-right text-xs text-zinc-500">
                {n}
              </span>
              <TextFilterInput
                id={`Tag.${n}.Key`}
                aria-label={`Tag ${n} key`}
                aria-invalid={rowError ? true : undefined}
                value={tag?.Key ?? ''}
                validate={(text) =>
                  text.trim() === '' && tag?.Value ? `Tag ${n} needs a key for its value.` : undefined
                }
                onCommit={(text) =>
                  update(i, text.trim() ? { Key: text.trim(), Value: tag?.Value } : undefined)
                }
              />
              <TextFilterInput
                id={`Tag.${n}.Value`}
                aria-label={`Tag ${n} value`}
                placeholder="any value"
                disabled={!tag}
                aria-invalid={rowError ? true : undefined}
                value={tag?.Value ?? ''}
                onCommit={(text) => tag && update(i, { Key: tag.Key, Value: text === '' ? undefined : text })}
              />
              <button
                type="button"
                className={buttonClass}
                aria-label={`Remove tag ${n}`}
                onClick={() => (tag ? update(i, undefined) : setBlankRows((b) => b - 1))}
              >
                Remove
              </button>
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className={`${buttonClass} mt-2`}
        disabled={rows.length >= MAX_TAGS}
        onClick={() => setBlankRows((n) => n + 1)}
      >
        Add tag
      </button>
      {rows.length >= MAX_TAGS && (
        <span className="ml-2 text-xs text-zinc-500">DescribeImages takes at most {MAX_TAGS} tags.</span>
      )}
    </fieldset>
  );
}
