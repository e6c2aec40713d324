// Saved views: named links, kept in the browser (localStorage), exported and imported as a JSON
// file so a team can pass a set around. The link stays what people share; a saved view is a name
// for one. Everything read — from storage or from a file — is validated: a view that cannot be
// used is left out, and the message names it and says why (Cloudscape's rule).

import { failure, success, type Result } from '../../ecs/result';
import { parseViewQueryString, viewQueryString } from './url-codec';
import type { ViewState } from './view-state';

export interface SavedView {
  name: string;
  /** The view's query string as the URL codec writes it (without `?` and without an open image). */
  query: string;
  /** When it was saved, ISO 8601; '' when a file did not say. */
  savedAt: string;
}

export const SAVED_VIEWS_FORMAT = 'ecs-image-browser/saved-views';
export const SAVED_VIEWS_VERSION = 1;
export const MAX_NAME_LENGTH = 80;
export const MAX_SAVED_VIEWS = 200;

/** The query string a view is saved under: what the link says, without the open image. */
export function savedQueryOf(view: ViewState): string {
  return viewQueryString({ ...view, image: null });
}

/** A name people typed, trimmed, or why it cannot be a name. */
export function checkViewName(name: string): Result<string, string> {
  const trimmed = name.trim();
  if (trimmed === '') return failure('A saved view needs a name.');
  if (trimmed.length > MAX_NAME_LENGTH) return failure(`A name has at most ${MAX_NAME_LENGTH} characters.`);
  return success(trimmed);
}

const quote = (value: unknown) =>
  typeof value === 'string' ? `“${value}”` : (JSON.stringify(value) ?? String(value));

/**
 * One entry read from storage or a file: the view with its query in canonical form, the parts of
 * its query that were left out, or why the entry cannot be used. `where` names the entry in messages.
 */
function readEntry(entry: unknown, where: string): Result<{ view: SavedView; notes: string[] }, string> {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    return failure(`${where} is not a saved view (an object with a name and a query).`);
  const { name, query, savedAt } = entry as Record<string, unknown>;
  if (typeof name !== 'string') return failure(`${where} has no name.`);
  const checked = checkViewName(name);
  if (!checked.ok) return failure(`${where} ${quote(name)}: ${checked.error}`);
  if (typeof query !== 'string')
    return failure(`${where} ${quote(name)} has no query (the link's text after “?”).`);
  const parsed = parseViewQueryString(query);
  const notes = parsed.ignored.map(
    (part) => `${where} ${quote(checked.value)}: ${part.name}=${part.value} ${part.reason}; left out.`,
  );
  const time = typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : undefined;
  if (savedAt !== undefined && savedAt !== '' && time === undefined)
    notes.push(`${where} ${quote(checked.value)}: savedAt ${quote(savedAt)} is not a time; left out.`);
  return success({
    view: { name: checked.value, query: savedQueryOf(parsed.state), savedAt: time ?? '' },
    notes,
  });
}

export interface ReadSavedViews {
  views: SavedView[];
  /** Entries and parts left out, one sentence each. */
  problems: string[];
}

/** Reads a list of entries: the usable views (later duplicates of a name replace earlier ones). */
function readList(list: unknown, what: string): ReadSavedViews {
  if (!Array.isArray(list)) return { views: [], problems: [`${what} has no list of views.`] };
  const views: SavedView[] = [];
  const problems: string[] = [];
  list.forEach((entry, i) => {
    const read = readEntry(entry, `View ${i + 1}`);
    if (!read.ok) return problems.push(`${read.error} It was left out.`);
    const { view, notes } = read.value;
    problems.push(...notes);
    const at = views.findIndex((v) => v.name === view.name);
    if (at >= 0) {
      problems.push(`View ${i + 1}: the name “${view.name}” came twice; the later one is kept.`);
      views.splice(at, 1);
    }
    views.push(view);
  });
  if (views.length > MAX_SAVED_VIEWS) {
    problems.push(`Only ${MAX_SAVED_VIEWS} views are kept; ${views.length - MAX_SAVED_VIEWS} were left out.`);
    views.length = MAX_SAVED_VIEWS;
  }
  return { views, problems };
}

/** The views of a file or of storage: `{ format, version, views: [...] }`. */
export function readSavedViews(text: string | null, what = 'The file'): ReadSavedViews {
  if (text === null) return { views: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { views: [], problems: [`${what} is not JSON.`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { views: [], problems: [`${what} is not a saved-views file (a JSON object).`] };
  const { format, version, views } = parsed as Record<string, unknown>;
  if (format !== SAVED_VIEWS_FORMAT)
    return {
      views: [],
      problems: [
        `${what} is not a saved-views file: its format is ${quote(format)}, not “${SAVED_VIEWS_FORMAT}”.`,
      ],
    };
  if (version !== SAVED_VIEWS_VERSION)
    return {
      views: [],
      problems: [`${what} has version ${quote(version)}; this page reads version ${SAVED_VIEWS_VERSION}.`],
    };
  return readList(views, what);
}

/** The text of a file (and of storage) holding these views. */
export function writeSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: SAVED_VIEWS_VERSION, views }, null, 2);
}

/** Saves a view under a name; a view of the same name is replaced. */
export function saveView(
  views: readonly SavedView[],
  name: string,
  view: ViewState,
  now: Date,
): Result<SavedView[], string> {
  const checked = checkViewName(name);
  if (!checked.ok) return checked;
  const others = views.filter((v) => v.name !== checked.value);
  if (others.length >= MAX_SAVED_VIEWS)
    return failure(`At most ${MAX_SAVED_VIEWS} views can be saved; delete one first.`);
  return success([...others, { name: checked.value, query: savedQueryOf(view), savedAt: now.toISOString() }]);
}

export function renameView(
  views: readonly SavedView[],
  from: string,
  to: string,
): Result<SavedView[], string> {
  const checked = checkViewName(to);
  if (!checked.ok) return checked;
  if (checked.value !== from && views.some((v) => v.name === checked.value))
    return failure(`A view named “${checked.value}” exists already.`);
  return success(views.map((v) => (v.name === from ? { ...v, name: checked.value } : v)));
}

export function deleteView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}

export interface ImportResult {
  views: SavedView[];
  added: number;
  replaced: number;
  problems: string[];
}

/** Merges the views of a file into the saved ones: new names are added, known names replaced. */
export function importSavedViews(existing: readonly SavedView[], text: string): ImportResult {
  const read = readSavedViews(text);
  let views = [...existing];
  let added = 0;
  let replaced = 0;
  for (const view of read.views) {
    if (views.some((v) => v.name === view.name)) replaced++;
    else added++;
    views = [...views.filter((v) => v.name !== view.name), view];
  }
  const problems = [...read.problems];
  if (views.length > MAX_SAVED_VIEWS) {
    problems.push(
      `Only ${MAX_SAVED_VIEWS} views are kept; the last ${views.length - MAX_SAVED_VIEWS} were left out.`,
    );
    views = views.slice(0, MAX_SAVED_VIEWS);
  }
  return { views, added, replaced, problems };
}
