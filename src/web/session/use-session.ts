import { useQuery } from '@tanstack/react-query';
import { KNOWN_REGIONS, regionName } from '../../ecs/regions';
import { fetchDescribeRegions, fetchSession } from '../images/describe-images-api';

export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: ({ signal }) => fetchSession({ signal }),
    staleTime: Infinity,
    retry: 1,
  });
}

export interface RegionOption {
  id: string;
  name: string;
}

/** The region list from DescribeRegions; the built-in list until it arrives or if it fails. */
export function useRegions() {
  return useQuery({
    queryKey: ['DescribeRegions'],
    queryFn: async ({ signal }): Promise<RegionOption[]> => {
      const answer = await fetchDescribeRegions({ signal });
      return answer.Regions.Region.map((r) => ({
        id: r.RegionId,
        name: r.LocalName || regionName(r.RegionId),
      }));
    },
    staleTime: Infinity,
    retry: 1,
    placeholderData: KNOWN_REGIONS.map((r) => ({ id: r.id, name: r.name })),
  });
}
