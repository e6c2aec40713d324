// Runs an audit's calls: counts the regions' instances where that can save calls, plans, waits for
// the person when the plan is more than a few dozen calls (audit-plan.ts), then runs the tasks
// (audit-tasks.ts) a few at a time, visible rows first, and gathers what they find into the facts
// the report is computed from. Each call goes through react-query (related-queries.ts), so its
// answer is cached and a second audit of the same regions within five minutes makes no call; a
// call already cached counts for nothing in the plan. Stop cancels the calls in flight; nothing
// is retried by the browser (the proxy is the one retry layer), a failed call waits for Retry.

import { CancelledError, type QueryClient } from '@tanstack/react-query';
import type { EcsInstance } from '../../ecs/describe-instances';
import type { EcsSnapshot } from '../../ecs/describe-snapshots';
import type { ImageRow } from '../columns/image-row';
import { toEcsRequestError, type EcsRequestError } from '../images/ecs-api';
import {
  allInstancesQueryOptions,
  instancesQueryOptions,
  RELATED_STALE_MS,
  sharePermissionQueryOptions,
  snapshotsQueryOptions,
} from '../images/related-queries';
import {
  asksFirst,
  countRegions,
  needsInstanceCount,
  PER_CALL,
  planAudit,
  type AuditPlan,
  type RegionPlan,
} from './audit-plan';
import { snapshotKey, type AuditFacts, type ImageInstances } from './audit-report';
import { auditTasks, countTask, nextTaskIndex, type AuditTask } from './audit-tasks';

/** Tasks in flight at once; the browser's request limit (image-queries.ts) bounds the calls too. */
const TASKS_IN_FLIGHT = 4;
/** How often, at most, the page hears of progress while calls are arriving. */
const EMIT_MS = 100;

/**
 * listing: waiting for the image list; counting: counting instances; asking: the plan waits for
 * the person; running; stopped: by the person, the rest waits; done: every call answered or failed.
 */
export type AuditPhase = 'listing' | 'counting' | 'asking' | 'running' | 'stopped' | 'done';

export interface FailedCall {
  task: AuditTask;
  error: EcsRequestError;
}

export interface AuditRunState {
  phase: AuditPhase;
  plan: AuditPlan | undefined;
  /** The audit's calls (after counting) that were not cached when it was planned. */
  callsPlanned: number;
  /** Of them, made so far (answered or failed). */
  callsMade: number;
  /** Calls made to count instances. */
  countCalls: number;
  failed: readonly FailedCall[];
  facts: AuditFacts;
  /** Changes whenever the facts do. */
  version: number;
  /** When the image list the audit works on was complete: ages are counted to then. */
  at: number;
}

const PROBE_PAGE = { PageNumber: 1, PageSize: PER_CALL } as const;

export class AuditRunner {
  private readonly listeners = new Set<() => void>();
  private readonly instances = new Map<string, ImageInstances>();
  private readonly shares = new Map<string, readonly string[]>();
  private readonly snapshots = new Map<string, EcsSnapshot | null>();
  private readonly instanceTotals = new Map<string, number>();
  private readonly done = new Set<string>();
  private readonly inFlight = new Map<string, AuditTask>();
  private regionIds: readonly string[] = [];
  private rows: readonly ImageRow[] = [];
  private pending: AuditTask[] = [];
  private failed: FailedCall[] = [];
  private plan: AuditPlan | undefined;
  private phase: AuditPhase = 'listing';
  /** count: counting instances; audit: the planned calls. */
  private stage: 'count' | 'audit' = 'count';
  /** The person agreed to a plan of more than a few dozen calls. */
  private approved = false;
  private callsPlanned = 0;
  private callsMade = 0;
  private countCalls = 0;
  private visible: ReadonlySet<string> = new Set();
  private version = 0;
  private at = Date.now();
  private state: AuditRunState;
  private emitTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  /** `account`: the account of the accounts file the calls are made as (undefined without one). */
  constructor(
    private readonly client: QueryClient,
    private readonly account?: string,
  ) {
    this.state = this.snapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AuditRunState => this.state;

  /** The images of the regions whose list is complete (the other regions are left out). */
  setImages(regionIds: readonly string[], rows: readonly ImageRow[]): void {
    if (sameList(regionIds, this.regionIds) && rows === this.rows) return;
    this.regionIds = regionIds;
    this.rows = rows;
    this.at = Date.now();
    if (regionIds.length === 0) return this.setPhase('listing');
    const counts = countRegions(regionIds, rows, this.instanceTotals);
    this.plan = planAudit(counts);
    const counting = counts
      .filter(needsInstanceCount)
      .map((c) => countTask(c.regionId))
      .filter((t) => !this.done.has(t.id) && !this.inFlight.has(t.id));
    if (counting.length === 0 && this.inFlight.size === 0) return this.replan();
    this.stage = 'count';
    this.pending = counting;
    if (this.phase !== 'stopped') this.phase = 'counting';
    this.pump();
  }

  /** Row keys on screen now: their details are asked for first. */
  setVisible(keys: ReadonlySet<string>): void {
    this.visible = keys;
  }

  /** The person agreed to the plan, or pressed Continue after Stop. */
  start(): void {
    if (this.phase !== 'asking' && this.phase !== 'stopped') return;
    if (this.phase === 'asking') this.approved = true;
    this.setPhase(this.stage === 'count' ? 'counting' : 'running');
    this.pump();
  }

  stop(): void {
    if (this.phase !== 'running' && this.phase !== 'counting') return;
    this.setPhase('stopped');
    for (const task of this.inFlight.values())
      void this.client.cancelQueries({ queryKey: this.optionsOf(task).queryKey, exact: true });
  }

  retryFailed(): void {
    if (this.failed.length === 0) return;
    this.pending.push(...this.failed.map((f) => f.task));
    this.failed = [];
    this.setPhase(this.stage === 'count' ? 'counting' : 'running');
    this.pump();
  }

  /** The page shows the audit (again). */
  open(): void {
    this.closed = false;
  }

  /** The page left the audit: stop the calls, and tell no one until it opens again. */
  close(): void {
    this.stop();
    this.closed = true;
    clearTimeout(this.emitTimer);
    this.emitTimer = undefined;
  }

  // ---- planning --------------------------------------------------------------------------------

  private replan(): void {
    this.stage = 'audit';
    const plan = planAudit(countRegions(this.regionIds, this.rows, this.instanceTotals));
    this.plan = plan;
    for (const region of plan.regions) this.settleUnaskedInstances(region);
    this.pending = auditTasks(plan, this.rows).filter(
      (t) => !this.done.has(t.id) && !this.inFlight.has(t.id),
    );
    const calls = this.pending.filter((t) => !this.isCached(t)).reduce((n, t) => n + t.calls, 0);
    this.callsPlanned = this.callsMade + calls;
    this.version++;
    if (this.pending.length === 0 && this.inFlight.size === 0) this.setPhase('done');
    else if (this.phase === 'stopped') this.emit(true);
    else if (asksFirst({ ...plan, total: calls }) && !this.approved) this.setPhase('asking');
    else {
      this.setPhase('running');
      this.pump();
    }
  }

  /** Images the region's strategy does not ask about have no instances (Usage `none`). */
  private settleUnaskedInstances(region: RegionPlan): void {
    if (region.instanceStrategy !== 'none' && region.instanceStrategy !== 'per-image') return;
    for (const row of this.rows)
      if (
        row.regionId === region.regionId &&
        (region.instanceStrategy === 'none' || row.image.Usage !== 'instance')
      )
        this.instances.set(row.key, { count: 0, listed: [] });
  }

  private joinInstances(regionId: string, all: readonly EcsInstance[]): void {
    const byImage = new Map<string, EcsInstance[]>();
    for (const instance of all) {
      const list = byImage.get(instance.ImageId);
      if (list) list.push(instance);
      else byImage.set(instance.ImageId, [instance]);
    }
    for (const row of this.rows) {
      if (row.regionId !== regionId) continue;
      const listed = byImage.get(row.image.ImageId) ?? [];
      this.instances.set(row.key, { count: listed.length, listed });
    }
  }

  // ---- running ---------------------------------------------------------------------------------

  private isCached(task: AuditTask): boolean {
    const state = this.client.getQueryState(this.optionsOf(task).queryKey);
    return (
      state?.status === 'success' &&
      !state.isInvalidated &&
      Date.now() - state.dataUpdatedAt < RELATED_STALE_MS
    );
  }

  private optionsOf(task: AuditTask) {
    switch (task.kind) {
      case 'count-instances':
        return instancesQueryOptions({ RegionId: task.regionId, ...PROBE_PAGE }, this.account);
      case 'image-instances':
        return instancesQueryOptions(
          { RegionId: task.regionId, ImageId: task.imageId, ...PROBE_PAGE },
          this.account,
        );
      case 'scan-instances':
        return allInstancesQueryOptions(
          { RegionId: task.regionId },
          { account: this.account, onPage: () => this.countCall() },
        );
      case 'snapshots':
        return snapshotsQueryOptions(
          {
            RegionId: task.regionId,
            SnapshotIds: task.snapshotIds,
            MaxResults: PER_CALL,
          },
          this.account,
        );
      case 'shares':
        return sharePermissionQueryOptions(task.regionId, task.imageId, this.account);
    }
  }

  private countCall(): void {
    this.callsMade++;
    this.emit(false);
  }

  private pump(): void {
    const running = this.phase === 'running' || this.phase === 'counting';
    while (running && !this.closed && this.inFlight.size < TASKS_IN_FLIGHT) {
      const index = nextTaskIndex(this.pending, this.visible);
      if (index < 0) break;
      const [task] = this.pending.splice(index, 1);
      void this.run(task!);
    }
    if (running && this.inFlight.size === 0 && this.pending.length === 0) {
      if (this.stage === 'count' && this.failed.length === 0) return this.replan();
      return this.setPhase('done');
    }
    this.emit(this.inFlight.size === 0);
  }

  private async run(task: AuditTask): Promise<void> {
    this.inFlight.set(task.id, task);
    const cached = this.isCached(task);
    // One call per task, except the region scan, which counts its pages as they come.
    const counted = !cached && task.kind !== 'scan-instances';
    try {
      const result = await this.client.fetchQuery(
        this.optionsOf(task) as Parameters<QueryClient['fetchQuery']>[0],
      );
      if (counted) this.addCalls(task);
      this.record(task, result);
      this.done.add(task.id);
    } catch (error) {
      if (error instanceof CancelledError || this.phase === 'stopped') this.pending.unshift(task);
      else {
        if (counted) this.addCalls(task);
        this.failed.push({ task, error: toEcsRequestError(error) });
      }
    } finally {
      this.inFlight.delete(task.id);
      if (!this.closed) this.pump();
    }
  }

  private addCalls(task: AuditTask): void {
    if (task.kind === 'count-instances') this.countCalls += task.calls;
    else this.callsMade += task.calls;
  }

  private record(task: AuditTask, result: unknown): void {
    switch (task.kind) {
      case 'count-instances': {
        const answer = result as { TotalCount: number; Instances: { Instance: EcsInstance[] } };
        this.instanceTotals.set(task.regionId, answer.TotalCount);
        // The count's page holds the whole region when it has at most one page of instances.
        if (answer.TotalCount <= answer.Instances.Instance.length)
          this.joinInstances(task.regionId, answer.Instances.Instance);
        break;
      }
      case 'scan-instances':
        this.joinInstances(task.regionId, result as EcsInstance[]);
        break;
      case 'image-instances': {
        const answer = result as { TotalCount: number; Instances: { Instance: EcsInstance[] } };
        this.instances.set(task.rowKey, { count: answer.TotalCount, listed: answer.Instances.Instance });
        break;
      }
      case 'snapshots': {
        const found = new Map(
          (result as { Snapshots: { Snapshot: EcsSnapshot[] } }).Snapshots.Snapshot.map((s) => [
            s.SnapshotId,
            s,
          ]),
        );
        for (const id of task.snapshotIds)
          this.snapshots.set(snapshotKey(task.regionId, id), found.get(id) ?? null);
        break;
      }
      case 'shares': {
        const answer = result as { Accounts: { Account: { AliyunId: string }[] } };
        this.shares.set(
          task.rowKey,
          answer.Accounts.Account.map((a) => a.AliyunId),
        );
        break;
      }
    }
    this.version++;
  }

  // ---- telling the page ------------------------------------------------------------------------

  private setPhase(phase: AuditPhase): void {
    this.phase = phase;
    this.emit(true);
  }

  private snapshot(): AuditRunState {
    return {
      phase: this.phase,
      plan: this.plan,
      callsPlanned: this.callsPlanned,
      callsMade: this.callsMade,
      countCalls: this.countCalls,
      failed: this.failed,
      facts: { instances: this.instances, shares: this.shares, snapshots: this.snapshots },
      version: this.version,
      at: this.at,
    };
  }

  private emit(now: boolean): void {
    if (this.closed) return;
    if (!now) {
      this.emitTimer ??= setTimeout(() => {
        this.emitTimer = undefined;
        this.flush();
      }, EMIT_MS);
      return;
    }
    clearTimeout(this.emitTimer);
    this.emitTimer = undefined;
    this.flush();
  }

  private flush(): void {
    this.state = this.snapshot();
    for (const listener of this.listeners) listener();
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
