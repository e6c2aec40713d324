import { queryOptions, useQuery } from '@tanstack/react-query';
import { KNOWN_REGIONS, regionLanguageFor, regionName } from '../../ecs/regions';
import { fetchDescribeRegions, fetchSession } from '../images/describe-images-api';

export const sessionQueryOptions = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => fetchSession({ signal }),
  staleTime: Infinity,
  retry: 1,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

export interface RegionOption {
  id: string;
  name: string;
}

/** Region names in the browser's language where DescribeRegions has it, else in English. */
const regionLanguage = regionLanguageFor(navigator.languages);

export const regionsQueryOptions = queryOptions({
  queryKey: ['DescribeRegions', regionLanguage],
  queryFn: async ({ signal }): Promise<RegionOption[]> => {
    const answer = await fetchDescribeRegions(regionLanguage, { signal });
    return answer.Regions.Region.map((r) => ({
      id: r.RegionId,
      name: r.LocalName || regionName(r.RegionId, regionLanguage),
    }));
  },
  staleTime: Infinity,
  retry: 1,
});

/** The region list from DescribeRegions; the built-in list until it arrives or if it fails. */
export function useRegions() {
  return useQuery({
    ...regionsQueryOptions,
    placeholderData: KNOWN_REGIONS.map((r) => ({ id: r.id, name: r.names[regionLanguage] })),
  });
}
