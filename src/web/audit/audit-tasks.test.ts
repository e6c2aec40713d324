import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import { countRegions, planAudit } from './audit-plan';
import { auditTasks, countTask, nextTaskIndex, taskLabel, type AuditTask } from './audit-tasks';

function rows(count: number, regionId = 'cn-hangzhou'): ImageRow[] {
  return Array.from(
    { length: count },
    (_, i) =>
      new ImageRow(
        regionId,
        normalizeImage({
          ImageId: `m-${i}`,
          Usage: i % 2 ? 'instance' : 'none',
          IsSelfShared: i % 5 === 0 ? 'True' : 'False',
          DiskDeviceMappings: {
            DiskDeviceMapping: [
              { SnapshotId: `s-${i}`, Size: '40' },
              // Every third image shares a snapshot with the one before.
              ...(i % 3 === 0 && i > 0 ? [{ SnapshotId: `s-${i - 1}`, Size: '40' }] : []),
            ],
          },
        }),
      ),
  );
}

const callsOf = (tasks: readonly AuditTask[]) => tasks.reduce((n, t) => n + t.calls, 0);

describe('auditTasks', () => {
  it('makes exactly the calls the plan counts, each snapshot asked once', () => {
    const list = rows(250);
    for (const instances of [undefined, 50, 1_000, 100_000]) {
      const totals = new Map(instances === undefined ? [] : [['cn-hangzhou', instances]]);
      const plan = planAudit(countRegions(['cn-hangzhou'], list, totals));
      const tasks = auditTasks(plan, list);
      expect(callsOf(tasks), String(instances)).toBe(plan.total);
      const asked = tasks.flatMap((t) => (t.kind === 'snapshots' ? t.snapshotIds : []));
      expect(new Set(asked).size).toBe(asked.length);
      expect(asked).toHaveLength(250);
      for (const t of tasks)
        if (t.kind === 'snapshots') expect(t.snapshotIds.length).toBeLessThanOrEqual(100);
    }
  });

  it('asks per image for the images in use only, and for the shares of shared images only', () => {
    const list = rows(10);
    const plan = planAudit(countRegions(['cn-hangzhou'], list, new Map([['cn-hangzhou', 100_000]])));
    const tasks = auditTasks(plan, list);
    expect(tasks.filter((t) => t.kind === 'image-instances').map((t) => t.id)).toEqual(
      ['m-1', 'm-3', 'm-5', 'm-7', 'm-9'].map((id) => `instances/cn-hangzhou/${id}`),
    );
    expect(tasks.filter((t) => t.kind === 'shares').map((t) => t.id)).toEqual(
      ['m-0', 'm-5'].map((id) => `shares/cn-hangzhou/${id}`),
    );
  });
});

describe('nextTaskIndex', () => {
  const list = rows(300);
  const plan = planAudit(countRegions(['cn-hangzhou'], list, new Map([['cn-hangzhou', 20_000]])));
  const tasks = auditTasks(plan, list);

  it('starts with the details of visible rows, then what the totals need, then the rest', () => {
    const visible = new Set(['cn-hangzhou/m-250', 'cn-hangzhou/m-251']);
    const order: AuditTask[] = [];
    const pending = [...tasks];
    while (pending.length) order.push(...pending.splice(nextTaskIndex(pending, visible), 1));
    const touchesVisible = (t: AuditTask) =>
      ('rowKey' in t && visible.has(t.rowKey)) ||
      (t.kind === 'snapshots' && t.rowKeys.some((k) => visible.has(k)));
    const firstOther = order.findIndex((t) => !touchesVisible(t));
    expect(order.slice(0, firstOther).length).toBeGreaterThan(0);
    expect(order.slice(firstOther).some(touchesVisible)).toBe(false);
    const lastTotals = order.findLastIndex((t) => t.kind !== 'shares');
    const firstHiddenShare = order.findIndex((t, i) => i >= firstOther && t.kind === 'shares');
    expect(lastTotals).toBeLessThan(firstHiddenShare);
    expect(order).toHaveLength(tasks.length);
  });

  it('says when nothing is left', () => {
    expect(nextTaskIndex([], new Set())).toBe(-1);
  });
});

describe('taskLabel', () => {
  it('names the action and what it asks about', () => {
    const list = rows(150);
    const plan = planAudit(countRegions(['cn-hangzhou'], list, new Map([['cn-hangzhou', 100_000]])));
    const labels = auditTasks(plan, list).map(taskLabel);
    expect(labels).toContain('DescribeSnapshots: 100 snapshots in cn-hangzhou');
    expect(labels).toContain('DescribeSnapshots: 50 snapshots in cn-hangzhou');
    expect(labels).toContain('DescribeInstances: the instances of m-1 in cn-hangzhou');
    expect(labels).toContain('DescribeImageSharePermission: m-0 in cn-hangzhou');
    expect(taskLabel(countTask('cn-beijing'))).toBe('DescribeInstances: the count of cn-beijing');
  });
});
