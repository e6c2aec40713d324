import { useQuery } from '@tanstack/react-query';
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

/**
 * The open image (`image=` in the link): from the loaded rows when it is among them, else looked up
 * on its own (a link to an image the filters leave out).
 */
export function useOpenImage(ref: ImageRef | null, rows: readonly ImageRow[]): OpenImage | undefined {
  const key = ref ? imageRowKey(ref.regionId, ref.imageId, ref.account) : undefined;
  const loaded = useMemo(() => (key ? rows.find((r) => r.key === key) : undefined), [rows, key]);
  const lookup = useQuery({
    ...imageLookupQueryOptions(ref ?? NO_IMAGE),
    enabled: ref !== null && !loaded,
  });
  if (!ref) return undefined;
  if (loaded) return { state: 'found', row: loaded };
  if (lookup.data) return { state: 'found', row: lookup.data };
  if (lookup.data === null) return { state: 'not-found' };
  if (lookup.error) return { state: 'error', message: lookup.error.message };
  return { state: 'loading' };
}
