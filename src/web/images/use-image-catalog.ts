// Every source of the current view, loaded as far as the view's load plan allows and merged into
// one list of rows, with per-source progress, errors and what the proxy is doing for each, and the
// controls of the load: the choice for a large view, Stop, Resume, Retry all failed.

import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ImageRow } from '../columns/image-row';
import type { ImageSource } from '../view-state/image-sources';
import { toEcsRequestError, type EcsRequestError } from './ecs-api';
import { imageSourceQueryOptions, type SourcePages } from './image-queries';
import { loadControlOf, sourceId, viewLoadKey, type ViewLoad } from './load-control';
import { pagesFor, planLoad, type LoadChoice, type LoadPlan, type SourceSize } from './load-plan';
import { createRowMerger, mergeSourceRows, type RowMerger } from './merge-rows';
import { IDLE, type SourceActivity } from './proxy-activity';
import { useProxyActivity } from './use-proxy-activity';

/**
 * pending: nothing yet; loading: pages arriving; done: every page; limited: the pages the plan
 * allows — a large view's first pages, or page 1 while the person decides; stopped: Stop was
 * pressed with pages missing; error: a call failed (the rows that arrived stay).
 */
export type SourceState = 'pending' | 'loading' | 'done' | 'limited' | 'stopped' | 'error';

export interface SourceStatus {
  source: ImageSource;
  state: SourceState;
  /** Images loaded. */
  loaded: number;
  /** TotalCount, from page 1. */
  total: number | undefined;
  /** Calls (pages): answered, and to be made under the plan (page 1 alone while unknown). */
  calls: { done: number; planned: number };
  error: EcsRequestError | undefined;
  retry: () => void;
  /** What the proxy is doing for this source's calls (IDLE unless it said). */
  activity: SourceActivity;
  /** Short of its plan with nothing running — its load was cut off — so the page fetches the rest. */
  behind: boolean;
}

export interface LoadControls {
  choose: (choice: Exclude<LoadChoice, 'auto'>) => void;
  stop: () => void;
  resume: () => void;
  retryFailed: () => void;
}

export interface ImageCatalog {
  rows: readonly ImageRow[];
  sources: readonly SourceStatus[];
  /** Images the filters match across all sources whose first page has arrived. */
  totalCount: number;
  /** Every page of every source is loaded. */
  complete: boolean;
  /** Nothing is loading: what is not in waits for a person (a choice, Resume, Retry) or never comes. */
  settled: boolean;
  isFetching: boolean;
  /** How much of the view is loaded, and why not more (load-plan.ts). */
  plan: LoadPlan;
  stopped: boolean;
  controls: LoadControls;
}

const NO_PAGES: SourcePages['pages'] = [];

/**
 * A class instance rather than a plain object: react-query shares structure between combine
 * results by walking plain objects and arrays (replaceEqualDeep), which for 100,000 rows costs two
 * Object.keys and a copy of the row list on every batch of pages. It takes a class instance as
 * it is; the row list keeps its identity through the merger instead (createRowMerger).
 */
class CatalogSnapshot implements ImageCatalog {
  readonly rows: readonly ImageRow[];
  readonly sources: readonly SourceStatus[];
  readonly totalCount: number;
  readonly complete: boolean;
  readonly settled: boolean;
  readonly isFetching: boolean;
  readonly plan: LoadPlan;
  readonly stopped: boolean;
  readonly controls: LoadControls;

  constructor(fields: ImageCatalog) {
    this.rows = fields.rows;
    this.sources = fields.sources;
    this.totalCount = fields.totalCount;
    this.complete = fields.complete;
    this.settled = fields.settled;
    this.isFetching = fields.isFetching;
    this.plan = fields.plan;
    this.stopped = fields.stopped;
    this.controls = fields.controls;
  }
}

function sizeOf(result: UseQueryResult<SourcePages> | undefined): SourceSize {
  if (result?.data?.pages[0]) return result.data.totalCount;
  return result?.isError ? 'failed' : undefined;
}

/**
 * The state of one source under its plan. While the plan waits for another source's page 1, a
 * source that is not loading was cut off (Stop, or the view was left): it is short of all its pages.
 */
function stateOf(
  result: UseQueryResult<SourcePages>,
  plan: LoadPlan,
  planned: number,
  stopped: boolean,
): { state: SourceState; behind: boolean } {
  const pages = result.data?.pages ?? NO_PAGES;
  if (result.isFetching) return { state: pages[0] ? 'loading' : 'pending', behind: false };
  if (result.isError) return { state: 'error', behind: false };
  const all = pages[0] ? pagesFor(result.data!.totalCount) : 1;
  const wanted = plan.decision === 'waiting' ? all : planned;
  let missing = !pages[0];
  for (let n = 1; n < wanted && !missing; n++) missing = !pages[n];
  if (missing) return stopped ? { state: 'stopped', behind: false } : { state: 'loading', behind: true };
  return { state: all > wanted ? 'limited' : 'done', behind: false };
}

const NO_CONTROLS: LoadControls = { choose() {}, stop() {}, resume() {}, retryFailed() {} };

/** Pure: the catalog from the source queries' results and what was decided about the view. */
export function buildCatalog(
  sources: readonly ImageSource[],
  results: readonly UseQueryResult<SourcePages>[],
  merge: RowMerger = mergeSourceRows,
  viewLoad: ViewLoad = { choice: 'auto', stopped: false },
  controls: Omit<LoadControls, 'retryFailed'> = NO_CONTROLS,
): ImageCatalog {
  const rows = merge(
    sources.map((source, i) => ({
      account: source.account,
      regionId: source.regionId,
      pages: results[i]?.data?.pages ?? NO_PAGES,
    })),
  );
  const plan = planLoad(
    sources.map((_, i) => sizeOf(results[i])),
    viewLoad.choice,
  );
  const statuses = sources.map((source, i): SourceStatus => {
    const result = results[i]!;
    const pages = result.data?.pages ?? NO_PAGES;
    const planned = plan.pages[i] ?? 1;
    let loaded = 0;
    let done = 0;
    for (const page of pages) {
      if (!page) continue;
      loaded += page.Images.Image.length;
      done++;
    }
    return {
      source,
      ...stateOf(result, plan, planned, viewLoad.stopped),
      loaded,
      total: pages[0] ? result.data!.totalCount : undefined,
      calls: { done, planned: Math.max(planned, done) },
      error: result.error ? toEcsRequestError(result.error) : undefined,
      retry: () => void result.refetch(),
      activity: IDLE,
    };
  });
  const busy = (s: SourceStatus) => s.state === 'pending' || s.state === 'loading';
  return new CatalogSnapshot({
    rows,
    sources: statuses,
    totalCount: statuses.reduce((n, s) => n + (s.total ?? 0), 0),
    complete: statuses.every((s) => s.state === 'done'),
    settled: !statuses.some(busy),
    isFetching: results.some((r) => r.isFetching),
    plan,
    stopped: viewLoad.stopped && statuses.some((s) => s.state === 'stopped'),
    controls: {
      ...controls,
      retryFailed: () => {
        for (const s of statuses) if (s.state === 'error') s.retry();
      },
    },
  });
}

/** The catalog with what the proxy said it is doing for each loading source. */
function withActivities(catalog: ImageCatalog, activities: readonly SourceActivity[] | undefined) {
  if (!activities) return catalog;
  return new CatalogSnapshot({
    ...catalog,
    sources: catalog.sources.map((s, i) =>
      s.state === 'pending' || s.state === 'loading' ? { ...s, activity: activities[i] ?? IDLE } : s,
    ),
  });
}

/**
 * Fetches the rest of each source that is short of its plan with nothing running — its load was
 * cut off when the view was left, or the plan grew (a choice, Resume). Once per source and plan
 * for each view and decision, so a load that ends short again is not fetched over and over.
 */
function useFetchWhatIsBehind(catalog: ImageCatalog, sources: readonly ImageSource[], viewLoad: ViewLoad) {
  const fetched = useRef<{ sources: unknown; viewLoad: unknown; keys: Set<string> }>(undefined);
  useEffect(() => {
    if (fetched.current?.sources !== sources || fetched.current.viewLoad !== viewLoad)
      fetched.current = { sources, viewLoad, keys: new Set() };
    for (const s of catalog.sources) {
      if (!s.behind) continue;
      const key = `${sourceId(s.source)}\n${s.calls.planned}`;
      if (fetched.current.keys.has(key)) continue;
      fetched.current.keys.add(key);
      s.retry();
    }
  }, [catalog, sources, viewLoad]);
}

/**
 * Loads every source of the view. `sources` must keep its identity while the view is unchanged.
 * react-query re-runs the combine only when a source's result changes; the rows keep their
 * identity until a source has a new page.
 */
export function useImageCatalog(sources: readonly ImageSource[]): ImageCatalog {
  const client = useQueryClient();
  const control = loadControlOf(client);
  const [merge] = useState(createRowMerger);
  const key = useMemo(() => viewLoadKey(sources), [sources]);
  // The streams ask the control for their allowance; it must know which view is on screen.
  useEffect(() => control.show(sources), [control, sources]);
  const viewLoad = useSyncExternalStore(control.subscribe, () => control.viewLoad(key));
  const controls = useMemo(
    () => ({
      choose: (choice: Exclude<LoadChoice, 'auto'>) => control.choose(sources, choice),
      stop: () => control.stop(sources),
      resume: () => control.resume(sources),
    }),
    [control, sources],
  );
  const combine = useCallback(
    (results: UseQueryResult<SourcePages>[]) => buildCatalog(sources, results, merge, viewLoad, controls),
    [sources, merge, viewLoad, controls],
  );
  const catalog = useQueries({
    queries: sources.map((source) => imageSourceQueryOptions(source, client)),
    combine,
  });
  useFetchWhatIsBehind(catalog, sources, viewLoad);
  const activities = useProxyActivity(sources, catalog.isFetching);
  return useMemo(() => withActivities(catalog, activities), [catalog, activities]);
}
