// The person's preferences, kept in the browser (localStorage) as their defaults for what a link
// leaves out: the columns and their order, column widths, row density, how times read, and the
// theme. A link's own `cols` wins for that view (docs/ARCHITECTURE.md "The shareable URL").
// Everything read back from storage is validated, field by field: a field that is not valid falls
// back to its default, and the page says which and why (Cloudscape's rule).

import { isImageColumnId, type ImageColumnId } from '../columns/image-columns';
import { THEME_MODES, type ThemeMode } from '../ui/theme';

export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];
/** The browser's zone, or UTC (the API's). */
export const TIME_ZONES = ['local', 'utc'] as const;
export type TimeZoneChoice = (typeof TIME_ZONES)[number];
/** Times as an age (`3 days ago`, the exact time on hover) or as the time itself. */
export const TIME_STYLES = ['age', 'exact'] as const;
export type TimeStyle = (typeof TIME_STYLES)[number];

export const COLUMN_WIDTH = { min: 60, max: 900 } as const;

export interface Preferences {
  /** Columns in order; null: the default set. */
  columns: readonly ImageColumnId[] | null;
  /** Widths people gave columns, in pixels; a column not listed has its default width. */
  widths: Readonly<Partial<Record<ImageColumnId, number>>>;
  density: Density;
  timeZone: TimeZoneChoice;
  timeStyle: TimeStyle;
  theme: ThemeMode;
}

export const DEFAULT_PREFERENCES: Preferences = {
  columns: null,
  widths: {},
  density: 'compact',
  timeZone: 'utc',
  timeStyle: 'age',
  theme: 'system',
};

export const PREFERENCES_VERSION = 1;

export interface ReadPreferences {
  preferences: Preferences;
  /** What was stored but could not be used, one sentence each. */
  problems: string[];
}

const quote = (value: unknown) =>
  typeof value === 'string' ? `“${value}”` : (JSON.stringify(value) ?? String(value));

function oneOf<T extends string>(
  name: string,
  allowed: readonly T[],
  value: unknown,
  problems: string[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  problems.push(`${name} must be ${allowed.join(' or ')}, not ${quote(value)}.`);
  return undefined;
}

function readColumns(value: unknown, problems: string[]): ImageColumnId[] | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Array.isArray(value)) {
    problems.push(`columns must be a list of column names, not ${quote(value)}.`);
    return undefined;
  }
  const columns: ImageColumnId[] = [];
  for (const id of value) {
    if (typeof id !== 'string' || !isImageColumnId(id))
      problems.push(`columns: ${quote(id)} is not a column.`);
    else if (columns.includes(id)) problems.push(`columns: ${id} is listed twice.`);
    else columns.push(id);
  }
  return columns.length ? columns : null;
}

export const isColumnWidth = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= COLUMN_WIDTH.min && (n as number) <= COLUMN_WIDTH.max;

function readWidths(value: unknown, problems: string[]): Partial<Record<ImageColumnId, number>> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`widths must map column names to pixels, not ${quote(value)}.`);
    return undefined;
  }
  const widths: Partial<Record<ImageColumnId, number>> = {};
  for (const [id, width] of Object.entries(value)) {
    if (!isImageColumnId(id)) problems.push(`widths: ${quote(id)} is not a column.`);
    else if (!isColumnWidth(width))
      problems.push(
        `widths.${id} must be a whole number of pixels from ${COLUMN_WIDTH.min} to ${COLUMN_WIDTH.max}, not ${quote(width)}.`,
      );
    else widths[id] = width;
  }
  return widths;
}

const KNOWN = new Set(['version', 'columns', 'widths', 'density', 'timeZone', 'timeStyle', 'theme']);

/** Preferences from the stored text (null: nothing stored), with what could not be used and why. */
export function readPreferences(text: string | null): ReadPreferences {
  if (text === null) return { preferences: DEFAULT_PREFERENCES, problems: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {
      preferences: DEFAULT_PREFERENCES,
      problems: ['The stored preferences are not JSON; the defaults apply.'],
    };
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return {
      preferences: DEFAULT_PREFERENCES,
      problems: ['The stored preferences are not an object; the defaults apply.'],
    };
  const record = stored as Record<string, unknown>;
  if (record.version !== PREFERENCES_VERSION)
    return {
      preferences: DEFAULT_PREFERENCES,
      problems: [
        `The stored preferences have version ${quote(record.version)}, not ${PREFERENCES_VERSION}; the defaults apply.`,
      ],
    };
  const problems: string[] = [];
  for (const key of Object.keys(record))
    if (!KNOWN.has(key)) problems.push(`${quote(key)} is not a preference.`);
  const d = DEFAULT_PREFERENCES;
  const preferences: Preferences = {
    columns: readColumns(record.columns, problems) ?? d.columns,
    widths: readWidths(record.widths, problems) ?? d.widths,
    density: oneOf('density', DENSITIES, record.density, problems) ?? d.density,
    timeZone: oneOf('timeZone', TIME_ZONES, record.timeZone, problems) ?? d.timeZone,
    timeStyle: oneOf('timeStyle', TIME_STYLES, record.timeStyle, problems) ?? d.timeStyle,
    theme: oneOf('theme', THEME_MODES, record.theme, problems) ?? d.theme,
  };
  return { preferences, problems };
}

/** The text to store. */
export function writePreferences(preferences: Preferences): string {
  return JSON.stringify({ version: PREFERENCES_VERSION, ...preferences });
}

/** Whether the preferences differ from the defaults anywhere ("Reset to defaults" has work to do). */
export function isDefaultPreferences(p: Preferences): boolean {
  return writePreferences(p) === writePreferences(DEFAULT_PREFERENCES);
}
