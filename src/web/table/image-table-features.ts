import {
  columnResizingFeature,
  columnSizingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

/**
 * The features the image table uses. Sorting is manual (sort-rows.ts sorts 100k rows faster than
 * comparator sorting), so no sorted row model is registered: the feature only keeps the state and
 * the header toggles.
 */
export const imageTableFeatures = tableFeatures({
  columnSizingFeature,
  columnResizingFeature,
  rowSortingFeature,
});
export type ImageTableFeatures = typeof imageTableFeatures;
