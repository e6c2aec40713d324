// The proxy's session (which account, which signature) and the region list, as react-query options
// and the hooks the page reads them with.

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionAccount, SessionInfo } from '../../ecs/proxy-api';
import { DEFAULT_REGION_ID, KNOWN_REGIONS, regionLanguageFor, regionName } from '../../ecs/regions';
import { defaultAccountOf, fetchDescribeRegions, fetchSession } from './ecs-api';
import { sessionKeys } from './query-keys';

export const sessionQueryOptions = queryOptions({
  queryKey: sessionKeys.session(),
  queryFn: ({ signal }) => fetchSession({ signal }),
  staleTime: Infinity,
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

/** The region list, asked as the default account of the accounts file (null: there is none). */
export function regionsQueryOptions(account: string | null) {
  return queryOptions({
    queryKey: sessionKeys.regions(regionLanguage, account),
    queryFn: async ({ signal }): Promise<RegionOption[]> => {
      const answer = await fetchDescribeRegions(regionLanguage, {
        signal,
        ...(account !== null ? { account } : {}),
      });
      return answer.Regions.Region.map((r) => ({
        id: r.RegionId,
        name: r.LocalName || regionName(r.RegionId, regionLanguage),
      }));
    },
    staleTime: Infinity,
  });
}

const BUILT_IN_REGIONS: RegionOption[] = KNOWN_REGIONS.map((r) => ({
  id: r.id,
  name: r.names[regionLanguage],
}));

/** The regions of a list a signed-in user may see (the server refuses the others); all for no user. */
export function regionsAllowed(
  regions: RegionOption[],
  user: SessionInfo['user'] | undefined,
): RegionOption[] {
  const allowed = user?.regions;
  return allowed ? regions.filter((r) => allowed.includes(r.id)) : regions;
}

/**
 * The region list from DescribeRegions, narrowed to what the signed-in user may see; the built-in
 * list until it arrives or if it fails.
 */
export function useRegions() {
  const session = useSession();
  const account = useDefaultAccount();
  const user = session.data?.user;
  return useQuery({
    ...regionsQueryOptions(account ?? null),
    // Whether the call names an account is known once the session is.
    enabled: account !== undefined,
    placeholderData: BUILT_IN_REGIONS,
    select: (regions) => regionsAllowed(regions, user),
  });
}

const NO_ACCOUNTS: SessionAccount[] = [];

/** The accounts of the proxy's accounts file (names and IDs); none without one, or until known. */
export function useSessionAccounts(): readonly SessionAccount[] {
  return useSession().data?.accounts ?? NO_ACCOUNTS;
}

/**
 * The account a view without accounts shows: the accounts file's first, null without an accounts
 * file (or if the session cannot be read), undefined until the session is known.
 */
export function useDefaultAccount(): string | null | undefined {
  const session = useSession();
  return session.data ? defaultAccountOf(session.data) : session.isError ? null : undefined;
}

/**
 * The region a view without regions shows: the session's default, or the built-in default if the
 * session cannot be read; undefined until then.
 */
export function useDefaultRegion(): string | undefined {
  const session = useSession();
  return session.data?.defaultRegion || (session.isError ? DEFAULT_REGION_ID : undefined);
}
