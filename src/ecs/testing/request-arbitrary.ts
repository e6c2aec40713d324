// fast-check generators for valid DescribeImages requests, shared by the property tests of every
// part that reads or writes parameters.
import fc from 'fast-check';
import {
  ACTION_TYPES,
  ARCHITECTURES,
  FILTER_KEYS,
  IMAGE_OWNER_ALIASES,
  IMAGE_STATUSES,
  IMAGE_USAGES,
  MAX_TAGS,
  NETWORK_TYPES,
  ONLINE_RESIZE_VALUES,
  OS_TYPES,
  PAGE_SIZE_MAX,
  type DescribeImagesRequest,
  type FilterKey,
  type ImageFilter,
  type TagFilter,
} from '../describe-images-params';
import { KNOWN_REGIONS } from '../regions';

/** Text as people type it: any Unicode, including the characters encoders disagree on. */
export const freeText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }),
  fc.stringMatching(/^[a-z0-9 *~()!'/:+=&%.,_-]{1,16}$/),
);

export const regionId = fc.constantFrom(...KNOWN_REGIONS.map((r) => r.id));

const timeValue = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 16) + 'Z');

export function filterValue(key: FilterKey) {
  if (key === 'CreationStartTime' || key === 'CreationEndTime') return timeValue;
  if (key === 'NetworkType') return fc.constantFrom(...NETWORK_TYPES);
  return fc.constantFrom(...ONLINE_RESIZE_VALUES);
}

export const imageFilter: fc.Arbitrary<ImageFilter> = fc
  .constantFrom(...FILTER_KEYS)
  .chain((Key) => filterValue(Key).map((Value) => ({ Key, Value })));

export const tagFilter: fc.Arbitrary<TagFilter> = fc.record(
  { Key: freeText, Value: freeText },
  { requiredKeys: ['Key'] },
);

export const statusList = fc.oneof(
  fc.constant(['ALL']),
  fc.uniqueArray(fc.constantFrom(...IMAGE_STATUSES), { minLength: 1 }),
);

/** Any valid request: every parameter optional, combinations the service allows. */
export const describeImagesRequest: fc.Arbitrary<DescribeImagesRequest> = fc
  .record(
    {
      RegionId: regionId,
      ImageId: freeText,
      ImageName: freeText,
      ImageFamily: freeText,
      ImageOwnerAlias: fc.constantFrom(...IMAGE_OWNER_ALIASES),
      Status: statusList,
      ShowExpired: fc.boolean(),
      SnapshotId: fc.stringMatching(/^s-[a-z0-9]{8,20}$/),
      InstanceType: fc.constantFrom('ecs.g7.large', 'ecs.c8y.xlarge', 'ecs.t6-c1m1.large'),
      IsSupportIoOptimized: fc.boolean(),
      IsSupportCloudinit: fc.boolean(),
      OSType: fc.constantFrom(...OS_TYPES),
      Architecture: fc.constantFrom(...ARCHITECTURES),
      Usage: fc.constantFrom(...IMAGE_USAGES),
      ActionType: fc.constantFrom(...ACTION_TYPES),
      ResourceGroupId: fc.stringMatching(/^rg-[a-z0-9]{8,16}$/),
      Usable: fc.boolean(),
      Tag: fc.array(tagFilter, { minLength: 1, maxLength: MAX_TAGS }),
      Filter: fc.array(imageFilter, { minLength: 1, maxLength: 7 }),
      PageNumber: fc.integer({ min: 1, max: 500 }),
      PageSize: fc.integer({ min: 1, max: PAGE_SIZE_MAX }),
      DryRun: fc.boolean(),
    },
    { requiredKeys: ['RegionId'] },
  )
  // Usable needs a Status (the SDK model).
  .map(({ Usable, ...request }) =>
    request.Status && Usable !== undefined ? { ...request, Usable } : request,
  )
  .chain((request) =>
    request.ImageOwnerAlias === 'others'
      ? fc
          .record(
            { IsPublic: fc.boolean(), ImageOwnerId: fc.stringMatching(/^[1-9]\d{9,15}$/) },
            { requiredKeys: [] },
          )
          .map((extra) => ({ ...request, ...extra }))
      : fc.constant(request),
  );
