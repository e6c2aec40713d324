import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import { planImageSources } from '../view-state/image-sources';
import { parseViewQueryString } from '../view-state/url-codec';
import { LoadControl, viewLoadKey } from './load-control';
import { imageKeys } from './query-keys';

const sources = planImageSources(parseViewQueryString('RegionId=cn-hangzhou,cn-beijing').state, undefined);
const [hangzhou, beijing] = sources as [(typeof sources)[0], (typeof sources)[0]];
const pageOne = (totalCount: number) => ({ TotalCount: totalCount }) as DescribeImagesResponse;

function setup() {
  const client = new QueryClient();
  const control = new LoadControl(client);
  const arrive = (source: typeof hangzhou, totalCount: number) =>
    client.setQueryData(imageKeys.page(source.request, 1), pageOne(totalCount));
  return { client, control, arrive };
}

/** Whether a promise has settled, and with what, after the microtasks so far. */
async function peek<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown } | undefined> {
  let settled: { value?: T; error?: unknown } | undefined;
  promise.then(
    (value) => (settled = { value }),
    (error: unknown) => (settled = { error }),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

describe('the load control', () => {
  it('lets a source load every page once every page 1 of a small view is in', async () => {
    const { control, arrive } = setup();
    control.show(sources);
    arrive(hangzhou, 950);
    const allowance = control.allowance(hangzhou, new AbortController().signal);
    expect(await peek(allowance)).toBeUndefined(); // Beijing's page 1 is on its way
    arrive(beijing, 120);
    expect(await peek(allowance)).toEqual({ value: 10 });
  });

  it('holds a large view at page 1 until the person chooses; a waiting stream ends at page 1', async () => {
    const { control, arrive } = setup();
    control.show(sources);
    arrive(hangzhou, 30_000);
    arrive(beijing, 120);
    expect(await peek(control.allowance(hangzhou, new AbortController().signal))).toEqual({ value: 1 });
    control.choose(sources, 'first');
    expect(await peek(control.allowance(hangzhou, new AbortController().signal))).toEqual({ value: 48 });
    expect(await peek(control.allowance(beijing, new AbortController().signal))).toEqual({ value: 2 });
    control.choose(sources, 'all');
    expect(await peek(control.allowance(hangzhou, new AbortController().signal))).toEqual({ value: 300 });
  });

  it('remembers each view’s choice and Stop, and tells the page when they change', () => {
    const { control } = setup();
    const changes: string[] = [];
    control.subscribe(() => changes.push('changed'));
    const key = viewLoadKey(sources);
    const before = control.viewLoad(key);
    expect(before).toEqual({ choice: 'auto', stopped: false });
    control.stop(sources);
    expect(control.viewLoad(key)).toEqual({ choice: 'auto', stopped: true });
    control.resume(sources);
    control.choose(sources, 'first');
    expect(control.viewLoad(key)).toEqual({ choice: 'first', stopped: false });
    expect(control.viewLoad(viewLoadKey([hangzhou]))).toBe(before);
    expect(changes).toHaveLength(3);
  });

  it('waits for a source not yet shown, and lets go when its stream is cancelled', async () => {
    const { control, arrive } = setup();
    arrive(hangzhou, 50);
    arrive(beijing, 50);
    const abort = new AbortController();
    const waiting = control.allowance(hangzhou, abort.signal);
    expect(await peek(waiting)).toBeUndefined();
    control.show(sources);
    expect(await peek(waiting)).toEqual({ value: 1 });

    control.show([beijing]);
    const cancelled = control.allowance(hangzhou, abort.signal);
    abort.abort(new Error('view left'));
    expect(await peek(cancelled)).toEqual({ error: new Error('view left') });
  });
});
