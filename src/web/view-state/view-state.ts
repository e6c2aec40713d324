// What the dashboard shows, as one value. The URL is its only home (url-codec.ts); everything on
// screen derives from it.

import type { DescribeImagesRequest, ImageOwnerAlias } from '../../ecs/describe-images-params';
import type { ImageColumnId } from '../columns/image-columns';

/** Filters applied to every call of the fan-out. Paging and DryRun belong to the dashboard. */
export type SharedFilters = Omit<
  DescribeImagesRequest,
  'RegionId' | 'ImageOwnerAlias' | 'PageNumber' | 'PageSize' | 'DryRun'
>;

export type SharedFilterName = keyof SharedFilters;

export interface SortSpec {
  id: ImageColumnId;
  desc: boolean;
}

/** How the rows are laid out: one line per image, or one per family × region (`group=family`). */
export type RowGrouping = 'family';

/** An image is identified by region and ID together, and by its account when a view has several. */
export interface ImageRef {
  /** The account of the accounts file it was listed for; absent without an accounts file. */
  account?: string;
  regionId: string;
  imageId: string;
}

/** What the page shows for the view: the image list, or the audit of the regions' custom images. */
export type Screen = 'list' | 'audit';

export interface ViewState {
  /**
   * Accounts of the proxy's accounts file to query, by name, one call each (`account=`). Empty: the
   * session's default account, or none without an accounts file.
   */
  accounts: readonly string[];
  /** Regions to query, one call each. Empty: the session's default region. */
  regions: readonly string[];
  /** Owners to query, one call each. Empty: the API default (system, self and others). */
  owners: readonly ImageOwnerAlias[];
  filters: SharedFilters;
  sort: readonly SortSpec[];
  /** Visible columns in order. null: the default set. */
  columns: readonly ImageColumnId[] | null;
  /** Quick search over loaded rows. */
  q: string;
  /** The image whose detail is open. */
  image: ImageRef | null;
  /** null: one line per image. */
  group: RowGrouping | null;
  /** Images side by side: none, or 2 to MAX_COMPARED. */
  compare: readonly ImageRef[];
  screen: Screen;
}

/** At most this many images are compared side by side. */
export const MAX_COMPARED = 4;

export const EMPTY_VIEW: ViewState = {
  accounts: [],
  regions: [],
  owners: [],
  filters: {},
  sort: [],
  columns: null,
  q: '',
  image: null,
  group: null,
  compare: [],
  screen: 'list',
};
