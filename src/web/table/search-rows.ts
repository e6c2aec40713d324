// Quick search over loaded rows: every whitespace-separated term must appear (case-insensitive)
// in the row's text — names, IDs, OS, family, description, tags, snapshots, owner, region.

import type { ImageRow } from '../images/image-row';

const textOfRow = new WeakMap<ImageRow, string>();

export function searchableText(row: ImageRow): string {
  let text = textOfRow.get(row);
  if (text === undefined) {
    const i = row.image;
    text = [
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
    ]
      .join('\n')
      .toLowerCase();
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

export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function searchRows(rows: readonly ImageRow[], query: string): readonly ImageRow[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter((row) => {
    const text = searchableText(row);
    return terms.every((term) => text.includes(term));
  });
}
