import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRequestKey, validateDescribeImages } from '../../ecs/describe-images-wire';
import type { PendingCall, ProxyStatus, RegionPacing } from '../../ecs/proxy-api';
import { DESCRIBE_IMAGES } from '../../ecs/describe-images-params';
import { planImageSources } from '../view-state/image-sources';
import { viewState } from '../view-state/testing/view-state-arbitrary';
import { parseViewQueryString } from '../view-state/url-codec';
import { actionUrl } from './ecs-api';
import { combineActivities, IDLE, sourceActivities } from './proxy-activity';

/** The key the proxy gives the call the browser makes for this request (src/proxy/api-request.ts). */
function proxyKeyOf(url: string): string {
  const validated = validateDescribeImages(new URL(url, 'http://127.0.0.1').searchParams);
  if (!validated.ok) throw new Error(validated.error.message);
  return `DescribeImages?${canonicalRequestKey(validated.value.request)}`;
}

const call = (key: string, fields: Partial<PendingCall> = {}): PendingCall => ({
  key,
  regionId: 'cn-hangzhou',
  phase: 'sending',
  attempt: 1,
  maxAttempts: 3,
  lastFailure: null,
  waiters: 1,
  ...fields,
});

const region = (regionId: string, state: RegionPacing['state'], action = 'DescribeImages'): RegionPacing => ({
  regionId,
  action,
  accessKeyId: 'LTAI****wXyZ',
  state,
  inFlight: 1,
  inFlightLimit: 4,
  ratePerSecond: state === 'slowed' ? 5 : null,
  queued: 0,
  retryBudget: { available: 10, capacity: 10 },
  lastThrottledAt: null,
  calls: 10,
  throttledCalls: state === 'slowed' ? 3 : 0,
});

const sources = planImageSources(
  parseViewQueryString('RegionId=cn-hangzhou,cn-shanghai&ImageOwnerAlias=self,system&Status=ALL').state,
  undefined,
);
const pageKey = (i: number, page: number) =>
  proxyKeyOf(actionUrl(DESCRIBE_IMAGES, { ...sources[i]!.request, PageNumber: page }));

describe('the proxy’s activity per source', () => {
  it('finds every page of a source under the key and account the proxy gives its call', () => {
    fc.assert(
      fc.property(viewState, fc.integer({ min: 1, max: 900 }), (view, page) => {
        const planned = planImageSources(view, 'cn-hangzhou');
        planned.forEach((source, i) => {
          const key = proxyKeyOf(actionUrl(DESCRIBE_IMAGES, { ...source.request, PageNumber: page }));
          const activity = sourceActivities(
            { regions: [], pending: [call(key, { phase: 'queued', account: source.account })] },
            planned,
          );
          // The call belongs to this source, and to no other.
          expect(activity[i]!.waiting).toBe(1);
          expect(activity.reduce((n, a) => n + a.waiting, 0)).toBe(1);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('says which sources the service throttles, which are retried and which wait for a place', () => {
    const status: ProxyStatus = {
      regions: [
        region('cn-hangzhou', 'slowed'),
        region('cn-shanghai', 'steady'),
        // Another action's pacing says nothing about DescribeImages.
        region('cn-shanghai', 'slowed', 'DescribeRegions'),
      ],
      pending: [
        call(pageKey(0, 2), { attempt: 2, phase: 'backing-off', lastFailure: 'Throttling.User' }),
        call(pageKey(0, 3), { phase: 'queued' }),
        call(pageKey(0, 4), { phase: 'queued' }),
        call(pageKey(3, 1), { attempt: 3, lastFailure: 'ServiceUnavailable' }),
        call('DescribeRegions?RegionId=cn-hangzhou'),
      ],
    };
    const [hangzhouSelf, hangzhouSystem, shanghaiSelf, shanghaiSystem] = sourceActivities(status, sources);
    expect(hangzhouSelf).toEqual({
      slowed: true,
      retrying: { attempt: 2, maxAttempts: 3, lastFailure: 'Throttling.User' },
      waiting: 2,
    });
    expect(hangzhouSystem).toEqual({ slowed: true, retrying: undefined, waiting: 0 });
    expect(shanghaiSelf).toEqual(IDLE);
    expect(shanghaiSystem!.retrying).toEqual({
      attempt: 3,
      maxAttempts: 3,
      lastFailure: 'ServiceUnavailable',
    });
    expect(combineActivities([hangzhouSelf!, shanghaiSystem!])).toEqual({
      slowed: true,
      retrying: { attempt: 3, maxAttempts: 3, lastFailure: 'ServiceUnavailable' },
      waiting: 2,
    });
  });
});
