// Polls GET /api/status while the page's requests are pending, and only then: one poll for every
// source, starting once requests have been out for a second (a quick load asks nothing) and
// stopping as soon as nothing is pending.

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { ImageSource } from '../view-state/image-sources';
import { fetchProxyStatus } from './ecs-api';
import { sourceActivities, type SourceActivity } from './proxy-activity';
import { statusKeys } from './query-keys';

export const STATUS_POLL_MS = 1_000;

/** When `on` became true, once it has stayed true for `ms`; undefined otherwise. */
function useOnFor(on: boolean, ms: number): number | undefined {
  const [since, setSince] = useState<number | undefined>();
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setSince(Date.now()), ms);
    return () => {
      clearTimeout(timer);
      setSince(undefined);
    };
  }, [on, ms]);
  return on ? since : undefined;
}

/** Each source's activity while requests are pending and the proxy has said; undefined otherwise. */
export function useProxyActivity(
  sources: readonly ImageSource[],
  pending: boolean,
): readonly SourceActivity[] | undefined {
  const since = useOnFor(pending, STATUS_POLL_MS);
  const polling = since !== undefined;
  const { data, dataUpdatedAt } = useQuery({
    queryKey: statusKeys.proxy(),
    queryFn: ({ signal }) => fetchProxyStatus({ signal }),
    enabled: polling,
    refetchInterval: polling ? STATUS_POLL_MS : false,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  // An answer from an earlier period of polling says nothing about now.
  const fresh = polling && data !== undefined && dataUpdatedAt >= since;
  return useMemo(() => (fresh ? sourceActivities(data, sources) : undefined), [fresh, data, sources]);
}
