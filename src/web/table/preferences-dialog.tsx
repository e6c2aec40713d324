// Preferences, as Cloudscape's collection preferences: the columns and their order, row density,
// how times read, the theme, and the widths people dragged; saved in this browser as the defaults
// for whatever a link leaves out. Loaded when opened.

import { useState, type ReactNode } from 'react';
import { IMAGE_COLUMNS, imageColumn, type ImageColumnId } from '../columns/image-columns';
import { buttonClass, primaryButtonClass, smallButtonClass } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { browserTimeZone } from '../ui/format';
import type { ThemeMode } from '../ui/theme';
import {
  isDefaultPreferences,
  type Density,
  type Preferences,
  type TimeStyle,
  type TimeZoneChoice,
} from '../view-state/preferences';
import { moveColumn } from '../view-state/visible-columns';

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: readonly [T, ReactNode][];
  onChange: (value: T) => void;
}) {
  const { legend, name, value, options, onChange } = props;
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map(([option, label]) => (
          <label key={option} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={name}
              className="accent-blue-600"
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function PreferencesDialog(props: {
  preferences: Preferences;
  /** The columns shown now, where the preference has none (the defaults of this view). */
  shownColumns: readonly ImageColumnId[];
  /** The link sets its own columns, which win for this view. */
  linkHasColumns: boolean;
  /**
   * Only what the person changed here: widths dragged while the dialog is open are saved meanwhile,
   * and a copy of everything taken when it opened would put the old ones back.
   */
  onSave: (changes: Partial<Preferences>) => void;
  onReset: () => void;
  onDropLinkColumns: () => void;
  onClose: () => void;
}) {
  const { preferences, shownColumns, linkHasColumns, onSave, onReset, onDropLinkColumns, onClose } = props;
  const [changes, setChanges] = useState<Partial<Preferences>>({});
  const draft: Preferences = { ...preferences, ...changes };
  const visible = draft.columns ?? shownColumns;
  const order = [...visible, ...IMAGE_COLUMNS.map((c) => c.id).filter((id) => !visible.includes(id))];
  const set = (change: Partial<Preferences>) => setChanges((c) => ({ ...c, ...change }));
  const setColumns = (columns: ImageColumnId[]) => set({ columns: columns.length ? columns : null });
  const widthCount = Object.keys(draft.widths).length;

  return (
    <Dialog title="Preferences" onClose={onClose}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(changes);
          onClose();
        }}
      >
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Kept in this browser as your defaults. A link that sets columns (<code>cols=</code>) or a sort still
          shows them for that view.
        </p>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Columns</legend>
          {linkHasColumns && (
            <p className="mb-2 text-xs text-amber-800 dark:text-amber-300">
              This link sets its own columns, which win for this view.{' '}
              <button type="button" className={smallButtonClass} onClick={onDropLinkColumns}>
                Use my columns here
              </button>
            </p>
          )}
          <ol
            aria-label="Columns in order"
            className="max-h-72 overflow-auto rounded border border-zinc-200 dark:border-zinc-800"
          >
            {order.map((id) => {
              const shown = visible.includes(id);
              const at = visible.indexOf(id);
              const label = imageColumn(id).label;
              return (
                <li
                  key={id}
                  className="flex items-center gap-2 border-b border-zinc-100 px-2 py-1 last:border-0 dark:border-zinc-800"
                >
                  <label className="flex flex-1 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="accent-blue-600"
                      checked={shown}
                      disabled={shown && visible.length === 1}
                      onChange={() => setColumns(shown ? visible.filter((c) => c !== id) : [...visible, id])}
                    />
                    {label}
                  </label>
                  {shown && (
                    <>
                      <button
                        type="button"
                        className={smallButtonClass}
                        aria-label={`Move ${label} up`}
                        disabled={at === 0}
                        onClick={() => setColumns(moveColumn(visible, id, at - 1))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className={smallButtonClass}
                        aria-label={`Move ${label} down`}
                        disabled={at === visible.length - 1}
                        onClick={() => setColumns(moveColumn(visible, id, at + 1))}
                      >
                        ↓
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="mt-1 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            {widthCount === 0
              ? 'Every column has its default width.'
              : `${widthCount} columns have widths you set.`}
            {widthCount > 0 && (
              <button type="button" className={smallButtonClass} onClick={() => set({ widths: {} })}>
                Reset widths
              </button>
            )}
          </p>
        </fieldset>
        <Choice<Density>
          legend="Row density"
          name="density"
          value={draft.density}
          options={[
            ['compact', 'Compact'],
            ['comfortable', 'Comfortable'],
          ]}
          onChange={(density) => set({ density })}
        />
        <Choice<TimeZoneChoice>
          legend="Time zone"
          name="time-zone"
          value={draft.timeZone}
          options={[
            ['utc', 'UTC (the API’s)'],
            ['local', `This browser’s (${browserTimeZone()})`],
          ]}
          onChange={(timeZone) => set({ timeZone })}
        />
        <Choice<TimeStyle>
          legend="Creation time shows"
          name="time-style"
          value={draft.timeStyle}
          options={[
            ['age', 'Age, such as “3 days ago” (the time on hover)'],
            ['exact', 'The date and time'],
          ]}
          onChange={(timeStyle) => set({ timeStyle })}
        />
        <Choice<ThemeMode>
          legend="Theme"
          name="theme"
          value={draft.theme}
          options={[
            ['system', 'System'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={(theme) => set({ theme })}
        />
        <div className="flex flex-wrap items-center gap-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <button
            type="button"
            className={buttonClass}
            disabled={isDefaultPreferences(preferences) && isDefaultPreferences(draft)}
            onClick={() => {
              onReset();
              setChanges({});
            }}
          >
            Reset to defaults
          </button>
          <button type="button" className={`${buttonClass} ml-auto`} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={primaryButtonClass}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
