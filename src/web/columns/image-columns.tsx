// The columns of the image grid, one entry each: one per scalar field of an image, plus Account
// (of the proxy's accounts file), Region and Tags. An entry says everything about its column — the value it sorts on, the text people read
// (dates and flags formatted here and nowhere else), how a cell draws it, and where it shows: the
// table, the plain rows drawn while scrolling fast, the detail panel's overview, export. To add a
// column, add an entry. A column that draws controls (buttons, checkboxes) gives them tabIndex={-1}:
// the grid's arrow keys reach every control inside a cell (table/grid-keyboard.ts), so Tab stays one
// stop for the whole grid. The selection checkbox column (SELECT_COLUMN) is the grid's own, not an
// image field: never chosen, sorted or exported.

import type { ReactNode } from 'react';
import type { EcsImage } from '../../ecs/image-types';
import { isTrueText } from '../../ecs/normalize-response';
import { formatAge, formatTime } from '../ui/format';
import {
  FamilyCell,
  ImageIdCell,
  OwnerBadge,
  RowCheckbox,
  SelectAllCheckbox,
  StatusBadge,
  TagChips,
} from './cell-parts';
import type { ImageRow } from './image-row';

export type ImageColumnId =
  | 'Account'
  | 'RegionId'
  | 'Tags'
  | Exclude<
      keyof EcsImage,
      'Features' | 'DetectionOptions' | 'SecureBootOptions' | 'DiskDeviceMappings' | 'Tags'
    >;

export const SELECT_COLUMN_ID = 'select';
/** Every column the grid draws: the image fields, and the selection checkboxes. */
export type GridColumnId = ImageColumnId | typeof SELECT_COLUMN_ID;

export type SortValue = string | number | boolean | undefined;

/** How times read: in a zone (`UTC` or an IANA name), as an age or as the time; `now` for ages. */
export interface TimeDisplay {
  zone: string;
  age: boolean;
  now: number;
}
/** The API's own reading: the time in UTC. Export and copy use it. */
export const UTC_TIMES: TimeDisplay = { zone: 'UTC', age: false, now: 0 };

/** What the grid needs of a column. */
export interface GridColumn {
  readonly id: GridColumnId;
  readonly label: string;
  /** Default width in pixels. */
  readonly width: number;
  readonly defaultVisible: boolean;
  /** Listed in the detail panel's overview (its heading already shows the name and the ID). */
  readonly inOverview: boolean;
  /** The first click sorts descending: numbers, dates and flags start with the largest, newest or true. */
  readonly sortDescFirst: boolean;
  /**
   * Stays in view when the grid scrolls sideways, while it leads the row (every column before it
   * sticks too): the columns that say which image a row is.
   */
  readonly sticky: boolean;
  /** Classes of the column's table cells besides the shared ones (styles.css). */
  readonly cellClass: string;
  /** The value sorted on; undefined or '' when the image has none. */
  readonly value: (row: ImageRow) => SortValue;
  /**
   * The value as people read it: dates as `times` says (UTC by default), flags as Yes/No, '' when
   * the image has none. The plain rows drawn while scrolling fast show it, and so will export and
   * copy.
   */
  readonly text: (row: ImageRow, times?: TimeDisplay) => string;
  /** The whole value, for a cell's hover title: a date as its exact time even where it shows an age. */
  readonly title: (row: ImageRow, times?: TimeDisplay) => string;
  /** A badge or chips instead of the text, in the table and the detail panel; none for text columns. */
  readonly render: ((row: ImageRow) => ReactNode) | undefined;
  /** The header's content instead of a sort button; only the selection column has one. */
  readonly header?: () => ReactNode;
}

export interface ImageColumn extends GridColumn {
  readonly id: ImageColumnId;
  /**
   * The value in an export (CSV): the API's own form — dates in ISO 8601 as the API gives them,
   * flags as true/false, numbers plain — '' when the image has none.
   */
  readonly exportText: (row: ImageRow) => string;
}

type Format = 'text' | 'number' | 'date' | 'flag';

const field =
  <K extends keyof EcsImage>(key: K) =>
  (row: ImageRow) =>
    row.image[key] as SortValue;

function textOf(format: Format, value: SortValue, times: TimeDisplay): string {
  if (value === undefined || value === '') return '';
  if (format === 'date')
    return times.age ? formatAge(String(value), times.now) : formatTime(String(value), times.zone);
  if (format === 'flag') return value ? 'Yes' : 'No';
  return String(value);
}

function exportTextOf(value: SortValue): string {
  return value === undefined ? '' : String(value);
}

const MONO: ReadonlySet<ImageColumnId> = new Set(['ImageId', 'ResourceGroupId', 'ProductCode']);
const IN_HEADING: ReadonlySet<ImageColumnId> = new Set(['ImageName', 'ImageId', 'Tags']);
const STICKY: ReadonlySet<ImageColumnId> = new Set(['ImageName', 'ImageId']);

function column(
  id: ImageColumnId,
  label: string,
  format: Format,
  width: number,
  options: {
    defaultVisible?: boolean;
    value?: (row: ImageRow) => SortValue;
    render?: (row: ImageRow) => ReactNode;
    cellClass?: string;
    exportText?: (row: ImageRow) => string;
  } = {},
): ImageColumn {
  const value = options.value ?? field(id as keyof EcsImage);
  const text = (row: ImageRow, times = UTC_TIMES) => textOf(format, value(row), times);
  return {
    id,
    label,
    width,
    defaultVisible: options.defaultVisible ?? false,
    inOverview: !IN_HEADING.has(id),
    sortDescFirst: format !== 'text',
    sticky: STICKY.has(id),
    cellClass: options.cellClass ?? (format === 'number' ? 'is-number' : MONO.has(id) ? 'is-mono' : ''),
    value,
    text,
    // A date's title is its exact time; any other column's is its text (the same function, so the
    // grid can tell and not work it out twice).
    title:
      format === 'date'
        ? (row, times = UTC_TIMES) => {
            const v = value(row);
            return v === undefined || v === '' ? '' : formatTime(String(v), times.zone);
          }
        : text,
    render: options.render,
    exportText: options.exportText ?? ((row) => exportTextOf(value(row))),
  };
}

const shown = { defaultVisible: true };

// The default columns fit a 1440 px screen with the selection column, and the Region column a view
// of several regions adds (about 1,390 px of cells); Tags and the rest are a choice away.
export const IMAGE_COLUMNS: readonly ImageColumn[] = [
  column('ImageName', 'Name', 'text', 200, shown),
  column('ImageId', 'Image ID', 'text', 190, {
    ...shown,
    render: ({ image }) => <ImageIdCell image={image} />,
    cellClass: 'is-mono is-id',
  }),
  column('Account', 'Account', 'text', 110, { ...shown, value: (row) => row.account }),
  column('RegionId', 'Region', 'text', 110, { ...shown, value: (row) => row.regionId }),
  column('ImageOwnerAlias', 'Owner', 'text', 120, {
    ...shown,
    render: ({ image }) => <OwnerBadge image={image} />,
  }),
  column('Status', 'Status', 'text', 120, {
    ...shown,
    render: ({ image }) => <StatusBadge status={image.Status} progress={image.Progress} />,
  }),
  column('OSNameEn', 'OS', 'text', 110, shown),
  column('Architecture', 'Arch', 'text', 70, shown),
  column('Size', 'Size (GiB)', 'number', 80, shown),
  column('CreationTime', 'Created', 'date', 150, shown),
  column('ImageFamily', 'Family', 'text', 200, {
    ...shown,
    render: (row) => <FamilyCell row={row} />,
    cellClass: 'is-family',
  }),
  column('Tags', 'Tags', 'text', 240, {
    value: (row) => row.image.Tags.Tag.map((t) => `${t.TagKey}=${t.TagValue}`).join(' '),
    render: (row) => <TagChips tags={row.image.Tags.Tag} />,
    cellClass: 'is-tags',
    exportText: (row) => row.image.Tags.Tag.map((t) => `${t.TagKey}=${t.TagValue}`).join('; '),
  }),
  column('ImageVersion', 'Version', 'text', 100),
  column('OSType', 'OS type', 'text', 90),
  column('OSName', 'OS name (Chinese)', 'text', 220),
  column('Platform', 'Platform', 'text', 150),
  column('BootMode', 'Boot mode', 'text', 110),
  column('Usage', 'Usage', 'text', 90),
  column('Progress', 'Progress', 'text', 90),
  column('Description', 'Description', 'text', 280),
  column('ImageOwnerId', 'Owner account', 'number', 160),
  column('SupplierName', 'Supplier', 'text', 150),
  column('ProductCode', 'Product code', 'text', 130),
  column('ResourceGroupId', 'Resource group', 'text', 200),
  column('LicenseType', 'License', 'text', 100),
  column('IsCopied', 'Copied', 'flag', 80),
  // IsPublic is true for Alibaba Cloud's public images and for published community images.
  column('IsPublic', 'Public', 'flag', 100),
  // A string flag in the API, compared case-insensitively; "" (not applicable) on images that are
  // not yours.
  column('IsSelfShared', 'Shared by you', 'flag', 120, {
    value: (row) => (row.image.IsSelfShared === '' ? undefined : isTrueText(row.image.IsSelfShared)),
  }),
  column('IsSubscribed', 'Subscribed', 'flag', 100),
  column('IsSupportCloudinit', 'cloud-init', 'flag', 90),
  column('IsSupportIoOptimized', 'I/O optimized', 'flag', 110),
  column('LoginAsNonRootSupported', 'Non-root login', 'flag', 120),
  column('Usable', 'Usable', 'flag', 80),
];

const BY_ID = new Map(IMAGE_COLUMNS.map((c) => [c.id as string, c]));

/** The selection checkboxes, first in every row; its header selects every matching row. */
export const SELECT_COLUMN: GridColumn = {
  id: SELECT_COLUMN_ID,
  label: 'Select',
  width: 36,
  defaultVisible: false,
  inOverview: false,
  sortDescFirst: false,
  // It leads the row: the name and the ID after it stick only if it does.
  sticky: true,
  cellClass: 'is-select',
  value: () => undefined,
  text: () => '',
  title: () => '',
  render: (row) => <RowCheckbox row={row} />,
  header: () => <SelectAllCheckbox />,
};

export function gridColumn(id: GridColumnId): GridColumn {
  return id === SELECT_COLUMN_ID ? SELECT_COLUMN : imageColumn(id);
}

export const DEFAULT_VISIBLE_COLUMNS: readonly ImageColumnId[] = IMAGE_COLUMNS.filter(
  (c) => c.defaultVisible,
).map((c) => c.id);

export function isImageColumnId(id: string): id is ImageColumnId {
  return BY_ID.has(id);
}

export function imageColumn(id: ImageColumnId): ImageColumn {
  return BY_ID.get(id)!;
}
