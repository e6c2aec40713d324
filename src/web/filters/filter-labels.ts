// Words for the filter controls that the API model does not carry: labels of the Filter.N keys and
// of the owner choices. Keys are typed by src/ecs, so a new key or choice fails to compile here.

import type { FilterKey } from '../../ecs/describe-images-params';
import type { OwnerChoice } from '../view-state/view-edits';

export const FILTER_KEY_LABELS: Record<FilterKey, string> = {
  CreationStartTime: 'Created from',
  CreationEndTime: 'Created until',
  NetworkType: 'Network type',
  CpuOnlineUpgrade: 'CPU online upgrade',
  CpuOnlineDowngrade: 'CPU online downgrade',
  MemoryOnlineUpgrade: 'Memory online upgrade',
  MemoryOnlineDowngrade: 'Memory online downgrade',
};

export const OWNER_CHOICES: readonly { id: OwnerChoice; label: string; help: string }[] = [
  {
    id: 'system',
    label: 'Alibaba Cloud',
    help: 'Public images from Alibaba Cloud (ImageOwnerAlias=system).',
  },
  { id: 'self', label: 'Custom', help: 'Your own custom images (ImageOwnerAlias=self).' },
  {
    id: 'shared',
    label: 'Shared',
    help: 'Images other accounts shared with you (ImageOwnerAlias=others).',
  },
  {
    id: 'community',
    label: 'Community',
    help: 'Published community images (ImageOwnerAlias=others with IsPublic=true). Replaces Shared: the API returns one or the other.',
  },
  {
    id: 'marketplace',
    label: 'Marketplace',
    help: 'Alibaba Cloud Marketplace images (ImageOwnerAlias=marketplace). Not included by default.',
  },
];

export const DEFAULT_OWNERS_TEXT = 'Alibaba Cloud, custom and shared (API default; no marketplace)';
