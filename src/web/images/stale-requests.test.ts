// Changing a filter replaces the sources the page observes; the requests of the old sources must
// stop — running ones aborted, queued ones never sent — or they would hold the shared concurrency
// slots and delay the new view.
import { QueriesObserver, QueryClient, type QueryObserverOptions } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planImageSources, type ImageSource } from '../view-state/image-sources';
import { parseViewQueryString } from '../view-state/url-codec';
import { imageSourceQueryOptions, PAGE_CONCURRENCY } from './image-queries';
import { loadControlOf } from './load-control';

interface Call {
  url: URL;
  signal: AbortSignal;
  respond: (body: unknown) => void;
}

function fakeFetch() {
  const calls: Call[] = [];
  const fetch = vi.fn((input: string, init?: RequestInit) => {
    const signal = init!.signal!;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      calls.push({
        url: new URL(input, 'http://127.0.0.1'),
        signal,
        respond: (body) => resolve(new Response(JSON.stringify(body), { status: 200 })),
      });
    });
  });
  return { calls, fetch };
}

const page = (regionId: string, totalCount: number) => ({
  RequestId: 'r',
  RegionId: regionId,
  TotalCount: totalCount,
  PageNumber: 1,
  PageSize: 100,
  Images: { Image: [] },
});

const soon = { timeout: 2000, interval: 5 };

afterEach(() => vi.unstubAllGlobals());

describe('stale requests', () => {
  it('are cancelled when the filters change: running ones aborted, queued ones never sent', async () => {
    const { calls, fetch } = fakeFetch();
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient();
    const sourcesOf = (query: string) => planImageSources(parseViewQueryString(query).state, 'cn-hangzhou');
    const before = sourcesOf('ImageName=slow');
    const after = sourcesOf('ImageName=fast');
    // What useImageCatalog does, without React: show the view to the load control and observe one
    // query per source.
    const control = loadControlOf(client);
    const optionsOf = (sources: ImageSource[]) => {
      control.show(sources);
      return sources.map((s) => imageSourceQueryOptions(s, client)) as unknown as QueryObserverOptions[];
    };
    const observer = new QueriesObserver(client, optionsOf(before));
    const unsubscribe = observer.subscribe(() => {});

    await vi.waitFor(() => expect(calls).toHaveLength(1), soon);
    // Page 1 says there are 10 pages: the next pages fill the concurrency limit, the rest wait.
    calls[0]!.respond(page('cn-hangzhou', 1000));
    await vi.waitFor(() => expect(calls).toHaveLength(1 + PAGE_CONCURRENCY), soon);
    const stale = calls.slice(1);
    expect(stale.every((c) => c.url.searchParams.get('ImageName') === 'slow')).toBe(true);

    observer.setQueries(optionsOf(after));

    await vi.waitFor(() => expect(stale.every((c) => c.signal.aborted)).toBe(true), soon);
    await vi.waitFor(
      () => expect(calls.some((c) => c.url.searchParams.get('ImageName') === 'fast')).toBe(true),
      soon,
    );
    // None of the pages that were waiting for a slot went out after the change.
    const slowAfterChange = calls
      .slice(1 + PAGE_CONCURRENCY)
      .filter((c) => c.url.searchParams.get('ImageName') === 'slow');
    expect(slowAfterChange).toEqual([]);
    unsubscribe();
    client.clear();
  });
});
