// The DescribeImages filter rules restated one condition at a time, straight from the reference, for
// property tests: a returned image must meet every condition, an image left out must miss one.
// Deliberately written apart from filter-images.ts (reads raw response fields, parses times itself).

import fc from 'fast-check';
import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { validateDescribeImages, toWireEntries } from '../../ecs/describe-images-wire';
import { describeImagesRequest } from '../../ecs/testing/request-arbitrary';
import type { CatalogEntry } from '../catalog-images';
import { imageRunsOn, lookupInstanceType } from '../instance-types';

/** Names of the conditions the image does not meet (empty: it belongs in the answer). */
export function unmetConditions(entry: CatalogEntry, request: DescribeImagesRequest): string[] {
  const { image } = entry;
  const unmet: string[] = [];
  const need = (name: string, ok: boolean) => {
    if (!ok) unmet.push(name);
  };
  const owner = image.ImageOwnerAlias;
  need(
    'ImageOwnerAlias',
    request.ImageOwnerAlias ? owner === request.ImageOwnerAlias : owner !== 'marketplace',
  );
  if (owner === 'others') need('IsPublic', image.IsPublic === (request.IsPublic ?? false));
  const statuses = request.Status ?? ['Available'];
  if (!statuses.includes('ALL')) need('Status', statuses.includes(image.Status));
  if (request.ImageId !== undefined) need('ImageId', image.ImageId === request.ImageId);
  if (request.ImageName !== undefined) {
    // Contains the pattern, case-insensitively, `*` standing for any run of characters.
    const pattern = request.ImageName.toLowerCase()
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    need('ImageName', new RegExp(pattern, 's').test(image.ImageName.toLowerCase()));
  }
  if (request.ImageFamily !== undefined) need('ImageFamily', image.ImageFamily === request.ImageFamily);
  if (request.ImageOwnerId !== undefined)
    need('ImageOwnerId', `${image.ImageOwnerId}` === request.ImageOwnerId);
  if (request.SnapshotId !== undefined)
    need(
      'SnapshotId',
      image.DiskDeviceMappings.DiskDeviceMapping.map((d) => d.SnapshotId).includes(request.SnapshotId),
    );
  if (request.OSType !== undefined) need('OSType', image.OSType.toLowerCase() === request.OSType);
  if (request.Architecture !== undefined) need('Architecture', image.Architecture === request.Architecture);
  if (request.Usage !== undefined) need('Usage', image.Usage === request.Usage);
  if (request.IsSupportIoOptimized !== undefined)
    need('IsSupportIoOptimized', image.IsSupportIoOptimized === request.IsSupportIoOptimized);
  if (request.IsSupportCloudinit !== undefined)
    need('IsSupportCloudinit', image.IsSupportCloudinit === request.IsSupportCloudinit);
  if (request.ResourceGroupId !== undefined && owner === 'self')
    need('ResourceGroupId', image.ResourceGroupId === request.ResourceGroupId);
  if (!request.ShowExpired) need('ShowExpired', !entry.subscriptionExpired);
  if (request.Usable !== undefined)
    need('Usable', (image.Usable ?? image.Status === 'Available') === request.Usable);
  if (request.ActionType === 'ChangeOS') need('ActionType', entry.changeOsSupported);
  for (const tag of request.Tag ?? []) {
    const values = image.Tags.Tag.filter((t) => t.TagKey === tag.Key).map((t) => t.TagValue);
    need(`Tag ${tag.Key}`, tag.Value ? values.includes(tag.Value) : values.length > 0);
  }
  const created = Date.parse(image.CreationTime);
  for (const filter of request.Filter ?? []) {
    if (filter.Key === 'CreationStartTime') need('CreationStartTime', created >= Date.parse(filter.Value));
    else if (filter.Key === 'CreationEndTime') need('CreationEndTime', created <= Date.parse(filter.Value));
    else if (filter.Key === 'NetworkType')
      need('NetworkType', (entry.networkTypes as readonly string[]).includes(filter.Value));
    else need(filter.Key, (image.Features[filter.Key] || 'unsupported') === filter.Value);
  }
  if (request.InstanceType !== undefined) {
    const type = lookupInstanceType(request.InstanceType);
    need('InstanceType', type !== undefined && imageRunsOn(image, type));
  }
  return unmet;
}

type RequestKey = Exclude<keyof DescribeImagesRequest, 'RegionId' | 'PageNumber' | 'PageSize' | 'DryRun'>;

const FILTER_PARAMS: readonly RequestKey[] = [
  'ImageId',
  'ImageName',
  'ImageFamily',
  'ImageOwnerAlias',
  'ImageOwnerId',
  'IsPublic',
  'Status',
  'ShowExpired',
  'SnapshotId',
  'InstanceType',
  'IsSupportIoOptimized',
  'IsSupportCloudinit',
  'OSType',
  'Architecture',
  'Usage',
  'ActionType',
  'ResourceGroupId',
  'Usable',
  'Tag',
  'Filter',
];

/**
 * Valid requests (src/ecs's generator) narrowed to a few filters, with text values often borrowed
 * from a real image of the catalog so that answers are not always empty. No paging, no DryRun.
 */
export function catalogRequest(images: readonly CatalogEntry[]): fc.Arbitrary<DescribeImagesRequest> {
  return fc
    .record({
      base: describeImagesRequest,
      keep: fc.shuffledSubarray([...FILTER_PARAMS], { maxLength: 3 }),
      donor: fc.nat({ max: images.length - 1 }),
      borrow: fc.boolean(),
      cut: fc.nat(),
    })
    .map(({ base, keep, donor, borrow, cut }) => {
      const request: Record<string, unknown> = { RegionId: base.RegionId };
      for (const key of keep) if (base[key] !== undefined) request[key] = base[key];
      if (borrow) {
        const { image } = images[donor]!;
        const tag = image.Tags.Tag[cut % Math.max(1, image.Tags.Tag.length)];
        const name = image.ImageName;
        const start = cut % name.length;
        const borrowed: Partial<Record<RequestKey, unknown>> = {
          ImageId: image.ImageId,
          ImageName:
            cut % 3 === 0
              ? `${name.slice(start, start + 2)}*${name.slice(start + 3, start + 5)}`
              : name.slice(start, start + 1 + (cut % 6)).toUpperCase(),
          ImageFamily: image.ImageFamily || undefined,
          ImageOwnerId: image.ImageOwnerId === undefined ? undefined : String(image.ImageOwnerId),
          SnapshotId: image.DiskDeviceMappings.DiskDeviceMapping.at(-1)?.SnapshotId || undefined,
          ResourceGroupId: image.ResourceGroupId || undefined,
          Tag: tag ? [cut % 2 ? { Key: tag.TagKey } : { Key: tag.TagKey, Value: tag.TagValue }] : undefined,
        };
        for (const key of keep) if (borrowed[key] !== undefined) request[key] = borrowed[key];
      }
      // IsPublic and ImageOwnerId only go with ImageOwnerAlias=others, Usable with a Status.
      if (request.IsPublic === true || request.ImageOwnerId !== undefined) request.ImageOwnerAlias = 'others';
      if (request.Usable !== undefined) request.Status ??= base.Status ?? ['Available'];
      return request as unknown as DescribeImagesRequest;
    })
    .filter((request) => validateDescribeImages(toWireEntries(request)).ok);
}
