// The text the quick search looks in: every row's fields, lower-cased, built once per row and
// ahead of the first keystroke in idle time (use-image-rows.ts). The search language that reads it
// (search-query.ts, search-rows.ts) loads when first needed.

import { stringPool } from '../../ecs/string-pool';
import type { ImageRow } from '../columns/image-row';

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

/**
 * Text as the search compares it: lower case, every run of spaces one space. The service writes
 * some OS names with two spaces ("Ubuntu  22.04 64 bit"), which a phrase typed with one must match
 * (docs/ecs-api-notes.md §16).
 */
export function searchForm(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('  ') ? lower.replace(/ {2,}/g, ' ') : lower;
}

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
    text = { narrow: searchForm(narrow.join('\n')), wide: sharedWide(searchForm(wide.join('\n'))) };
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
