// The calls of an audit as tasks, and the order they run in. Pure. A task is one call, except a
// region scan, which follows NextToken from page to page. What is on screen goes first: the
// per-image details of the rows people can see, then what the totals need (instances, snapshots),
// then the details of the other rows (docs/ARCHITECTURE.md "The audit").

import type { ImageRow } from '../columns/image-row';
import type { AuditPlan } from './audit-plan';
import { PER_CALL } from './audit-plan';
import { saysShared, snapshotRefs } from './audit-report';

export type AuditTask =
  /** Counts a region's instances (PageSize=100: TotalCount, and the first 100). */
  | { kind: 'count-instances'; id: string; regionId: string; calls: number }
  /** Every instance of a region, by NextToken. */
  | { kind: 'scan-instances'; id: string; regionId: string; calls: number }
  /** The instances that run one image. */
  | { kind: 'image-instances'; id: string; regionId: string; rowKey: string; imageId: string; calls: number }
  /** Up to 100 snapshots by ID. */
  | {
      kind: 'snapshots';
      id: string;
      regionId: string;
      snapshotIds: readonly string[];
      rowKeys: readonly string[];
      calls: number;
    }
  /** Whom one image is shared with. */
  | { kind: 'shares'; id: string; regionId: string; rowKey: string; imageId: string; calls: number };

export function countTask(regionId: string): AuditTask {
  return { kind: 'count-instances', id: `count/${regionId}`, regionId, calls: 1 };
}

/**
 * The tasks of a plan over `rows` (in the order they are shown). Snapshot IDs are batched 100 to
 * a call in row order, each ID once.
 */
export function auditTasks(plan: AuditPlan, rows: readonly ImageRow[]): AuditTask[] {
  const tasks: AuditTask[] = [];
  for (const region of plan.regions) {
    const { regionId } = region;
    const regionRows = rows.filter((r) => r.regionId === regionId);
    if (region.instanceStrategy === 'region-scan')
      tasks.push({ kind: 'scan-instances', id: `scan/${regionId}`, regionId, calls: region.calls.instances });
    if (region.instanceStrategy === 'per-image')
      for (const row of regionRows)
        if (row.image.Usage === 'instance')
          tasks.push({
            kind: 'image-instances',
            id: `instances/${row.key}`,
            regionId,
            rowKey: row.key,
            imageId: row.image.ImageId,
            calls: 1,
          });
    const seen = new Set<string>();
    let batch: { ids: string[]; rowKeys: string[] } = { ids: [], rowKeys: [] };
    const flush = () => {
      if (batch.ids.length === 0) return;
      tasks.push({
        kind: 'snapshots',
        id: `snapshots/${regionId}/${batch.ids[0]}`,
        regionId,
        snapshotIds: batch.ids,
        rowKeys: batch.rowKeys,
        calls: 1,
      });
      batch = { ids: [], rowKeys: [] };
    };
    for (const row of regionRows) {
      for (const ref of snapshotRefs(row)) {
        if (seen.has(ref.id)) continue;
        seen.add(ref.id);
        if (batch.ids.length === PER_CALL) flush();
        batch.ids.push(ref.id);
        if (batch.rowKeys.at(-1) !== row.key) batch.rowKeys.push(row.key);
      }
    }
    flush();
    for (const row of regionRows)
      if (saysShared(row.image))
        tasks.push({
          kind: 'shares',
          id: `shares/${row.key}`,
          regionId,
          rowKey: row.key,
          imageId: row.image.ImageId,
          calls: 1,
        });
  }
  return tasks;
}

function touchesVisible(task: AuditTask, visible: ReadonlySet<string>): boolean {
  switch (task.kind) {
    case 'image-instances':
    case 'shares':
      return visible.has(task.rowKey);
    case 'snapshots':
      return task.rowKeys.some((key) => visible.has(key));
    default:
      return false;
  }
}

/**
 * 0: details of visible rows; then region counts and scans, which run page after page and so start
 * early; 1: the rest of what the totals need; 2: the other rows' shares.
 */
function rank(task: AuditTask, visible: ReadonlySet<string>): number {
  if (task.kind === 'count-instances' || task.kind === 'scan-instances') return 0.5;
  if (touchesVisible(task, visible)) return 0;
  return task.kind === 'shares' ? 2 : 1;
}

/** The index of the task to start next among `pending` (in plan order), or -1 when none is left. */
export function nextTaskIndex(pending: readonly AuditTask[], visible: ReadonlySet<string>): number {
  let best = -1;
  let bestRank = Infinity;
  for (let i = 0; i < pending.length; i++) {
    const r = rank(pending[i]!, visible);
    if (r < bestRank) {
      best = i;
      bestRank = r;
      if (r === 0) break;
    }
  }
  return best;
}

/** What a task asks, in words: `DescribeSnapshots: 100 snapshots in cn-hangzhou`. */
export function taskLabel(task: AuditTask): string {
  switch (task.kind) {
    case 'count-instances':
      return `DescribeInstances: the count of ${task.regionId}`;
    case 'scan-instances':
      return `DescribeInstances: every instance of ${task.regionId}`;
    case 'image-instances':
      return `DescribeInstances: the instances of ${task.imageId} in ${task.regionId}`;
    case 'snapshots':
      return `DescribeSnapshots: ${task.snapshotIds.length} snapshot${task.snapshotIds.length === 1 ? '' : 's'} in ${task.regionId}`;
    case 'shares':
      return `DescribeImageSharePermission: ${task.imageId} in ${task.regionId}`;
  }
}
