// Picks the emulator's catalog size so that a view matches a wanted number of images: the catalog
// is deterministic, so counting in-process gives the exact TotalCount the emulator will answer.
import { validateDescribeImages } from '../../src/ecs/describe-images-wire';
import { Catalog } from '../../src/emulator/catalog';
import { filterImages } from '../../src/emulator/filter-images';

function matches(imagesPerRegion: number, query: URLSearchParams): number {
  const catalog = new Catalog({ seed: 20140526, imagesPerRegion });
  const regions = (query.get('RegionId') ?? 'cn-hangzhou').split(',');
  let total = 0;
  for (const regionId of regions) {
    const params = new URLSearchParams(query);
    params.set('RegionId', regionId);
    const parsed = validateDescribeImages(params);
    if (!parsed.ok) throw new Error(`bench view is not a valid request: ${parsed.error.message}`);
    total += filterImages(catalog.images(regionId), parsed.value.request).length;
  }
  return total;
}

/** The smallest images-per-region whose view matches at least `wanted` images, and that count. */
export function imagesPerRegionFor(
  wanted: number,
  view: string,
): { imagesPerRegion: number; matched: number } {
  const query = new URLSearchParams(view);
  // Doubling first: counting a catalog costs in proportion to its size, so never build one much
  // larger than the answer.
  let high = 1;
  while (matches(high, query) < wanted) high *= 2;
  let low = Math.max(1, Math.floor(high / 2));
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (matches(mid, query) >= wanted) high = mid;
    else low = mid + 1;
  }
  return { imagesPerRegion: low, matched: matches(low, query) };
}
