import { serialiseViewUrl } from './url-codec';
import { EMPTY_VIEW, type ViewState } from './view-state';

/**
 * The part of the link that decides which API calls are made (regions, owners, filters), as text.
 * Views that differ only in sort, columns, search or the open image share it, so the planned
 * sources — and the requests — stay the same for them.
 */
export function apiPartOf(view: ViewState): string {
  return serialiseViewUrl({
    ...EMPTY_VIEW,
    regions: view.regions,
    owners: view.owners,
    filters: view.filters,
  });
}
