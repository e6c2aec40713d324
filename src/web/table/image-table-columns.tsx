import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { IMAGE_COLUMNS, type ImageColumn, type ImageColumnId } from '../images/image-columns';
import type { ImageRow } from '../images/image-row';
import { formatUtc } from '../ui/format';
import { OwnerBadge, StatusBadge, TagChips } from './cell-parts';
import type { ImageTableFeatures } from './image-table-features';

const helper = createColumnHelper<ImageTableFeatures, ImageRow>();

function Text({ text, mono }: { text: string; mono?: boolean }) {
  if (text === '') return <span className="text-zinc-400">—</span>;
  return (
    <span title={text} className={`truncate ${mono ? 'font-mono text-xs' : ''}`}>
      {text}
    </span>
  );
}

function renderCell(column: ImageColumn, row: ImageRow): ReactNode {
  const image = row.image;
  switch (column.kind) {
    case 'status':
      return <StatusBadge status={image.Status} progress={image.Progress} />;
    case 'owner':
      return <OwnerBadge alias={image.ImageOwnerAlias} isPublic={image.IsPublic} />;
    case 'tags':
      return <TagChips tags={image.Tags.Tag} />;
    case 'date':
      return <Text text={formatUtc(image.CreationTime)} />;
    case 'boolean': {
      const value = column.value(row);
      return <Text text={value === undefined ? '' : value ? 'Yes' : 'No'} />;
    }
    case 'number': {
      const value = column.value(row);
      return (
        <span className="w-full text-right tabular-nums">{value === undefined ? '—' : String(value)}</span>
      );
    }
    default: {
      const value = column.value(row);
      return (
        <Text
          text={value === undefined ? '' : String(value)}
          mono={column.id === 'ImageId' || column.id === 'ResourceGroupId'}
        />
      );
    }
  }
}

// One definition per column, made once: the table keys its models on column identity.
const DEFINITIONS = new Map(
  IMAGE_COLUMNS.map((column) => [
    column.id,
    helper.accessor((row) => column.value(row), {
      id: column.id,
      header: column.label,
      size: column.width,
      minSize: 60,
      maxSize: 900,
      cell: ({ row }) => renderCell(column, row.original),
    }) as ColumnDef<ImageTableFeatures, ImageRow, unknown>,
  ]),
);

export function imageTableColumns(
  ids: readonly ImageColumnId[],
): ColumnDef<ImageTableFeatures, ImageRow, unknown>[] {
  return ids.map((id) => DEFINITIONS.get(id)!);
}
