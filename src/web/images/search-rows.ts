// Quick search over loaded rows, in the search language of search-query.ts: plain words must appear
// (case-insensitive) in the row's text (search-text.ts) — names, IDs, OS, family, description, tags,
// snapshots, owner, region — and field terms test one field.

import type { ImageRow } from '../columns/image-row';
import { ownerLabel } from '../columns/owner-label';
import {
  AGE_UNIT_MS,
  dateRange,
  type Comparison,
  type SearchClause,
  type SearchQuery,
  type SearchTerm,
  type TextField,
} from './search-query';
import { searchableText, searchForm } from './search-text';

type RowTest = (row: ImageRow) => boolean;

function containsText(text: string): RowTest {
  const t = searchForm(text);
  return (row) => {
    const { narrow, wide } = searchableText(row);
    return narrow.includes(t) || (wide !== '' && wide.includes(t));
  };
}

const FIELD_VALUES: Record<TextField, (row: ImageRow) => readonly string[]> = {
  name: (r) => [r.image.ImageName],
  id: (r) => [r.image.ImageId],
  owner: (r) => [r.image.ImageOwnerAlias, ownerLabel(r.image.ImageOwnerAlias, r.image.IsPublic)],
  status: (r) => [r.image.Status],
  os: (r) => [r.image.OSNameEn, r.image.OSName, r.image.OSType, r.image.Platform],
  platform: (r) => [r.image.Platform],
  arch: (r) => [r.image.Architecture],
  family: (r) => [r.image.ImageFamily],
  region: (r) => [r.regionId],
};

function fieldTest(field: TextField, exact: boolean, value: string): RowTest {
  const values = FIELD_VALUES[field];
  const v = searchForm(value);
  if (v === '') return (row) => values(row).every((x) => x === '');
  return exact
    ? (row) => values(row).some((x) => searchForm(x) === v)
    : (row) => values(row).some((x) => searchForm(x).includes(v));
}

function compare(op: Comparison, a: number, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
  }
}

const createdAt = (row: ImageRow) => Date.parse(row.image.CreationTime);

function termTest(term: SearchTerm, now: number): RowTest {
  switch (term.kind) {
    case 'text':
      return containsText(term.text);
    case 'field':
      return fieldTest(term.field, term.exact, term.value);
    case 'tag': {
      const key = term.key.toLowerCase();
      const value = term.value?.toLowerCase();
      return (row) =>
        row.image.Tags.Tag.some(
          (t) =>
            t.TagKey.toLowerCase() === key && (value === undefined || t.TagValue.toLowerCase() === value),
        );
    }
    case 'size':
      return (row) => compare(term.op, row.image.Size, term.value);
    case 'created': {
      // A day (or minute) is a range: < before it starts, <= before it ends, > after it ends.
      const [start, end] = dateRange(term.date)!;
      const test: Record<Comparison, (t: number) => boolean> = {
        '<': (t) => t < start,
        '<=': (t) => t < end,
        '>': (t) => t >= end,
        '>=': (t) => t >= start,
        '=': (t) => t >= start && t < end,
      };
      const inRange = test[term.op];
      return (row) => inRange(createdAt(row));
    }
    case 'age': {
      const span = term.amount * AGE_UNIT_MS[term.unit];
      return (row) => {
        const t = createdAt(row);
        return !Number.isNaN(t) && compare(term.op, now - t, span);
      };
    }
  }
}

function clauseTest(clause: SearchClause, now: number): RowTest {
  const test = termTest(clause.term, now);
  return clause.negated ? (row) => !test(row) : test;
}

/**
 * The rows the query matches (search-query.ts), in their order. `now` is the moment `age` counts
 * from. Plain words, the common case, test the precomputed text of each row as before.
 */
export function searchRows(
  rows: readonly ImageRow[],
  query: Pick<SearchQuery, 'groups'>,
  now: number = Date.now(),
): readonly ImageRow[] {
  if (query.groups.length === 0) return rows;
  const tests = query.groups.map((group) => {
    const any = group.map((clause) => clauseTest(clause, now));
    return any.length === 1 ? any[0]! : (row: ImageRow) => any.some((test) => test(row));
  });
  return rows.filter((row) => tests.every((test) => test(row)));
}
