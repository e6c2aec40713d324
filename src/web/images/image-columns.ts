// The table's columns: one per scalar field of an image, plus Region and Tags. Pure descriptions;
// the table component renders them and the sort and search modules read their values.

import type { EcsImage } from '../../ecs/image-types';
import { isTrueText } from '../../ecs/normalize-response';
import type { ImageRow } from './image-row';

export type ColumnKind = 'text' | 'number' | 'date' | 'boolean' | 'status' | 'owner' | 'tags' | 'region';

export type ImageColumnId =
  | 'RegionId'
  | 'Tags'
  | Exclude<
      keyof EcsImage,
      'Features' | 'DetectionOptions' | 'SecureBootOptions' | 'DiskDeviceMappings' | 'Tags'
    >;

export interface ImageColumn {
  id: ImageColumnId;
  label: string;
  kind: ColumnKind;
  /** Default width in pixels. */
  width: number;
  defaultVisible: boolean;
  /** The value sorted on; text for display comes from the component. */
  value: (row: ImageRow) => string | number | boolean | undefined;
}

const field =
  <K extends keyof EcsImage>(key: K) =>
  (row: ImageRow) =>
    row.image[key] as string | number | boolean | undefined;

function column(
  id: ImageColumnId,
  label: string,
  kind: ColumnKind,
  width: number,
  defaultVisible = false,
): ImageColumn {
  const value =
    id === 'RegionId'
      ? (row: ImageRow) => row.regionId
      : id === 'Tags'
        ? (row: ImageRow) => row.image.Tags.Tag.map((t) => `${t.TagKey}=${t.TagValue}`).join(' ')
        : id === 'IsSelfShared'
          ? // A string flag in the API, "" (not applicable) on images that are not yours.
            (row: ImageRow) =>
              row.image.IsSelfShared === '' ? undefined : isTrueText(row.image.IsSelfShared)
          : field(id);
  return { id, label, kind, width, defaultVisible, value };
}

export const IMAGE_COLUMNS: readonly ImageColumn[] = [
  column('ImageName', 'Name', 'text', 280, true),
  column('ImageId', 'Image ID', 'text', 260, true),
  column('RegionId', 'Region', 'region', 130, true),
  column('ImageOwnerAlias', 'Owner', 'owner', 110, true),
  column('Status', 'Status', 'status', 130, true),
  column('OSNameEn', 'OS', 'text', 240, true),
  column('Architecture', 'Arch', 'text', 80, true),
  column('Size', 'Size (GiB)', 'number', 90, true),
  column('CreationTime', 'Created', 'date', 170, true),
  column('ImageFamily', 'Family', 'text', 260, true),
  column('Tags', 'Tags', 'tags', 240, true),
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
  column('IsCopied', 'Copied', 'boolean', 80),
  // IsPublic is true for Alibaba Cloud's public images and for published community images.
  column('IsPublic', 'Public', 'boolean', 100),
  column('IsSelfShared', 'Shared by you', 'boolean', 120),
  column('IsSubscribed', 'Subscribed', 'boolean', 100),
  column('IsSupportCloudinit', 'cloud-init', 'boolean', 90),
  column('IsSupportIoOptimized', 'I/O optimized', 'boolean', 110),
  column('LoginAsNonRootSupported', 'Non-root login', 'boolean', 120),
  column('Usable', 'Usable', 'boolean', 80),
];

export const IMAGE_COLUMN_IDS: ReadonlySet<string> = new Set(IMAGE_COLUMNS.map((c) => c.id));

export const DEFAULT_VISIBLE_COLUMNS: readonly ImageColumnId[] = IMAGE_COLUMNS.filter(
  (c) => c.defaultVisible,
).map((c) => c.id);

export function isImageColumnId(id: string): id is ImageColumnId {
  return IMAGE_COLUMN_IDS.has(id);
}

export function imageColumn(id: ImageColumnId): ImageColumn {
  return IMAGE_COLUMNS.find((c) => c.id === id)!;
}
