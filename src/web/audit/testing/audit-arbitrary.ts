// Random audits for property tests: custom images in every status, shared or not, used or not, of
// any age, with disks whose snapshots are known, missing or not yet asked for, and the facts the
// per-image calls found so far (or not yet).

import fc from 'fast-check';
import type { EcsSnapshot } from '../../../ecs/describe-snapshots';
import { IMAGE_STATUSES } from '../../../ecs/describe-images-params';
import { normalizeSnapshot } from '../../../ecs/describe-snapshots';
import { normalizeImage } from '../../../ecs/normalize-response';
import { ImageRow } from '../../columns/image-row';
import { DAY_MS, snapshotKey, type AuditFacts, type ImageInstances } from '../audit-report';
import type { AuditSettings } from '../audit-settings';

export const NOW = Date.UTC(2026, 10, 30, 12);
const REGIONS = ['cn-hangzhou', 'cn-shanghai'] as const;
const GIB = 1024 ** 3;

export interface AuditWorld {
  rows: ImageRow[];
  facts: AuditFacts;
  settings: AuditSettings;
}

const imageArb = fc.record({
  regionId: fc.constantFrom(...REGIONS),
  status: fc.constantFrom(...IMAGE_STATUSES),
  isCopied: fc.boolean(),
  isSelfShared: fc.constantFrom('True', 'False', ''),
  isPublic: fc.boolean(),
  usage: fc.constantFrom('instance', 'none'),
  ageMs: fc.integer({ min: 0, max: 3000 * DAY_MS }),
  disks: fc.array(
    fc.record({ size: fc.constantFrom(20, 40, 100, 500), snapshot: fc.integer({ min: 0, max: 40 }) }),
    { maxLength: 3 },
  ),
  instances: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
  shares: fc.option(fc.array(fc.constantFrom('1234567890123456', '2234567890123456'), { maxLength: 2 }), {
    nil: undefined,
  }),
});

const snapshotFactArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record({ bytes: fc.integer({ min: 0, max: 600 * GIB }), size: fc.constantFrom(20, 40, 500) }),
);

export const auditWorldArb: fc.Arbitrary<AuditWorld> = fc
  .record({
    images: fc.array(imageArb, { maxLength: 40 }),
    snapshotFacts: fc.array(snapshotFactArb, { minLength: 41, maxLength: 41 }),
    settings: fc.record({
      pricePerGiBMonth: fc.double({ min: 0, max: 2, noNaN: true }),
      currency: fc.constantFrom('USD', 'CNY'),
      unusedDays: fc.integer({ min: 1, max: 800 }),
    }),
  })
  .map(({ images, snapshotFacts, settings }) => {
    const instances = new Map<string, ImageInstances>();
    const shares = new Map<string, readonly string[]>();
    const snapshots = new Map<string, EcsSnapshot | null>();
    const rows = images.map((fields, i) => {
      const row = new ImageRow(
        fields.regionId,
        normalizeImage({
          ImageId: `m-${i}`,
          ImageName: `image ${i}`,
          ImageOwnerAlias: 'self',
          Status: fields.status,
          IsCopied: fields.isCopied,
          IsSelfShared: fields.isSelfShared,
          IsPublic: fields.isPublic,
          Usage: fields.usage,
          CreationTime: new Date(NOW - fields.ageMs).toISOString().replace(/\.\d+Z$/, 'Z'),
          DiskDeviceMappings: {
            DiskDeviceMapping: fields.disks.map((d, n) => ({
              Device: `/dev/xvd${'abc'[n]}`,
              Type: n === 0 ? 'system' : 'data',
              Size: String(d.size),
              SnapshotId: `s-${d.snapshot}`,
            })),
          },
        }),
      );
      if (fields.instances !== undefined) instances.set(row.key, { count: fields.instances, listed: [] });
      if (fields.shares !== undefined) shares.set(row.key, fields.shares);
      for (const d of fields.disks) {
        const fact = snapshotFacts[d.snapshot];
        const key = snapshotKey(fields.regionId, `s-${d.snapshot}`);
        if (fact === undefined) continue;
        snapshots.set(
          key,
          fact &&
            normalizeSnapshot({
              SnapshotId: `s-${d.snapshot}`,
              SourceDiskSize: String(fact.size),
              FullSnapshotSizeInBytes: fact.bytes,
            }),
        );
      }
      return row;
    });
    return { rows, facts: { instances, shares, snapshots }, settings };
  });
