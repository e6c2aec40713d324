// The loads of the view on screen, controlled from the page (docs/ARCHITECTURE.md "Large views,
// Stop and failures"): the person's choice for a large view, Stop, and the allowance each source's
// stream asks for once its page 1 is in. The streams run in react-query, outside React, and must
// learn the plan the moment their page 1 arrives — not after the first rows are drawn — so the
// plan's inputs live here: the view's sources (given by the start-up prefetch and by the page) and
// their page 1s (read from the query cache). The plan itself is load-plan.ts.
//
// What a person chose for a view is remembered while the tab lives (Back shows it as it was), and
// never put in the link: whoever opens a link to a large view is asked again, since it is their
// account's quota the calls would spend.

import type { QueryClient, QueryState } from '@tanstack/react-query';
import type { DescribeImagesResponse } from '../../ecs/image-types';
import type { ImageSource } from '../view-state/image-sources';
import { planLoad, type LoadChoice, type SourceSize } from './load-plan';
import { imageKeys } from './query-keys';

/** What a person decided about one view's loading. */
export interface ViewLoad {
  choice: LoadChoice;
  /** Stop was pressed: what is missing is not fetched until Resume. */
  stopped: boolean;
}

const UNDECIDED: ViewLoad = Object.freeze({ choice: 'auto', stopped: false });
/** Views whose choices are remembered. */
const REMEMBERED_VIEWS = 50;

/**
 * Identifies a source whatever view it is part of: its account and its canonical request without a
 * page number.
 */
export function sourceId(source: ImageSource): string {
  const [, account, request] = imageKeys.source(source.request, source.account);
  return account ? `${account}:${request}` : request;
}

/** Identifies a view's loads: its sources, in order. */
export function viewLoadKey(sources: readonly ImageSource[]): string {
  return sources.map(sourceId).join('\n');
}

/** A source's size as the plan needs it, from the state of its page-1 query. */
export function sizeFromPageOne(state: QueryState<DescribeImagesResponse> | undefined): SourceSize {
  if (state?.data) return state.data.TotalCount;
  return state?.status === 'error' ? 'failed' : undefined;
}

export class LoadControl {
  private sources: readonly ImageSource[] = [];
  private key = '';
  private readonly views = new Map<string, ViewLoad>();
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Set<() => void>();
  private stopWatchingCache: (() => void) | undefined;

  constructor(private readonly client: QueryClient) {}

  /**
   * The view on screen: the sources whose streams the plan governs. Called by the start-up
   * prefetch before any request, and by the page whenever its sources change.
   */
  show(sources: readonly ImageSource[]): void {
    this.sources = sources;
    this.key = viewLoadKey(sources);
    this.checkWaiters();
  }

  /** What was decided for the view with this key (viewLoadKey); the same object until it changes. */
  viewLoad(key: string): ViewLoad {
    return this.views.get(key) ?? UNDECIDED;
  }

  /** For useSyncExternalStore: called when a choice or Stop changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  choose(sources: readonly ImageSource[], choice: LoadChoice): void {
    this.update(viewLoadKey(sources), { choice, stopped: false });
  }

  /** Stops every source of the view: queued page requests are never sent, running ones are aborted. */
  stop(sources: readonly ImageSource[]): void {
    this.update(viewLoadKey(sources), { stopped: true });
    for (const source of sources)
      void this.client.cancelQueries({
        queryKey: imageKeys.source(source.request, source.account),
        exact: true,
      });
  }

  /** Lets the page fetch what is missing again (it refetches the sources that are short). */
  resume(sources: readonly ImageSource[]): void {
    this.update(viewLoadKey(sources), { stopped: false });
  }

  /**
   * How many pages of `source` to load, from page 1 on; asked by its stream once page 1 is in.
   * Waits while another source's page 1 is on its way, or while `source` is not part of the view
   * on screen yet (its page 1 came from the cache before the page said which view it shows).
   */
  allowance(source: ImageSource, signal: AbortSignal): Promise<number> {
    const id = sourceId(source);
    return new Promise<number>((resolve, reject) => {
      const check = () => {
        const index = this.sources.findIndex((s) => sourceId(s) === id);
        if (index < 0) return;
        const plan = planLoad(this.sizes(), this.viewLoad(this.key).choice);
        if (plan.decision === 'waiting') return;
        finish();
        resolve(plan.pages[index] ?? 1);
      };
      const onAbort = () => {
        finish();
        reject(signal.reason);
      };
      const finish = () => {
        signal.removeEventListener('abort', onAbort);
        this.waiters.delete(check);
        if (this.waiters.size === 0) this.stopWatchingCache?.();
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(check);
      this.watchCache();
      check();
    });
  }

  private sizes(): SourceSize[] {
    return this.sources.map((source) =>
      sizeFromPageOne(
        this.client.getQueryState<DescribeImagesResponse>(imageKeys.page(source.request, 1, source.account)),
      ),
    );
  }

  /** While a stream waits, every change in the cache may be the page 1 it waits for. */
  private watchCache(): void {
    if (this.stopWatchingCache) return;
    const unsubscribe = this.client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated') this.checkWaiters();
    });
    this.stopWatchingCache = () => {
      unsubscribe();
      this.stopWatchingCache = undefined;
    };
  }

  private checkWaiters(): void {
    for (const check of [...this.waiters]) check();
  }

  private update(key: string, change: Partial<ViewLoad>): void {
    const next = { ...this.viewLoad(key), ...change };
    this.views.delete(key);
    this.views.set(key, next);
    if (this.views.size > REMEMBERED_VIEWS) this.views.delete(this.views.keys().next().value!);
    for (const listener of this.listeners) listener();
    this.checkWaiters();
  }
}

const controls = new WeakMap<QueryClient, LoadControl>();

/** The load control of a query client (one per page). */
export function loadControlOf(client: QueryClient): LoadControl {
  let control = controls.get(client);
  if (!control) {
    control = new LoadControl(client);
    controls.set(client, control);
  }
  return control;
}
