// Quick search over loaded rows, in the search language of search-query.ts: plain words must appear
// (case-insensitive) in the row's text — names, IDs, OS, family, description, tags, snapshots, owner,
// region — and field terms test one field.

import { stringPool } from '../../ecs/string-pool';
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

/**
 * A row's text, lower-cased, in two parts: the fields that fit in Latin-1, and the rest. V8 keeps a
 * string with one wider character in two bytes per character, so one Chinese OS name would double
 * the whole row's text; apart, the long part stays one byte per character (bench case 6).
 */
export interface SearchText {
  narrow: string;
  wide: string;
}

const textOfRow = new WeakMap<ImageRow, SearchText>();
// The wide part is mostly the Chinese OS name, which many rows share: one copy each.
const sharedWide = stringPool(20_000);
// Any character past Latin-1.
const WIDE = /[\u0100-\uffff]/;

export function searchableText(row: ImageRow): SearchText {
  let text = textOfRow.get(row);
  if (text === undefined) {
    const i = row.image;
    const fields = [
      i.ImageId,
      i.ImageName,
      i.ImageFamily,
      i.ImageVersion,
      i.OSName,
      i.OSNameEn,
      i.Platform,
      i.Description,
      i.Status,
      i.Architecture,
      i.ImageOwnerAlias,
      i.ProductCode,
      i.ResourceGroupId,
      i.SupplierName ?? '',
      row.regionId,
      ...i.Tags.Tag.map((t) => `${t.TagKey}=${t.TagValue}`),
      ...i.DiskDeviceMappings.DiskDeviceMapping.map((d) => d.SnapshotId),
    ];
    const narrow: string[] = [];
    const wide: string[] = [];
    for (const field of fields) (WIDE.test(field) ? wide : narrow).push(field);
    text = { narrow: narrow.join('\n').toLowerCase(), wide: sharedWide(wide.join('\n').toLowerCase()) };
    textOfRow.set(row, text);
  }
  return text;
}

const ROWS_PER_STEP = 500;

/** Builds the search text of every row, a few hundred rows per step, for idle time. */
export function* searchIndexInSteps(rows: readonly ImageRow[]): Generator<void, void> {
  for (let i = 0; i < rows.length; i++) {
    searchableText(rows[i]!);
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
}

type RowTest = (row: ImageRow) => boolean;

function containsText(text: string): RowTest {
  const t = text.toLowerCase();
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
  const v = value.toLowerCase();
  if (v === '') return (row) => values(row).every((x) => x === '');
  return exact
    ? (row) => values(row).some((x) => x.toLowerCase() === v)
    : (row) => values(row).some((x) => x.toLowerCase().includes(v));
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
          (t) => t.TagKey.toLowerCase() === key && (value === undefined || t.TagValue.toLowerCase() === value),
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
