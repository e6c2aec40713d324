// The search language of the quick search (client-side, over the rows already loaded):
//
//   ubuntu 22.04          every word must appear somewhere in the row (names, IDs, OS, tags, …)
//   "Ubuntu 22.04"        a phrase, as written
//   arch:arm64            a field contains the value; arch=arm64 is the whole value
//   family:""             the field is empty
//   tag:env=prod          a tag with that key and value; tag:env has the key with any value
//   size>=40              size in GiB: > >= < <= =
//   created<2024-06-01    creation time (UTC): a day, or a minute as 2024-06-01T08:30
//   age<30d               younger than 30 days; units h, d, w, mo, y
//   -arm64  -arch:arm64   not
//   ubuntu OR debian      either; OR binds tighter than the implicit AND, as in gcloud filters
//
// Parsing never throws: a term it cannot use is left out and named in `problems`, the rest
// applies. `printSearchQuery` writes a query back in this language (parse ∘ print = identity).

export const TEXT_FIELDS = [
  'name',
  'id',
  'owner',
  'status',
  'os',
  'platform',
  'arch',
  'family',
  'region',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const COMPARISONS = ['<', '<=', '>', '>=', '='] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const AGE_UNITS = ['h', 'd', 'w', 'mo', 'y'] as const;
export type AgeUnit = (typeof AGE_UNITS)[number];

export type SearchTerm =
  | { kind: 'text'; text: string }
  /** `exact`: the whole value (`=`); otherwise it contains the value (`:`). '' means empty. */
  | { kind: 'field'; field: TextField; exact: boolean; value: string }
  /** `value` undefined: the key with any value. */
  | { kind: 'tag'; key: string; value: string | undefined }
  | { kind: 'size'; op: Comparison; value: number }
  /** `date` as written: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, in UTC. */
  | { kind: 'created'; op: Comparison; date: string }
  | { kind: 'age'; op: Exclude<Comparison, '='>; amount: number; unit: AgeUnit };

export interface SearchClause {
  negated: boolean;
  term: SearchTerm;
}

export interface SearchProblem {
  /** The term as typed. */
  term: string;
  message: string;
}

export interface SearchQuery {
  /** Every group must match; a group matches when any of its clauses does (OR). */
  groups: SearchClause[][];
  problems: SearchProblem[];
}

export const EMPTY_SEARCH: SearchQuery = { groups: [], problems: [] };

interface Token {
  raw: string;
  /** The text with the quotes taken out. */
  text: string;
  /** Where the first quote was, or -1. */
  quoteAt: number;
  unclosed: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++;
      continue;
    }
    let raw = '';
    let text = '';
    let quoteAt = -1;
    let unclosed = false;
    while (i < input.length && !/\s/.test(input[i]!)) {
      if (input[i] === '"') {
        if (quoteAt < 0) quoteAt = text.length;
        const close = input.indexOf('"', i + 1);
        const end = close < 0 ? input.length : close;
        text += input.slice(i + 1, end);
        raw += input.slice(i, close < 0 ? end : end + 1);
        unclosed ||= close < 0;
        i = close < 0 ? end : end + 1;
      } else {
        text += input[i];
        raw += input[i];
        i++;
      }
    }
    tokens.push({ raw, text, quoteAt, unclosed });
  }
  return tokens;
}

const FIELD_PATTERN = /^([A-Za-z]+)(<=|>=|:|=|<|>)([\s\S]*)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const AGE_PATTERN = /^(\d+(?:\.\d+)?)(h|d|w|mo|y)$/;
const SPECIAL_FIELDS = ['tag', 'size', 'created', 'age'] as const;
const ALL_FIELDS: readonly string[] = [...TEXT_FIELDS, ...SPECIAL_FIELDS];

/** A day or minute in UTC as [start, end) in epoch milliseconds; undefined if not a real date. */
export function dateRange(date: string): [number, number] | undefined {
  const m = DATE_PATTERN.exec(date);
  if (!m) return undefined;
  const [, y, mo, d, h, min] = m;
  const start = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(min ?? 0));
  const back = new Date(start);
  // Date.UTC rolls 2024-02-31 over into March: only dates that exist are dates.
  if (
    back.getUTCFullYear() !== Number(y) ||
    back.getUTCMonth() !== Number(mo) - 1 ||
    back.getUTCDate() !== Number(d) ||
    back.getUTCHours() !== Number(h ?? 0) ||
    back.getUTCMinutes() !== Number(min ?? 0)
  )
    return undefined;
  return [start, start + (h === undefined ? 86_400_000 : 60_000)];
}

const HOUR = 3_600_000;
export const AGE_UNIT_MS: Record<AgeUnit, number> = {
  h: HOUR,
  d: 24 * HOUR,
  w: 7 * 24 * HOUR,
  mo: 30 * 24 * HOUR,
  y: 365 * 24 * HOUR,
};

type Parsed = { ok: true; term: SearchTerm } | { ok: false; message: string };

function fieldTerm(field: string, op: string, value: string, quoted: boolean): Parsed {
  const example = (text: string) => ({ ok: false as const, message: text });
  if (value === '' && !quoted)
    return example(
      field === 'tag'
        ? 'tag: needs a key, as in tag:env=prod or tag:env'
        : `${field}${op} needs a value${(TEXT_FIELDS as readonly string[]).includes(field) ? `; ${field}:"" finds images without one` : ''}`,
    );
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    if (op !== ':' && op !== '=')
      return example(`${field} takes : (contains) or = (is), as in ${field}:${value || 'x'}`);
    return { ok: true, term: { kind: 'field', field: field as TextField, exact: op === '=', value } };
  }
  if (field === 'tag') {
    if (op !== ':') return example('tag takes :, as in tag:env=prod or tag:env');
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (key === '') return example('tag: needs a key, as in tag:env=prod or tag:env');
    return { ok: true, term: { kind: 'tag', key, value: eq < 0 ? undefined : value.slice(eq + 1) } };
  }
  const comparison = (op === ':' ? '=' : op) as Comparison;
  if (field === 'size') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
      return example(`size needs a number of GiB, as in size>=40 (not “${value}”)`);
    return { ok: true, term: { kind: 'size', op: comparison, value: n } };
  }
  if (field === 'created') {
    if (!dateRange(value))
      return example(
        `created needs a date in UTC, as in created<2024-06-01 or created>=2024-06-01T08:30 (not “${value}”)`,
      );
    return { ok: true, term: { kind: 'created', op: comparison, date: value } };
  }
  // age
  const m = AGE_PATTERN.exec(value);
  if (!m) return example(`age needs a number and a unit (h, d, w, mo, y), as in age<30d (not “${value}”)`);
  if (comparison === '=') return example('age compares with < or >, as in age<30d');
  return { ok: true, term: { kind: 'age', op: comparison, amount: Number(m[1]), unit: m[2] as AgeUnit } };
}

/** One token (without its `-`) as a term, or why it cannot be one. */
function termOf(body: string, bodyQuoteAt: number): Parsed {
  // A token that starts with a quote is a phrase, whatever it holds.
  if (bodyQuoteAt === 0) return { ok: true, term: { kind: 'text', text: body } };
  const m = FIELD_PATTERN.exec(body);
  const field = m?.[1]!.toLowerCase();
  // The operator must come before any quote: name:"a b" is a field, "name:a" is text.
  if (
    m &&
    field &&
    ALL_FIELDS.includes(field) &&
    (bodyQuoteAt < 0 || bodyQuoteAt >= m[1]!.length + m[2]!.length)
  )
    return fieldTerm(field, m[2]!, m[3]!, bodyQuoteAt >= 0);
  return { ok: true, term: { kind: 'text', text: body } };
}

export function parseSearchQuery(input: string): SearchQuery {
  const groups: SearchClause[][] = [];
  const problems: SearchProblem[] = [];
  const tokens = tokenize(input);
  // joinNext: the last token was an OR with a clause before it.
  let joinNext = false;
  let lastWasClause = false;
  tokens.forEach((token, index) => {
    if (token.raw === 'OR') {
      const after = index < tokens.length - 1 && tokens[index + 1]!.raw !== 'OR';
      if (!lastWasClause || !after)
        problems.push({ term: 'OR', message: 'OR needs a term on each side, as in ubuntu OR debian' });
      joinNext = lastWasClause && after;
      lastWasClause = false;
      return;
    }
    lastWasClause = false;
    if (token.unclosed)
      problems.push({ term: token.raw, message: 'has a quote that is not closed; it runs to the end' });
    const negated = token.text.length > 1 && token.raw.startsWith('-');
    const body = negated ? token.text.slice(1) : token.text;
    const bodyQuoteAt = negated && token.quoteAt >= 0 ? token.quoteAt - 1 : token.quoteAt;
    const parsed = termOf(body, bodyQuoteAt);
    if (!parsed.ok) {
      problems.push({ term: token.raw, message: parsed.message });
      joinNext = false;
      return;
    }
    // An empty phrase ("") matches everything: nothing to add.
    if (parsed.term.kind === 'text' && parsed.term.text === '') {
      joinNext = false;
      return;
    }
    const clause = { negated, term: parsed.term };
    if (joinNext) groups[groups.length - 1]!.push(clause);
    else groups.push([clause]);
    joinNext = false;
    lastWasClause = true;
  });
  return { groups, problems };
}

/** Whether text must be quoted to read back as itself; `acs:ubuntu` need not be, `arch:x` must. */
function needsQuotes(text: string): boolean {
  const m = FIELD_PATTERN.exec(text);
  return (
    text === '' ||
    /\s/.test(text) ||
    text === 'OR' ||
    text.startsWith('-') ||
    (m !== null && ALL_FIELDS.includes(m[1]!.toLowerCase()))
  );
}

const quoted = (text: string) => (needsQuotes(text) ? `"${text}"` : text);

function printTerm(term: SearchTerm): string {
  switch (term.kind) {
    case 'text':
      return quoted(term.text);
    case 'field':
      return `${term.field}${term.exact ? '=' : ':'}${term.value === '' || /\s/.test(term.value) ? `"${term.value}"` : term.value}`;
    case 'tag': {
      const text = term.value === undefined ? term.key : `${term.key}=${term.value}`;
      return `tag:${/\s/.test(text) ? `"${text}"` : text}`;
    }
    case 'size':
      return `size${term.op}${term.value}`;
    case 'created':
      return `created${term.op}${term.date}`;
    case 'age':
      return `age${term.op}${term.amount}${term.unit}`;
  }
}

export function printClause(clause: SearchClause): string {
  return `${clause.negated ? '-' : ''}${printTerm(clause.term)}`;
}

export function printGroup(group: readonly SearchClause[]): string {
  return group.map(printClause).join(' OR ');
}

/** The query in the search language; terms with problems are not in it. */
export function printSearchQuery(query: Pick<SearchQuery, 'groups'>): string {
  return query.groups.map(printGroup).join(' ');
}

/** The query without its group at `index`, in the search language (a chip's remove button). */
export function withoutGroup(query: SearchQuery, index: number): string {
  return printSearchQuery({ groups: query.groups.filter((_, i) => i !== index) });
}

/** The search text with one more clause (ANDed), as a facet or a chip adds it. */
export function appendClause(query: string, clause: SearchClause): string {
  const printed = printClause(clause);
  return query.trim() === '' ? printed : `${query.trim()} ${printed}`;
}
