// What the proxy is doing for each source, from GET /api/status (proxy-api.ts ProxyStatus): its
// pending calls carry the canonical request as their key, and a source's pages differ only in
// PageNumber, so a call belongs to the source whose request it is without its page number (and
// whose account it is made as, with an accounts file).

import { canonicalRequestKey } from '../../ecs/describe-images-wire';
import type { PendingCall, ProxyStatus } from '../../ecs/proxy-api';
import type { ImageSource } from '../view-state/image-sources';

export interface SourceActivity {
  /** The service throttles DescribeImages in this region: the proxy sends fewer, at a measured rate. */
  slowed: boolean;
  /** The furthest retry among the source's calls, while one is being retried. */
  retrying: { attempt: number; maxAttempts: number; lastFailure: string | null } | undefined;
  /** Calls waiting in the proxy for a place to be sent. */
  waiting: number;
}

export const IDLE: SourceActivity = Object.freeze({ slowed: false, retrying: undefined, waiting: 0 });

const ACTION = 'DescribeImages';
const ACTION_PREFIX = `${ACTION}?`;

/** A source's account and request without its page number. */
const sourceKey = (account: string | undefined, request: string) => `${account ?? ''}\n${request}`;

/** The key of a pending call without its page number: the same for every page of a source. */
function callSourceKey(call: PendingCall): string | undefined {
  if (!call.key.startsWith(ACTION_PREFIX)) return undefined;
  const request = call.key
    .slice(ACTION_PREFIX.length)
    .split('&')
    .filter((entry) => !entry.startsWith('PageNumber='))
    .join('&');
  return sourceKey(call.account, request);
}

/** Each source's activity, in the order of `sources`. */
export function sourceActivities(status: ProxyStatus, sources: readonly ImageSource[]): SourceActivity[] {
  const slowedRegions = new Set(
    status.regions.filter((r) => r.state === 'slowed' && r.action === ACTION).map((r) => r.regionId),
  );
  const callsBySource = new Map<string, PendingCall[]>();
  for (const call of status.pending) {
    const key = callSourceKey(call);
    if (key === undefined) continue;
    const list = callsBySource.get(key) ?? [];
    list.push(call);
    callsBySource.set(key, list);
  }
  return sources.map((source) => {
    const request = canonicalRequestKey({ ...source.request, PageNumber: undefined });
    const calls = callsBySource.get(sourceKey(source.account, request)) ?? [];
    const furthest = calls.reduce<PendingCall | undefined>(
      (best, call) => (call.attempt > 1 && call.attempt > (best?.attempt ?? 1) ? call : best),
      undefined,
    );
    return {
      slowed: slowedRegions.has(source.regionId),
      retrying: furthest && {
        attempt: furthest.attempt,
        maxAttempts: furthest.maxAttempts,
        lastFailure: furthest.lastFailure,
      },
      waiting: calls.filter((c) => c.phase === 'queued').length,
    };
  });
}

/** The activities of several sources as one, for the summary line. */
export function combineActivities(activities: readonly SourceActivity[]): SourceActivity {
  return activities.reduce<SourceActivity>(
    (all, a) => ({
      slowed: all.slowed || a.slowed,
      retrying: a.retrying && a.retrying.attempt > (all.retrying?.attempt ?? 1) ? a.retrying : all.retrying,
      waiting: all.waiting + a.waiting,
    }),
    IDLE,
  );
}
