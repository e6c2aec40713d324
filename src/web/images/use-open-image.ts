import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ImageRow } from '../columns/image-row';
import { imageRowKey } from '../columns/image-row';
import type { ImageRef } from '../view-state/view-state';
import { imageLookupQueryOptions } from './image-queries';

/** The image whose detail is open, as far as it is known. */
export type OpenImage =
  | { state: 'found'; row: ImageRow }
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'error'; message: string };

/** What the lookup is keyed on while no image is open: a disabled query still has a key. */
const NO_IMAGE: ImageRef = { regionId: '', imageId: '' };

function openImage(loaded: ImageRow | undefined, lookup: UseQueryResult<ImageRow | null>): OpenImage {
  if (loaded) return { state: 'found', row: loaded };
  if (lookup.data) return { state: 'found', row: lookup.data };
  if (lookup.data === null) return { state: 'not-found' };
  if (lookup.error) return { state: 'error', message: lookup.error.message };
  return { state: 'loading' };
}

function findLoaded(ref: ImageRef | null, rows: readonly ImageRow[]): ImageRow | undefined {
  if (!ref) return undefined;
  const key = imageRowKey(ref.regionId, ref.imageId, ref.account);
  return rows.find((r) => r.key === key);
}

/**
 * The open image (`image=` in the link): from the loaded rows when it is among them, else looked up
 * on its own (a link to an image the filters leave out).
 */
export function useOpenImage(ref: ImageRef | null, rows: readonly ImageRow[]): OpenImage | undefined {
  const loaded = useMemo(() => findLoaded(ref, rows), [rows, ref]);
  const lookup = useQuery({ ...imageLookupQueryOptions(ref ?? NO_IMAGE), enabled: ref !== null && !loaded });
  return ref ? openImage(loaded, lookup) : undefined;
}

/** The images compared side by side (`compare=` in the link), each found the way useOpenImage finds one. */
export function useComparedImages(refs: readonly ImageRef[], rows: readonly ImageRow[]): OpenImage[] {
  const loaded = useMemo(() => refs.map((ref) => findLoaded(ref, rows)), [refs, rows]);
  const lookups = useQueries({
    queries: refs.map((ref, i) => ({ ...imageLookupQueryOptions(ref), enabled: !loaded[i] })),
  });
  return refs.map((_, i) => openImage(loaded[i], lookups[i]!));
}
