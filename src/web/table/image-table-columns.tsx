import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { IMAGE_COLUMNS, type ImageColumn, type ImageColumnId } from '../images/image-columns';
import type { ImageRow } from '../images/image-row';
import { OwnerBadge, StatusBadge, TagChips } from './cell-parts';
import { cellText } from './cell-text';
import type { ImageTableFeatures } from './image-table-features';

const helper = createColumnHelper<ImageTableFeatures, ImageRow>();

/** A cell's content; the body renders it straight from the image, without TanStack row objects. */
export function renderCell(column: ImageColumn, row: ImageRow): ReactNode {
  const image = row.image;
  if (column.kind === 'status') return <StatusBadge status={image.Status} progress={image.Progress} />;
  if (column.kind === 'owner') return <OwnerBadge alias={image.ImageOwnerAlias} isPublic={image.IsPublic} />;
  if (column.kind === 'tags') return <TagChips tags={image.Tags.Tag} />;
  return cellText(column, row) || '—';
}

// One definition per column, made once: the table keys its models on column identity. The table
// owns headers, widths and sort state; rows are rendered by the body (image-table-body.tsx).
const DEFINITIONS = new Map(
  IMAGE_COLUMNS.map((column) => [
    column.id,
    helper.accessor((row) => column.value(row), {
      id: column.id,
      header: column.label,
      size: column.width,
      // The table never sees rows, so it cannot guess a first direction from the values: numbers,
      // dates and flags start with the largest, newest, or true; text from A.
      sortDescFirst: column.kind === 'number' || column.kind === 'date' || column.kind === 'boolean',
      minSize: 60,
      maxSize: 900,
    }) as ColumnDef<ImageTableFeatures, ImageRow, unknown>,
  ]),
);

export function imageTableColumns(
  ids: readonly ImageColumnId[],
): ColumnDef<ImageTableFeatures, ImageRow, unknown>[] {
  return ids.map((id) => DEFINITIONS.get(id)!);
}
