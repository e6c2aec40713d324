// Images side by side: every field, disk mapping, tag, feature and detection option of 2 to 4
// images as rows of values, each row marked when the images differ. Pure.

import { IMAGE_COLUMNS } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';

export interface CompareRow {
  section: 'Overview' | 'Disk mappings' | 'Tags' | 'Features' | 'Detection options';
  label: string;
  /** One value per image, in the order given; '' when an image has none. */
  values: string[];
  differs: boolean;
}

const DISK_FIELDS = [
  'Type',
  'Device',
  'Size',
  'SnapshotId',
  'Format',
  'Encrypted',
  'ImportOSSBucket',
  'ImportOSSObject',
] as const;

function row(section: CompareRow['section'], label: string, values: string[]): CompareRow {
  return { section, label, values, differs: values.some((v) => v !== values[0]) };
}

/** Every key any of the images has, in first-seen order. */
function unionOf(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

export function compareImages(rows: readonly ImageRow[]): CompareRow[] {
  const out: CompareRow[] = [
    row(
      'Overview',
      'Image ID',
      rows.map((r) => r.image.ImageId),
    ),
    row(
      'Overview',
      'Region',
      rows.map((r) => r.regionId),
    ),
  ];
  for (const column of IMAGE_COLUMNS) {
    if (column.id === 'ImageId' || column.id === 'RegionId' || column.id === 'Tags') continue;
    out.push(
      row(
        'Overview',
        column.label,
        rows.map((r) => column.text(r)),
      ),
    );
  }
  out.push(
    row(
      'Overview',
      'Secure boot',
      rows.map((r) => r.image.SecureBootOptions?.SecureBootSupport ?? ''),
    ),
  );

  const disks = rows.map((r) => r.image.DiskDeviceMappings.DiskDeviceMapping);
  const diskCount = Math.max(0, ...disks.map((d) => d.length));
  out.push(
    row(
      'Disk mappings',
      'Count',
      disks.map((d) => String(d.length)),
    ),
  );
  for (let i = 0; i < diskCount; i++)
    for (const field of DISK_FIELDS)
      out.push(
        row(
          'Disk mappings',
          `Disk ${i + 1} ${field}`,
          disks.map((d) => (d[i]?.[field] === undefined ? '' : String(d[i]![field]))),
        ),
      );

  const tags = rows.map((r) => r.image.Tags.Tag);
  for (const key of unionOf(tags.map((t) => t.map((tag) => tag.TagKey))))
    out.push(
      row(
        'Tags',
        key,
        tags.map((t) =>
          t
            .filter((tag) => tag.TagKey === key)
            .map((tag) => tag.TagValue)
            .join(', '),
        ),
      ),
    );

  const features = rows.map((r) => r.image.Features as Record<string, string | undefined>);
  for (const key of unionOf(features.map((f) => Object.keys(f))))
    out.push(
      row(
        'Features',
        key,
        features.map((f) => f[key] ?? ''),
      ),
    );

  const detection = rows.map((r) => r.image.DetectionOptions);
  out.push(
    row(
      'Detection options',
      'Status',
      detection.map((d) => d.Status ?? ''),
    ),
  );
  const items = detection.map((d) => d.Items?.Item ?? []);
  for (const name of unionOf(items.map((list) => list.map((i) => i.Name))))
    out.push(
      row(
        'Detection options',
        name,
        items.map((list) => {
          const item = list.find((i) => i.Name === name);
          return item ? [item.RiskLevel, item.RiskCode, item.Value].filter(Boolean).join(' · ') : '';
        }),
      ),
    );
  return out;
}

/** Rows that differ between every two versions of an image by nature, not by what changed in it. */
const ALWAYS_DIFFERENT: ReadonlySet<string> = new Set([
  'Image ID',
  'Name',
  'Created',
  'Status',
  'Progress',
  'Usage',
]);

/**
 * What differs from one version of a family to the one before it: the overview's fields by label,
 * the other sections by name ("Disk mappings", "Tags"), each once.
 */
export function versionChanges(newer: ImageRow, older: ImageRow): string[] {
  const changes = compareImages([newer, older])
    .filter((r) => r.differs && !(r.section === 'Overview' && ALWAYS_DIFFERENT.has(r.label)))
    .map((r) => (r.section === 'Overview' ? r.label : r.section.toLowerCase()));
  return [...new Set(changes)];
}
