// What to suggest when a view shows no images: the defaults and filters that most often hide
// them, each with the edit that lifts it (the "can't find an image" FAQ, docs/ecs-api-notes.md §1.1).

import { ALL_STATUSES, DEFAULT_STATUS } from '../../ecs/describe-images-params';
import {
  narrowingFilterCount,
  ownerChoices,
  toggleStatus,
  withOwnerChoices,
  withoutServerFilters,
  withQuery,
  withStatuses,
} from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';

export interface EmptyHint {
  id: string;
  text: string;
  action: string;
  apply: (view: ViewState) => ViewState;
}

export function emptyHints(view: ViewState): EmptyHint[] {
  const hints: EmptyHint[] = [];
  if (view.q.trim() !== '')
    hints.push({
      id: 'q',
      text: `The quick search “${view.q.trim()}” matches none of the loaded images.`,
      action: 'Clear the search',
      apply: (v) => withQuery(v, ''),
    });
  const status = view.filters.Status;
  if (!status)
    hints.push({
      id: 'status',
      text: `Status is ${DEFAULT_STATUS} by default, which hides deprecated and unfinished images.`,
      action: 'Include Deprecated',
      apply: (v) => toggleStatus(v, 'Deprecated'),
    });
  if (status?.[0] !== ALL_STATUSES)
    hints.push({
      id: 'status-all',
      text: status
        ? `Only images with status ${status.join(', ')} are shown.`
        : 'Or look at every status at once.',
      action: 'Show every status',
      apply: (v) => withStatuses(v, [ALL_STATUSES]),
    });
  if (view.owners.length === 0)
    hints.push({
      id: 'marketplace',
      text: 'Marketplace images are excluded when no owner is chosen (the API default).',
      action: 'Add Marketplace',
      apply: (v) => withOwnerChoices(v, ['system', 'self', 'shared', 'marketplace']),
    });
  else if (ownerChoices(view).includes('shared'))
    hints.push({
      id: 'community',
      text: 'Community images are a separate owner choice from images shared with you.',
      action: 'Show Community instead of Shared',
      apply: (v) =>
        withOwnerChoices(
          v,
          ownerChoices(v).map((c) => (c === 'shared' ? 'community' : c)),
        ),
    });
  const filterCount = narrowingFilterCount(view);
  if (filterCount > 0)
    hints.push({
      id: 'filters',
      text: `${filterCount === 1 ? 'One filter narrows' : `${filterCount} filters narrow`} the request.`,
      action: 'Clear filters',
      apply: withoutServerFilters,
    });
  return hints;
}
