import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSnapshot } from '../../ecs/describe-snapshots';
import { normalizeImage } from '../../ecs/normalize-response';
import { ImageRow } from '../columns/image-row';
import {
  auditRow,
  buildAuditReport,
  DAY_MS,
  snapshotKey,
  type AuditFacts,
  type AuditRow,
} from './audit-report';
import { DEFAULT_AUDIT_SETTINGS } from './audit-settings';
import { auditWorldArb, NOW } from './testing/audit-arbitrary';

const GIB = 1024 ** 3;
const daysAgo = (days: number) => new Date(NOW - days * DAY_MS).toISOString().replace(/\.\d+Z$/, 'Z');

function image(fields: Record<string, unknown>, regionId = 'cn-hangzhou'): ImageRow {
  return new ImageRow(
    regionId,
    normalizeImage({
      ImageId: 'm-1',
      ImageOwnerAlias: 'self',
      Status: 'Available',
      IsSelfShared: 'False',
      Usage: 'none',
      CreationTime: daysAgo(400),
      DiskDeviceMappings: {
        DiskDeviceMapping: [
          { Type: 'system', Size: '40', SnapshotId: 's-sys' },
          { Type: 'data', Size: '100', SnapshotId: 's-data' },
        ],
      },
      ...fields,
    }),
  );
}

const facts = (over: Partial<AuditFacts> = {}): AuditFacts => ({
  instances: new Map(),
  shares: new Map(),
  snapshots: new Map(),
  ...over,
});
const noInstances = (row: ImageRow) => new Map([[row.key, { count: 0, listed: [] }]]);
const audit = (row: ImageRow, f: AuditFacts) => auditRow(row, f, DEFAULT_AUDIT_SETTINGS, NOW);

describe('auditRow', () => {
  it('proposes an unused Available image older than the setting, and says why', () => {
    const row = image({});
    const result = audit(row, facts({ instances: noInstances(row) }));
    expect(result).toMatchObject({ verdict: 'candidate', reasons: ['unused'], kept: [], ageDays: 400 });
  });

  it('gives each reason: deprecated, a copy, failed or unavailable', () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ Status: 'Deprecated' }, ['deprecated']],
      [{ Status: 'Available', IsCopied: true }, ['unused', 'copy']],
      [{ Status: 'Deprecated', IsCopied: true }, ['deprecated', 'copy']],
      [{ Status: 'CreateFailed' }, ['failed']],
      [{ Status: 'UnAvailable', IsCopied: true }, ['failed']],
    ];
    for (const [fields, reasons] of cases) {
      const row = image(fields);
      expect(audit(row, facts({ instances: noInstances(row) })).reasons, JSON.stringify(fields)).toEqual(
        reasons,
      );
    }
  });

  it('never proposes an image that is being created', () => {
    for (const Status of ['Creating', 'Waiting']) {
      const row = image({ Status, IsCopied: true });
      expect(audit(row, facts({ instances: noInstances(row) }))).toMatchObject({
        verdict: 'not-candidate',
        reasons: [],
      });
    }
  });

  it('keeps shared, used and recent images and marks why', () => {
    const shared = image({ IsSelfShared: 'True' });
    expect(audit(shared, facts({ instances: noInstances(shared) }))).toMatchObject({
      verdict: 'kept',
      kept: ['shared'],
    });
    const published = image({ IsPublic: true, IsSelfShared: '' });
    expect(audit(published, facts({ instances: noInstances(published) })).kept).toEqual(['shared']);
    const used = image({ Usage: 'instance', Status: 'Deprecated' });
    expect(audit(used, facts())).toMatchObject({ reasons: ['deprecated'], kept: ['in-use'] });
    const counted = image({ IsCopied: true });
    expect(
      audit(counted, facts({ instances: new Map([[counted.key, { count: 3, listed: [] }]]) })),
    ).toMatchObject({ verdict: 'kept', reasons: ['copy'], kept: ['in-use'], instances: 3 });
    // An Available image that instances run has no reason at all.
    expect(audit(image({ Usage: 'instance' }), facts())).toMatchObject({
      verdict: 'not-candidate',
      kept: [],
    });
    const recent = image({ CreationTime: daysAgo(DEFAULT_AUDIT_SETTINGS.unusedDays - 1) });
    expect(audit(recent, facts({ instances: noInstances(recent) })).kept).toEqual(['recent']);
  });

  it('waits for the instances before proposing an image', () => {
    expect(audit(image({}), facts())).toMatchObject({ verdict: 'pending', instances: undefined });
  });

  it('sums what the snapshots hold, estimates the cost from it, and waits for every snapshot', () => {
    const row = image({});
    const sys = normalizeSnapshot({
      SnapshotId: 's-sys',
      SourceDiskSize: '40',
      FullSnapshotSizeInBytes: 3 * GIB,
    });
    const data = normalizeSnapshot({
      SnapshotId: 's-data',
      SourceDiskSize: '100',
      FullSnapshotSizeInBytes: 0,
    });
    const one = audit(row, facts({ snapshots: new Map([[snapshotKey('cn-hangzhou', 's-sys'), sys]]) }));
    expect(one).toMatchObject({ diskGiB: 140, storedGiB: undefined, monthlyCost: undefined });
    const both = audit(
      row,
      facts({
        snapshots: new Map([
          [snapshotKey('cn-hangzhou', 's-sys'), sys],
          // Without the bytes held, the disk's size stands in.
          [snapshotKey('cn-hangzhou', 's-data'), data],
        ]),
      }),
    );
    expect(both.storedGiB).toBe(103);
    expect(both.monthlyCost).toBeCloseTo(103 * DEFAULT_AUDIT_SETTINGS.pricePerGiBMonth, 10);
    const gone = audit(
      row,
      facts({
        snapshots: new Map([
          [snapshotKey('cn-hangzhou', 's-sys'), sys],
          [snapshotKey('cn-hangzhou', 's-data'), null],
        ]),
      }),
    );
    expect(gone.storedGiB).toBe(3);
  });

  it('reads a snapshot in the image’s own region only', () => {
    const row = image({}, 'cn-shanghai');
    const sys = normalizeSnapshot({ SnapshotId: 's-sys', FullSnapshotSizeInBytes: GIB });
    expect(
      audit(row, facts({ snapshots: new Map([[snapshotKey('cn-hangzhou', 's-sys'), sys]]) })).storedGiB,
    ).toBe(undefined);
  });
});

describe('buildAuditReport (properties)', () => {
  const candidates = (rows: readonly AuditRow[]) => rows.filter((r) => r.verdict === 'candidate');

  it('never lists a shared, used or recent image as a candidate', () => {
    fc.assert(
      fc.property(auditWorldArb, ({ rows, facts: f, settings }) => {
        const report = buildAuditReport(rows, f, settings, NOW);
        for (const row of candidates(report.rows)) {
          expect(row.image.IsSelfShared.toLowerCase()).not.toBe('true');
          expect(row.image.IsPublic).toBe(false);
          expect(f.shares.get(row.key) ?? []).toEqual([]);
          expect(row.image.Usage).toBe('none');
          expect(row.instances).toBe(0);
          expect(row.ageDays).toBeGreaterThanOrEqual(settings.unusedDays);
          expect(row.reasons.length).toBeGreaterThan(0);
          expect(row.kept).toEqual([]);
        }
      }),
    );
  });

  it('marks every kept image with why, and gives reasons only where one applies', () => {
    fc.assert(
      fc.property(auditWorldArb, ({ rows, facts: f, settings }) => {
        for (const row of buildAuditReport(rows, f, settings, NOW).rows) {
          expect(row.kept.length > 0).toBe(row.verdict === 'kept');
          expect(row.reasons.length > 0).toBe(row.verdict !== 'not-candidate');
        }
      }),
    );
  });

  it('has totals that equal the sum of its rows', () => {
    fc.assert(
      fc.property(auditWorldArb, ({ rows, facts: f, settings }) => {
        const { rows: audited, totals } = buildAuditReport(rows, f, settings, NOW);
        const known = audited.filter((r) => r.storedGiB !== undefined);
        const sum = (list: readonly AuditRow[], pick: (r: AuditRow) => number) =>
          list.reduce((n, r) => n + pick(r), 0);
        expect(totals.images).toBe(rows.length);
        expect(totals.diskGiB).toBe(sum(audited, (r) => r.diskGiB));
        expect(totals.storedGiB).toBeCloseTo(
          sum(known, (r) => r.storedGiB!),
          6,
        );
        expect(totals.monthlyCost).toBeCloseTo(
          sum(known, (r) => r.monthlyCost!),
          6,
        );
        expect(totals.storedUnknown).toBe(audited.length - known.length);
        expect(totals.candidates).toBe(candidates(audited).length);
        expect(totals.candidateStoredGiB).toBeCloseTo(
          sum(candidates(audited), (r) => r.storedGiB ?? 0),
          6,
        );
        expect(totals.kept).toBe(audited.filter((r) => r.verdict === 'kept').length);
        expect(totals.pending).toBe(audited.filter((r) => r.verdict === 'pending').length);
        expect(totals.monthlyCost).toBeCloseTo(totals.storedGiB * settings.pricePerGiBMonth, 6);
      }),
    );
  });

  it('proposes an image only once its instances are known', () => {
    fc.assert(
      fc.property(auditWorldArb, ({ rows, facts: f, settings }) => {
        const withoutInstances = buildAuditReport(rows, { ...f, instances: new Map() }, settings, NOW);
        const withInstances = buildAuditReport(rows, f, settings, NOW);
        withoutInstances.rows.forEach((before, i) => {
          const after = withInstances.rows[i]!;
          expect(before.verdict).not.toBe('candidate');
          if (after.verdict === 'candidate') expect(before.verdict).toBe('pending');
          if (after.verdict === 'pending') expect(f.instances.has(after.key)).toBe(false);
        });
      }),
    );
  });
});
