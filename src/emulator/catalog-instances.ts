// The instances of one account in one region: which images they run, and the instances
// themselves. The plan (how many instances run each image) is drawn with the account's view of
// the images and decides their Usage (instance/none), so DescribeImages and DescribeInstances
// agree; the instances are built only when DescribeInstances first asks. Instances run on public,
// marketplace, shared, community and the account's own images, Deprecated ones included, never
// on images that are not ready (Creating, Waiting, CreateFailed, UnAvailable).

import type { EcsInstance, InstanceStatus } from '../ecs/describe-instances';
import type { ImageTag } from '../ecs/image-types';
import { APP_NAMES, ENVIRONMENTS } from './catalog-data';
import {
  CATALOG_EPOCH_MS,
  DAY_MS,
  HOUR_MS,
  randomTime,
  resourceId,
  toTime,
  type CatalogEntry,
  type Stream,
} from './catalog-images';
import { imageRunsOn, lookupInstanceType, type InstanceTypeInfo } from './instance-types';
import type { Rng } from './prng';

/** Where an image in an account's view comes from, which sets how likely the account runs it. */
export type ImageSource = 'public' | 'marketplace' | 'own' | 'shared' | 'community';

const IN_USE_CHANCE: Readonly<Record<ImageSource, number>> = {
  public: 0.3,
  marketplace: 0.12,
  own: 0.45,
  shared: 0.3,
  community: 0.1,
};
/** Fewer new instances start on deprecated images, but old ones keep running. */
const DEPRECATED_FACTOR = 0.6;
/** Instances per image in use when the catalog is not told a number. */
export const DEFAULT_INSTANCES_PER_IMAGE_IN_USE = 2.5;

/** An image instances can run on: ready, or deprecated after instances were made of it. */
const runnable = (status: string) => status === 'Available' || status === 'Deprecated';

/**
 * How many of the account's instances run each image (`statuses` and `sources` in one order). About
 * `total` instances in all (every image in use has at least one; when `total` is smaller than the
 * number of images drawn as in use, only that many stay in use), spread unevenly as in real
 * accounts, where a few golden images run most instances.
 */
export function planInstances(
  rng: Rng,
  statuses: readonly string[],
  sources: readonly ImageSource[],
  total: number | undefined,
): Uint32Array {
  const counts = new Uint32Array(statuses.length);
  let inUse: number[] = [];
  statuses.forEach((status, i) => {
    if (!runnable(status)) return;
    const chance = IN_USE_CHANCE[sources[i]!] * (status === 'Deprecated' ? DEPRECATED_FACTOR : 1);
    if (rng.chance(chance)) inUse.push(i);
  });
  const wanted = total ?? Math.round(inUse.length * DEFAULT_INSTANCES_PER_IMAGE_IN_USE);
  if (wanted < inUse.length) {
    // Keep `wanted` of them, each equally likely (selection sampling).
    const kept: number[] = [];
    inUse.forEach((index, seen) => {
      if (rng.next() * (inUse.length - seen) < wanted - kept.length) kept.push(index);
    });
    inUse = kept;
  }
  if (inUse.length === 0) return counts;
  const cumulative = new Float64Array(inUse.length);
  let sum = 0;
  inUse.forEach((index, k) => {
    counts[index] = 1;
    sum += 1 / (rng.next() + 0.02);
    cumulative[k] = sum;
  });
  for (let extra = wanted - inUse.length; extra > 0; extra--) {
    const target = rng.next() * sum;
    let low = 0;
    let high = inUse.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    counts[inUse[low]!]!++;
  }
  return counts;
}

/** An instance with the facts DescribeInstances filters on. */
export interface InstanceEntry {
  readonly instance: EcsInstance;
  readonly creationMs: number;
  readonly nameLower: string;
  /** The ID of its system disk (its automatic snapshots name it as SourceDiskId). */
  readonly systemDiskId: string;
  /** GiB of its system disk. */
  readonly systemDiskSize: number;
}

/** The account-wide pieces instances are placed in. */
export interface AccountPlacement {
  resourceGroups: readonly string[];
  vpcs: readonly string[];
  securityGroups: readonly string[];
  /** The zones instances are placed in, each with the account's vSwitch there. */
  zones: readonly { zoneId: string; vSwitchId: string }[];
}

// Common types people run, most wanted first; an image gets the first ones it can run on.
const INSTANCE_TYPES: readonly (readonly [string, number])[] = [
  ['ecs.g7.large', 20],
  ['ecs.c7.xlarge', 12],
  ['ecs.r7.2xlarge', 6],
  ['ecs.g6.large', 8],
  ['ecs.c6.2xlarge', 5],
  ['ecs.g8i.xlarge', 6],
  ['ecs.u1-c1m2.large', 6],
  ['ecs.t6-c1m1.large', 6],
  ['ecs.t6-c1m2.large', 4],
  ['ecs.gn7i-c16g1.4xlarge', 2],
  ['ecs.g8y.large', 10],
  ['ecs.c8y.xlarge', 6],
  ['ecs.g6r.large', 3],
  ['ecs.t5-lc1m1.small', 1],
  ['ecs.s2.large', 1],
];
const INSTANCE_TYPE_INFO = INSTANCE_TYPES.map(([id, weight]) => ({ info: lookupInstanceType(id)!, weight }));

const STATUSES: readonly (readonly [InstanceStatus, number])[] = [
  ['Running', 78],
  ['Stopped', 16],
  ['Pending', 2],
  ['Starting', 2],
  ['Stopping', 2],
];

/** DescribeInstances writes times to the minute: `2017-12-10T04:04Z`. */
const toMinute = (ms: number) => `${toTime(ms).slice(0, 16)}Z`;

const typeChoices = new Map<string, readonly (readonly [InstanceTypeInfo, number])[]>();

/** The instance types an image can run on, with their weights (cached per kind of image). */
function typesFor(entry: CatalogEntry): readonly (readonly [InstanceTypeInfo, number])[] {
  const { image } = entry;
  const key = `${image.Architecture}|${image.OSType}|${image.BootMode}|${image.Features.NvmeSupport}|${image.IsSupportIoOptimized}`;
  let choices = typeChoices.get(key);
  if (!choices) {
    choices = INSTANCE_TYPE_INFO.filter(({ info }) => imageRunsOn(image, info)).map(
      ({ info, weight }) => [info, weight] as const,
    );
    typeChoices.set(key, choices);
  }
  return choices;
}

function instanceTags(rng: Rng, app: string, env: string): ImageTag[] {
  const tags: ImageTag[] = [];
  if (rng.chance(0.7)) tags.push({ TagKey: 'app', TagValue: app });
  if (rng.chance(0.6)) tags.push({ TagKey: 'env', TagValue: env });
  if (rng.chance(0.2)) tags.push({ TagKey: 'acs:autoscaling:scalingGroupId', TagValue: `asg-${app}` });
  return tags;
}

const ip = (rng: Rng, first: string) => `${first}.${rng.int(0, 255)}.${rng.int(1, 254)}`;

/** `count` instances running `entry`'s image, made from the instances stream. */
export function instancesOn(
  s: Stream,
  regionId: string,
  placement: AccountPlacement,
  entry: CatalogEntry,
  count: number,
): InstanceEntry[] {
  const { rng } = s;
  const { image } = entry;
  const types = typesFor(entry);
  const made: InstanceEntry[] = [];
  for (let n = 0; n < count; n++) {
    const type = types.length ? rng.weighted(types) : INSTANCE_TYPE_INFO[0]!.info;
    const family = /^ecs\.([a-z0-9-]+)\./.exec(type.id)![1]!;
    const creationMs = randomTime(
      rng,
      Math.max(entry.creationMs + HOUR_MS, CATALOG_EPOCH_MS - 4 * 365 * DAY_MS),
      CATALOG_EPOCH_MS - HOUR_MS,
    );
    const status = rng.weighted(STATUSES);
    const app = rng.pick(APP_NAMES);
    const env = rng.pick(ENVIRONMENTS);
    const zone = rng.pick(placement.zones);
    const prepaid = rng.chance(0.3);
    const host = `iZ${s.prefix}${rng.alnum(18)}Z`;
    const name = rng.weighted<() => string>([
      [() => `${app}-${env}-${String(rng.int(1, 40)).padStart(2, '0')}`, 70],
      [() => `launch-advisor-${toTime(creationMs).slice(0, 10).replaceAll('-', '')}`, 15],
      [() => host, 15],
    ])();
    const instanceId = resourceId(s, 'i');
    const instance: EcsInstance = {
      InstanceId: instanceId,
      InstanceName: name,
      Description: '',
      HostName: host,
      ImageId: image.ImageId,
      RegionId: regionId,
      ZoneId: zone.zoneId,
      Status: status,
      InstanceType: type.id,
      InstanceTypeFamily: `ecs.${family}`,
      Cpu: type.vcpus,
      Memory: Math.round(type.memoryGiB * 1024),
      OSName: image.OSName,
      OSNameEn: image.OSNameEn,
      OSType: image.OSType,
      CreationTime: toMinute(creationMs),
      StartTime: toMinute(creationMs + rng.int(1, 120) * 60_000),
      ExpiredTime: prepaid ? toMinute(CATALOG_EPOCH_MS + rng.int(30, 3 * 365) * DAY_MS) : '2099-12-31T15:59Z',
      InstanceChargeType: prepaid ? 'PrePaid' : 'PostPaid',
      InternetChargeType: rng.chance(0.8) ? 'PayByTraffic' : 'PayByBandwidth',
      InstanceNetworkType: entry.networkTypes.includes('classic') && rng.chance(0.05) ? 'classic' : 'vpc',
      IoOptimized: type.family.ioOptimized,
      ResourceGroupId: rng.chance(0.15) ? '' : rng.pick(placement.resourceGroups),
      SerialNumber: `${rng.alnum(8)}-${rng.alnum(4)}-${rng.alnum(4)}-${rng.alnum(4)}-${rng.alnum(12)}`,
      DeletionProtection: rng.chance(0.1),
      VpcAttributes: {
        VpcId: rng.pick(placement.vpcs),
        VSwitchId: zone.vSwitchId,
        NatIpAddress: '',
        PrivateIpAddress: { IpAddress: [ip(rng, '172.16')] },
      },
      PublicIpAddress: { IpAddress: rng.chance(0.4) ? [ip(rng, '47.96')] : [] },
      SecurityGroupIds: { SecurityGroupId: [rng.pick(placement.securityGroups)] },
      OperationLocks: { LockReason: [] },
      Tags: { Tag: instanceTags(rng, app, env) },
    };
    made.push({
      instance,
      creationMs,
      nameLower: name.toLowerCase(),
      systemDiskId: resourceId(s, 'd'),
      systemDiskSize: Math.max(image.Size, rng.pick([40, 40, 60, 100])),
    });
  }
  return made;
}

/** DescribeInstances' order: newest first, then by InstanceId. */
export function byNewestInstance(a: InstanceEntry, b: InstanceEntry): number {
  return (
    b.creationMs - a.creationMs ||
    (a.instance.InstanceId < b.instance.InstanceId
      ? -1
      : a.instance.InstanceId > b.instance.InstanceId
        ? 1
        : 0)
  );
}
