// Merges the pages of every source into one list of rows, in source order then page order, each
// image once under its `RegionId/ImageId` key, per account when there are several
// (docs/ARCHITECTURE.md "The shareable URL": the merge key of the fan-out).

import type { DescribeImagesResponse } from '../../ecs/image-types';
import { ImageRow } from '../columns/image-row';

export interface SourceData {
  account?: string | undefined;
  regionId: string;
  pages: readonly (DescribeImagesResponse | undefined)[];
}

// Converting a page to rows happens once per page object, however often the merge runs.
const rowsOfPage = new WeakMap<DescribeImagesResponse, ImageRow[]>();

function pageRows(source: SourceData, page: DescribeImagesResponse): ImageRow[] {
  let rows = rowsOfPage.get(page);
  if (!rows) {
    rows = page.Images.Image.map((image) => new ImageRow(source.regionId, image, source.account));
    rowsOfPage.set(page, rows);
  }
  return rows;
}

export function mergeSourceRows(sources: readonly SourceData[]): ImageRow[] {
  const seen = new Set<string>();
  const rows: ImageRow[] = [];
  for (const source of sources) {
    for (const page of source.pages) {
      if (!page) continue;
      for (const row of pageRows(source, page)) {
        if (seen.has(row.key)) continue;
        seen.add(row.key);
        rows.push(row);
      }
    }
  }
  return rows;
}

export type RowMerger = (sources: readonly SourceData[]) => readonly ImageRow[];

/**
 * mergeSourceRows that returns the previous list itself while no source got a new page, so the
 * sort, search and table models keyed on the list's identity are not rebuilt for a change that
 * added no rows (a source that only stopped fetching, a retry that failed again).
 */
export function createRowMerger(): RowMerger {
  let lastInput: readonly SourceData[] = [];
  let lastRows: readonly ImageRow[] = [];
  return (sources) => {
    const same =
      sources.length === lastInput.length &&
      sources.every(
        (s, i) =>
          s.regionId === lastInput[i]!.regionId &&
          s.account === lastInput[i]!.account &&
          s.pages === lastInput[i]!.pages,
      );
    if (!same) {
      lastRows = mergeSourceRows(sources);
      lastInput = sources;
    }
    return lastRows;
  };
}
