// Whether the loaded rows can say what a family resolves to. DescribeImageFromFamily answers with
// the family's newest Available image (docs/ecs-api-notes.md §18.5); the rows tell the same only
// when the view loaded every Available member of the family. A filter that can leave some members
// out — a name, a tag, a time range, a status without Available — makes the rows' answer a guess:
// the newest one loaded, not necessarily the family's.
// Where they cannot, the family view asks the service for the families on screen
// (table/family-confirmation.tsx).

import { ALL_STATUSES } from '../../ecs/describe-images-params';
import type { SharedFilterName, SharedFilters } from '../view-state/view-state';

/**
 * Filters that can drop some members of a family and keep others. Owner, OS type and architecture
 * are left out: every member of a family shares them, so they keep or drop a family whole.
 */
const SPLITS_FAMILIES: readonly SharedFilterName[] = [
  'ImageId',
  'ImageName',
  'SnapshotId',
  'InstanceType',
  'IsSupportIoOptimized',
  'IsSupportCloudinit',
  'Usage',
  'ActionType',
  'ResourceGroupId',
  'ShowExpired',
  'Usable',
  'Tag',
  'Filter',
];

export function rowsResolveFamilies(filters: SharedFilters): boolean {
  const status = filters.Status;
  if (status && !status.includes('Available') && !status.includes(ALL_STATUSES)) return false;
  return SPLITS_FAMILIES.every((name) => filters[name] === undefined);
}
