import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateRequest, type ApiAction } from '../../ecs/api-action';
import { API_ACTION_NAMES, API_ACTIONS } from '../../ecs/api-actions';
import { DESCRIBE_INSTANCES } from '../../ecs/describe-instances';
import type { FilterKey } from '../../ecs/describe-images-params';
import { requestOf } from '../../ecs/testing/action-arbitrary';
import { filterValue } from '../../ecs/testing/request-arbitrary';
import { actionUrl, EcsRequestError, fetchAction, fetchEveryPage } from './ecs-api';
import { actionKeys } from './query-keys';
import { allInstancesQueryOptions, sharePermissionQueryOptions } from './related-queries';

afterEach(() => vi.unstubAllGlobals());

/** A proxy that answers from `answer(url)` and records what it was asked. */
function fakeProxy(answer: (url: URL) => { status?: number; body: unknown }) {
  const urls: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://127.0.0.1');
      urls.push(url);
      const { status = 200, body } = answer(url);
      return new Response(JSON.stringify(body), { status });
    }),
  );
  return urls;
}

const arbitrary = (action: ApiAction) =>
  action === API_ACTIONS.DescribeImages
    ? requestOf(action, (key) => filterValue(key as FilterKey))
    : requestOf(action);

describe('actionUrl', () => {
  it.each(API_ACTION_NAMES)(
    '%s: the path names the action and the query reads back as the request',
    (name) => {
      const action: ApiAction = API_ACTIONS[name];
      fc.assert(
        fc.property(arbitrary(action), (request) => {
          const url = new URL(actionUrl(action, request), 'http://127.0.0.1');
          expect(url.pathname).toBe(`/api/ecs/${name}`);
          expect(validateRequest(action, url.searchParams)).toEqual({
            ok: true,
            value: { request, unknown: [] },
          });
        }),
        { numRuns: 60 },
      );
    },
  );
});

describe('fetchAction', () => {
  it('reads an answer leniently into the action’s types', async () => {
    fakeProxy(() => ({
      body: { RequestId: 'R', TotalCount: '1', Instances: { Instance: { InstanceId: 'i-1', Cpu: '4' } } },
    }));
    const answer = await fetchAction(DESCRIBE_INSTANCES, { RegionId: 'cn-hangzhou', ImageId: 'm-1' });
    expect(answer.TotalCount).toBe(1);
    expect(answer.Instances.Instance[0]).toMatchObject({ InstanceId: 'i-1', Cpu: 4, Tags: { Tag: [] } });
  });

  it('raises the service’s error with its code and the parameter it is about', async () => {
    fakeProxy(() => ({
      status: 400,
      body: {
        RequestId: 'R',
        HostId: 'h',
        Code: 'InvalidInstanceIds.Malformed',
        Message: 'm',
        Recommend: '',
      },
    }));
    const error = await fetchAction(DESCRIBE_INSTANCES, { RegionId: 'cn-hangzhou' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: 'InvalidInstanceIds.Malformed',
      parameter: 'InstanceIds',
    });
  });
});

describe('fetchEveryPage', () => {
  it('follows NextToken to the last page, 100 at a time, and keeps the filters on every call', async () => {
    const all = Array.from({ length: 250 }, (_, i) => `i-${i}`);
    const urls = fakeProxy((url) => {
      const start = Number(url.searchParams.get('NextToken') ?? '0');
      const size = Number(url.searchParams.get('MaxResults'));
      const end = start + size;
      return {
        body: {
          RequestId: 'R',
          NextToken: end < all.length ? String(end) : '',
          Instances: { Instance: all.slice(start, end).map((InstanceId) => ({ InstanceId })) },
        },
      };
    });
    const ids = await fetchEveryPage(
      DESCRIBE_INSTANCES,
      { RegionId: 'cn-hangzhou', Status: 'Running' },
      (answer) => answer.Instances.Instance.map((i) => i.InstanceId),
    );
    expect(ids).toEqual(all);
    expect(
      urls.map((u) => [
        u.searchParams.get('Status'),
        u.searchParams.get('MaxResults'),
        u.searchParams.get('NextToken'),
      ]),
    ).toEqual([
      ['Running', '100', null],
      ['Running', '100', '100'],
      ['Running', '100', '200'],
    ]);
  });

  it('backs a query over every page of a region', async () => {
    fakeProxy(() => ({
      body: { RequestId: 'R', NextToken: '', Instances: { Instance: [{ InstanceId: 'i-1' }] } },
    }));
    const client = new QueryClient();
    const instances = await client.fetchQuery(allInstancesQueryOptions({ RegionId: 'cn-hangzhou' }));
    expect(instances.map((i) => i.InstanceId)).toEqual(['i-1']);
  });
});

describe('query keys of the actions', () => {
  it('are equal for equal requests however written, and differ otherwise', () => {
    const a = actionKeys.call(DESCRIBE_INSTANCES, {
      RegionId: 'cn-hangzhou',
      Status: 'Running',
      ImageId: 'm-1',
    });
    const b = actionKeys.call(DESCRIBE_INSTANCES, {
      ImageId: 'm-1',
      Status: 'Running',
      RegionId: 'cn-hangzhou',
    });
    expect(b).toEqual(a);
    expect(actionKeys.call(DESCRIBE_INSTANCES, { RegionId: 'cn-hangzhou', ImageId: 'm-2' })).not.toEqual(a);
    expect(a.slice(0, 1)).toEqual(actionKeys.all(DESCRIBE_INSTANCES));
    expect(actionKeys.everyPage(DESCRIBE_INSTANCES, { RegionId: 'cn-hangzhou' })).not.toEqual(
      actionKeys.call(DESCRIBE_INSTANCES, { RegionId: 'cn-hangzhou' }),
    );
    expect(sharePermissionQueryOptions('cn-hangzhou', 'm-1').queryKey).toEqual(
      sharePermissionQueryOptions('cn-hangzhou', 'm-1').queryKey,
    );
  });
});
