// Image families per region, from the loaded rows: which image each family resolves to, the
// versions behind it, and the family view's lines (`group=family`). Pure, over rows.
//
// "Resolves to" is what DescribeImageFromFamily answers: the family's newest Available image by
// creation time (docs/ecs-api-notes.md §10). Here it is worked out from the rows loaded, so it is only
// as good as they are: a view whose filters leave the newest image out (a Status without Available,
// a name, a tag) cannot tell, and family-resolution.ts says when to ask the service instead.

import type { ImageRow } from '../columns/image-row';

/** The status a family resolves to; every other status is a version kept but never chosen. */
export const RESOLVABLE_STATUS = 'Available';

export interface ImageFamily {
  /** `RegionId/ImageFamily`: a family is per region, as images are. */
  key: string;
  regionId: string;
  name: string;
  /** Every loaded member, newest first (CreationTime, then ImageId). */
  members: readonly ImageRow[];
  /** The newest Available member: what the family resolves to, as far as the loaded rows tell. */
  resolved: ImageRow | undefined;
}

export interface FamilyIndex {
  families: ReadonlyMap<string, ImageFamily>;
  /** The family of a row (of its region and family name); undefined for a row without a family. */
  familyOf(row: ImageRow): ImageFamily | undefined;
  /** The image a row's family resolves to when that is newer than the row itself. */
  newerVersionOf(row: ImageRow): ImageRow | undefined;
}

export function familyKey(regionId: string, family: string): string {
  return `${regionId}/${family}`;
}

/**
 * Newest first. CreationTime is ISO 8601 in UTC with the same precision throughout an answer
 * (docs/ecs-api-notes.md §2.1), so text order is time order and no date is parsed per row.
 */
function newestFirst(a: ImageRow, b: ImageRow): number {
  const ta = a.image.CreationTime;
  const tb = b.image.CreationTime;
  if (ta !== tb) return ta < tb ? 1 : -1;
  return a.image.ImageId < b.image.ImageId ? -1 : a.image.ImageId > b.image.ImageId ? 1 : 0;
}

const indexByRows = new WeakMap<readonly ImageRow[], FamilyIndex>();

/**
 * The families of these rows; computed once per row list. Families are found by region, then name:
 * two lookups per row, without a key string or a map entry per row (this runs over every loaded row
 * once the last page is in, bench case 10).
 */
export function indexFamilies(rows: readonly ImageRow[]): FamilyIndex {
  const cached = indexByRows.get(rows);
  if (cached) return cached;
  const membersByRegion = new Map<string, Map<string, ImageRow[]>>();
  for (const row of rows) {
    const name = row.image.ImageFamily;
    if (!name) continue;
    let byName = membersByRegion.get(row.regionId);
    if (!byName) membersByRegion.set(row.regionId, (byName = new Map()));
    let members = byName.get(name);
    if (!members) byName.set(name, (members = []));
    members.push(row);
  }
  const families = new Map<string, ImageFamily>();
  const familiesByRegion = new Map<string, Map<string, ImageFamily>>();
  for (const [regionId, byName] of membersByRegion) {
    const regionFamilies = new Map<string, ImageFamily>();
    familiesByRegion.set(regionId, regionFamilies);
    for (const [name, members] of byName) {
      members.sort(newestFirst);
      const family: ImageFamily = {
        key: familyKey(regionId, name),
        regionId,
        name,
        members,
        resolved: members.find((m) => m.image.Status === RESOLVABLE_STATUS),
      };
      regionFamilies.set(name, family);
      families.set(family.key, family);
    }
  }
  const familyOf = (row: ImageRow) => {
    const name = row.image.ImageFamily;
    return name ? familiesByRegion.get(row.regionId)?.get(name) : undefined;
  };
  const index: FamilyIndex = {
    families,
    familyOf,
    newerVersionOf(row) {
      const resolved = familyOf(row)?.resolved;
      return resolved && resolved !== row && newestFirst(resolved, row) < 0 ? resolved : undefined;
    },
  };
  indexByRows.set(rows, index);
  return index;
}

/** What a line of the family view is: a family's head, a version folded under it, or an image alone. */
export type FamilyLine =
  | { kind: 'head'; family: ImageFamily; expanded: boolean }
  | { kind: 'version'; family: ImageFamily }
  | { kind: 'single' };

export interface FamilyView {
  /** The lines in order, as rows for the grid. */
  rows: readonly ImageRow[];
  lineOf(row: ImageRow): FamilyLine;
  /** Families shown. */
  familyCount: number;
}

const SINGLE: FamilyLine = { kind: 'single' };

/**
 * The family view of the rows on show (sorted and searched): one line per family × region, the
 * image it resolves to (or, when no member is Available, its newest), in the order the family first
 * appears among `shown`; under an expanded family every other loaded version, newest first.
 * Deprecated versions stay. Images without a family keep a line of their own.
 */
export function familyViewRows(
  shown: readonly ImageRow[],
  index: FamilyIndex,
  expanded: ReadonlySet<string>,
): FamilyView {
  const rows: ImageRow[] = [];
  const lines = new Map<ImageRow, FamilyLine>();
  const seen = new Set<ImageFamily>();
  for (const row of shown) {
    const family = index.familyOf(row);
    if (!family) {
      rows.push(row);
      continue;
    }
    if (seen.has(family)) continue;
    seen.add(family);
    const head = family.resolved ?? family.members[0]!;
    const open = expanded.has(family.key);
    rows.push(head);
    lines.set(head, { kind: 'head', family, expanded: open });
    if (!open) continue;
    const version: FamilyLine = { kind: 'version', family };
    for (const member of family.members) {
      if (member === head) continue;
      rows.push(member);
      lines.set(member, version);
    }
  }
  return { rows, lineOf: (row) => lines.get(row) ?? SINGLE, familyCount: seen.size };
}
