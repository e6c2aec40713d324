// The emulator's image catalog: deterministic (a seeded PRNG, no clock, no Math.random) and built
// lazily, one region at a time, on first use. Each region holds public images (the same IDs and
// objects in every region, as in reality), marketplace images, custom images of "your" account,
// images other accounts share with you, and community images, in every status. Next to each image
// the catalog keeps the facts DescribeImages filters on but does not return (expired subscription,
// network types, whether the image may replace a system disk).
//
// Public images look the way real answers show them (docs/ecs-api-notes.md §2.3 and published
// answers of the service): IsPublic true, no disk mappings, Usage "instance", IsSelfShared "", a
// version like v2024.8.19 and a Description that names the kernel.

import type { ImageOwnerAlias, ImageStatus } from '../ecs/describe-images-params';
import type {
  DetectionOptions,
  DiskDeviceMapping,
  EcsImage,
  ImageFeatures,
  ImageTag,
} from '../ecs/image-types';
import { KNOWN_REGIONS } from '../ecs/regions';
import { formatTimestamp } from '../node/signature';
import {
  APP_NAMES,
  CHINESE_NAMES,
  COMMUNITY_STACKS,
  COMMUNITY_SUPPLIERS,
  DETECTION_RISKS,
  IMPORT_FORMATS,
  LICENSE_TYPES,
  MARKETPLACE_PRODUCTS,
  OS_TEMPLATES,
  OSS_BUCKETS,
  publicImageId,
  REGION_ID_PREFIXES,
  SHARED_IMAGE_STEMS,
  TAG_VALUES,
  type OsTemplate,
} from './catalog-data';
import { hashString, Rng } from './prng';

export type NetworkType = 'vpc' | 'classic';

export interface CatalogEntry {
  /** Exactly what DescribeImages returns for the image. */
  readonly image: EcsImage;
  readonly creationMs: number;
  // Copies of the most filtered fields: the image objects come in several shapes (owner-specific
  // fields are omitted for your own images), entries in one, which keeps filtering fast.
  readonly owner: string;
  readonly status: string;
  readonly isPublic: boolean;
  readonly nameLower: string;
  /** What `Usable` filters on: the image's own flag, or for your images (which omit it) Available. */
  readonly usable: boolean;
  /** A marketplace subscription that has run out: hidden unless ShowExpired=true. */
  readonly subscriptionExpired: boolean;
  readonly networkTypes: readonly NetworkType[];
  /** Whether the image may replace a system disk (ActionType=ChangeOS). */
  readonly changeOsSupported: boolean;
}

export interface CatalogOptions {
  seed: number;
  /** Approximate number of images per region, all owners and statuses together. */
  imagesPerRegion: number;
}

export const DEFAULT_CATALOG_SEED = 20140526;
export const DEFAULT_IMAGES_PER_REGION = 300;
export const MAX_IMAGES_PER_REGION = 100_000;

/** Every creation time lies before this instant, so the catalog never depends on the clock. */
export const CATALOG_EPOCH_MS = Date.UTC(2025, 5, 30);
const OLDEST_CUSTOM_MS = Date.UTC(2019, 0, 1);
const HOUR_MS = 3_600_000;

// Shares of the non-public remainder of a region; "your" custom images take the rest.
const PUBLIC_SHARE = 0.35;
const MARKETPLACE_SHARE = 0.15;
const SHARED_SHARE = 0.12;
const COMMUNITY_SHARE = 0.08;

const VPC_ONLY: readonly NetworkType[] = Object.freeze(['vpc']);
const VPC_AND_CLASSIC: readonly NetworkType[] = Object.freeze(['vpc', 'classic']);
const EMPTY_DETECTION: DetectionOptions = Object.freeze({});
// Shared by every image without tags or disks, and partial feature sets shared by value: 4,000
// images per region in 32 regions make per-image copies of these add up.
const NO_TAGS: EcsImage['Tags'] = Object.freeze({ Tag: Object.freeze([]) as unknown as ImageTag[] });
const NO_DISKS: EcsImage['DiskDeviceMappings'] = Object.freeze({
  DiskDeviceMapping: Object.freeze([]) as unknown as DiskDeviceMapping[],
});
const NVME_FLAG_ONLY: Readonly<Record<string, ImageFeatures>> = {
  supported: Object.freeze({ NvmeSupport: 'supported' }),
  unsupported: Object.freeze({ NvmeSupport: 'unsupported' }),
};
const NO_FEATURES: ImageFeatures = Object.freeze({});
const SECURE_BOOT_SUPPORTED = Object.freeze({ SecureBootSupport: 'supported' });
const SECURE_BOOT_UNSUPPORTED = Object.freeze({ SecureBootSupport: 'unsupported' });

/** Account-wide facts, shared by every region of one seed. */
interface Account {
  resourceGroups: readonly string[];
  sharingAccounts: readonly number[];
  communityPublishers: readonly { accountId: number; supplierName: string }[];
  productCodes: readonly string[];
  /** Public images in the order a region keeps them when it has room for only some. */
  publicPool: readonly CatalogEntry[];
}

export class Catalog {
  readonly seed: number;
  readonly imagesPerRegion: number;
  private readonly regions = new Map<string, readonly CatalogEntry[]>();
  private accountData?: Account;

  constructor(options: CatalogOptions) {
    if (!Number.isInteger(options.imagesPerRegion) || options.imagesPerRegion < 1)
      throw new Error(`imagesPerRegion must be a whole number of at least 1, not ${options.imagesPerRegion}`);
    if (options.imagesPerRegion > MAX_IMAGES_PER_REGION)
      throw new Error(`imagesPerRegion must be at most ${MAX_IMAGES_PER_REGION}`);
    if (!Number.isInteger(options.seed)) throw new Error(`seed must be a whole number, not ${options.seed}`);
    this.seed = options.seed;
    this.imagesPerRegion = options.imagesPerRegion;
  }

  /** The emulator serves the known regions (the ones DescribeRegions lists). */
  hasRegion(regionId: string): boolean {
    return KNOWN_REGIONS.some((r) => r.id === regionId);
  }

  /** The region's images in the answer order: newest first, then by ImageId. */
  images(regionId: string): readonly CatalogEntry[] {
    if (!this.hasRegion(regionId)) throw new Error(`the emulator has no region ${regionId}`);
    let images = this.regions.get(regionId);
    if (!images) {
      images = generateRegion(regionId, this.account(), this.seed, this.imagesPerRegion);
      this.regions.set(regionId, images);
    }
    return images;
  }

  private account(): Account {
    this.accountData ??= generateAccount(this.seed);
    return this.accountData;
  }
}

// ---- shared pieces --------------------------------------------------------------------------

const TEMPLATES_BY_STEM = new Map(OS_TEMPLATES.map((t) => [t.stem, t]));

function template(stem: string): OsTemplate {
  const found = TEMPLATES_BY_STEM.get(stem);
  if (!found) throw new Error(`no public image line ${stem}`);
  return found;
}

function regionPrefix(regionId: string): string {
  const known = REGION_ID_PREFIXES[regionId];
  if (known) return known;
  const rng = new Rng(hashString(regionId));
  return rng.alnum(2);
}

const toTime = (ms: number) => formatTimestamp(new Date(ms));

function secureBoot(bootMode: string) {
  return bootMode === 'BIOS' ? SECURE_BOOT_UNSUPPORTED : SECURE_BOOT_SUPPORTED;
}

function systemDisk(
  size: number,
  snapshotId: string,
  extra: Partial<DiskDeviceMapping> = {},
): DiskDeviceMapping {
  return {
    Device: '/dev/xvda',
    Type: 'system',
    Size: String(size),
    SnapshotId: snapshotId,
    Format: '',
    ImportOSSBucket: '',
    ImportOSSObject: '',
    Progress: '',
    ...extra,
  };
}

interface ImageFields {
  id: string;
  name: string;
  owner: ImageOwnerAlias;
  base: OsTemplate;
  status: ImageStatus;
  creationMs: number;
  description?: string;
  family?: string;
  version?: string;
  ownerId?: number;
  supplierName?: string;
  usable?: boolean;
  progress?: string;
  size?: number;
  usage?: 'instance' | 'none';
  isCopied?: boolean;
  isPublic?: boolean;
  isSelfShared?: string;
  isSubscribed?: boolean;
  productCode?: string;
  resourceGroupId?: string;
  licenseType?: string;
  features?: ImageFeatures;
  bootMode?: string;
  detection?: DetectionOptions;
  disks?: DiskDeviceMapping[];
  tags?: ImageTag[];
}

/** One image with every field in the service's JSON types and empty-value conventions. */
function makeImage(f: ImageFields): EcsImage {
  const size = f.size ?? f.base.size;
  const bootMode = f.bootMode ?? f.base.bootMode;
  const image: EcsImage = {
    ImageId: f.id,
    ImageName: f.name,
    ImageFamily: f.family ?? '',
    ImageVersion: f.version ?? '',
    ImageOwnerAlias: f.owner,
    Description: f.description ?? '',
    Status: f.status,
    Progress: f.progress ?? '100%',
    CreationTime: toTime(f.creationMs),
    Architecture: f.base.arch,
    OSType: f.base.osType,
    OSName: f.base.osName,
    OSNameEn: f.base.osNameEn,
    Platform: f.base.platform,
    BootMode: bootMode,
    Size: size,
    Usage: f.usage ?? 'none',
    IsCopied: f.isCopied ?? false,
    IsPublic: f.isPublic ?? false,
    IsSelfShared: f.isSelfShared ?? '',
    IsSubscribed: f.isSubscribed ?? false,
    IsSupportCloudinit: f.base.cloudinit,
    IsSupportIoOptimized: f.base.ioOptimized,
    LoginAsNonRootSupported: f.base.loginAsNonRoot,
    ProductCode: f.productCode ?? '',
    ResourceGroupId: f.resourceGroupId ?? '',
    LicenseType: f.licenseType ?? '',
    Features: f.features ?? f.base.features,
    DetectionOptions: f.detection ?? EMPTY_DETECTION,
    SecureBootOptions: secureBoot(bootMode),
    DiskDeviceMappings: f.disks
      ? f.disks.length
        ? { DiskDeviceMapping: f.disks }
        : NO_DISKS
      : { DiskDeviceMapping: [systemDisk(size, '')] },
    Tags: f.tags?.length ? { Tag: f.tags } : NO_TAGS,
  };
  // Your own images come without these three (docs/ecs-api-notes.md §2.3); the others always say whether
  // the image is usable, and shared or community images name their owner.
  if (f.usable !== undefined) image.Usable = f.usable;
  if (f.ownerId !== undefined) image.ImageOwnerId = f.ownerId;
  if (f.supplierName !== undefined) image.SupplierName = f.supplierName;
  return image;
}

export interface EntryTraits {
  expired?: boolean;
  classic?: boolean;
  changeOs?: boolean;
}

/** An image with the facts the filters read; also for tests that build their own images. */
export function catalogEntry(image: EcsImage, traits: EntryTraits = {}): CatalogEntry {
  const creationMs = Date.parse(image.CreationTime);
  return {
    image,
    creationMs,
    owner: image.ImageOwnerAlias,
    status: image.Status,
    isPublic: image.IsPublic,
    nameLower: image.ImageName.toLowerCase(),
    usable: image.Usable ?? image.Status === 'Available',
    subscriptionExpired: traits.expired ?? false,
    networkTypes: traits.classic ? VPC_AND_CLASSIC : VPC_ONLY,
    changeOsSupported: traits.changeOs ?? true,
  };
}

/** A 16-digit Alibaba Cloud account ID (below 2^53, so exact as a JSON number). */
const accountId = (rng: Rng) =>
  1_000_000_000_000_000 + rng.int(0, 899_999_999) * 10_000_000 + rng.int(0, 9_999_999);

function generateAccount(seed: number): Account {
  const rng = new Rng(hashString('account', seed));
  const resourceGroups = [
    `rg-acfm${rng.alnum(11)}`,
    ...Array.from({ length: 3 }, () => `rg-aek2${rng.alnum(11)}`),
  ];
  const sharingAccounts = Array.from({ length: 5 }, () => accountId(rng));
  const communityPublishers = COMMUNITY_SUPPLIERS.map((supplierName) => ({
    accountId: accountId(rng),
    supplierName,
  }));
  const codes = new Set<string>();
  while (codes.size < MARKETPLACE_PRODUCTS.length) codes.add(`cmjj0${String(rng.int(10000, 99999))}`);
  return {
    resourceGroups,
    sharingAccounts,
    communityPublishers,
    productCodes: [...codes],
    publicPool: publicPool(),
  };
}

/**
 * Every public image build, most wanted first: the newest build of each current line, then older
 * builds, then end-of-life lines. Newest two builds of a line are Available, older ones Deprecated.
 */
function publicPool(): CatalogEntry[] {
  const ranked: { rank: number; entry: CatalogEntry }[] = [];
  for (const t of OS_TEMPLATES) {
    t.builds.forEach((build, i) => {
      const age = t.builds.length - 1 - i;
      const id = publicImageId(t, build);
      const dayMs = Date.UTC(+build.slice(0, 4), +build.slice(4, 6) - 1, +build.slice(6, 8));
      const creationMs = dayMs + (hashString(id) % 20) * HOUR_MS + (hashString(id, 1) % 3600) * 1000;
      const image = makeImage({
        id,
        name: id,
        owner: 'system',
        base: t,
        status: t.eol || age >= 2 ? 'Deprecated' : 'Available',
        creationMs,
        family: t.family,
        version: publicImageVersion(build),
        description: t.kernel ? `Kernel version is ${t.kernel}, ${publicImageVersion(build).slice(1)}` : '',
        usable: true,
        usage: 'instance',
        isPublic: true,
        disks: [],
      });
      ranked.push({
        rank: t.eol ? 3 : Math.min(age, 2),
        entry: catalogEntry(image, { classic: t.classic }),
      });
    });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.entry);
}

// ---- one region -----------------------------------------------------------------------------

interface RegionContext {
  regionId: string;
  rng: Rng;
  prefix: string;
  account: Account;
  ids: Set<string>;
}

function resourceId(ctx: RegionContext, kind: 'm' | 's'): string {
  for (;;) {
    const id = `${kind}-${ctx.prefix}${ctx.rng.alnum(18)}`;
    if (!ctx.ids.has(id)) {
      ctx.ids.add(id);
      return id;
    }
  }
}

function randomTime(rng: Rng, fromMs: number, toMs: number): number {
  return fromMs + Math.floor(rng.next() * ((toMs - fromMs) / 1000)) * 1000;
}

const yyyymmdd = (ms: number) => toTime(ms).slice(0, 10).replaceAll('-', '');

/** `20240819` → `v2024.8.19`, the form public images report as ImageVersion. */
function publicImageVersion(build: string): string {
  return `v${+build.slice(0, 4)}.${+build.slice(4, 6)}.${+build.slice(6, 8)}`;
}

function generateRegion(regionId: string, account: Account, seed: number, total: number): CatalogEntry[] {
  const rng = new Rng(hashString(regionId, seed));
  const ctx: RegionContext = { regionId, rng, prefix: regionPrefix(regionId), account, ids: new Set() };

  // Public images keep their IDs and content in every region; a region lacks a few old builds.
  const available = account.publicPool.filter(
    (e) => e.image.Status === 'Available' || hashString(`${regionId}/${e.image.ImageId}`, seed) % 10 !== 0,
  );
  const publicCount = Math.min(available.length, Math.round(total * PUBLIC_SHARE));
  const rest = total - publicCount;
  const marketplace = Math.round(rest * MARKETPLACE_SHARE);
  const shared = Math.round(rest * SHARED_SHARE);
  const community = Math.round(rest * COMMUNITY_SHARE);
  const own = rest - marketplace - shared - community;

  const images: CatalogEntry[] = available.slice(0, publicCount);
  for (let i = 0; i < marketplace; i++) images.push(marketplaceImage(ctx, i));
  for (let i = 0; i < shared; i++) images.push(sharedImage(ctx));
  for (let i = 0; i < community; i++) images.push(communityImage(ctx));
  for (let i = 0; i < own; i++) images.push(customImage(ctx));
  return images.sort(
    (a, b) =>
      b.creationMs - a.creationMs ||
      (a.image.ImageId < b.image.ImageId ? -1 : a.image.ImageId > b.image.ImageId ? 1 : 0),
  );
}

function marketplaceImage(ctx: RegionContext, index: number): CatalogEntry {
  const { rng, account } = ctx;
  const productIndex = index % MARKETPLACE_PRODUCTS.length;
  const product = MARKETPLACE_PRODUCTS[productIndex]!;
  const base = template(product.base);
  const major = 1 + Math.floor(index / MARKETPLACE_PRODUCTS.length);
  const subscribed = rng.chance(0.35);
  const expired = subscribed && rng.chance(0.35);
  const creationMs = randomTime(rng, Date.UTC(2021, 0, 1), CATALOG_EPOCH_MS - 86_400_000);
  const image = makeImage({
    id: resourceId(ctx, 'm'),
    name: `${product.name} V${major}.${rng.int(0, 9)}`,
    owner: 'marketplace',
    base,
    status: rng.chance(0.9) ? 'Available' : 'Deprecated',
    creationMs,
    description: product.description,
    productCode: account.productCodes[productIndex]!,
    isSubscribed: subscribed,
    usable: !expired,
    usage: rng.chance(0.15) ? 'instance' : 'none',
    size: base.size + rng.pick([0, 0, 20, 40]),
  });
  // Some marketplace products may only be used to create instances, not to replace a system disk.
  return catalogEntry(image, { expired, classic: base.classic, changeOs: rng.chance(0.8) });
}

function otherAccountStatus(rng: Rng): ImageStatus {
  return rng.weighted<ImageStatus>([
    ['Available', 85],
    ['Deprecated', 8],
    ['UnAvailable', 4],
    ['CreateFailed', 3],
  ]);
}

function sharedImage(ctx: RegionContext): CatalogEntry {
  const { rng } = ctx;
  const stem = rng.pick(SHARED_IMAGE_STEMS);
  const base = template(stem.base);
  const creationMs = randomTime(rng, Date.UTC(2022, 0, 1), CATALOG_EPOCH_MS - 86_400_000);
  const size = base.size + rng.pick([0, 20, 40]);
  const image = makeImage({
    id: resourceId(ctx, 'm'),
    name: `${stem.name}-${yyyymmdd(creationMs).slice(0, 6)}-${rng.alnum(4)}`,
    owner: 'others',
    base,
    status: otherAccountStatus(rng),
    creationMs,
    description: rng.chance(0.5) ? 'Shared by the platform team. Do not modify.' : '',
    ownerId: rng.pick(ctx.account.sharingAccounts),
    supplierName: '',
    usable: true,
    size,
    disks: [systemDisk(size, resourceId(ctx, 's'))],
  });
  return catalogEntry(image, { classic: base.classic });
}

function communityImage(ctx: RegionContext): CatalogEntry {
  const { rng } = ctx;
  const stack = rng.pick(COMMUNITY_STACKS);
  const base = template(stack.base);
  const publisher = rng.pick(ctx.account.communityPublishers);
  const creationMs = randomTime(rng, Date.UTC(2023, 0, 1), CATALOG_EPOCH_MS - 86_400_000);
  const size = base.size + rng.pick([20, 40, 80]);
  const image = makeImage({
    id: resourceId(ctx, 'm'),
    name: `${stack.name}-${yyyymmdd(creationMs)}`,
    owner: 'others',
    base,
    status: otherAccountStatus(rng),
    creationMs,
    description: `Community image published by ${publisher.supplierName}`,
    ownerId: publisher.accountId,
    supplierName: publisher.supplierName,
    usable: true,
    isPublic: true,
    size,
    disks: [systemDisk(size, resourceId(ctx, 's'))],
  });
  return catalogEntry(image, { classic: false });
}

// Custom images lean towards the lines people really build on.
const CUSTOM_BASES: readonly (readonly [string, number])[] = [
  ['aliyun_3_x64_20G', 20],
  ['aliyun_3_arm64_20G', 6],
  ['aliyun_2_1903_x64_20G', 5],
  ['ubuntu_22_04_x64_20G', 12],
  ['ubuntu_24_04_x64_20G', 5],
  ['ubuntu_20_04_x64_20G', 5],
  ['centos_7_9_x64_20G', 12],
  ['ubuntu_16_04_32_20G', 1],
  ['debian_12_11_x64_20G', 5],
  ['rockylinux_9_4_x64_20G', 3],
  ['anolisos_8_9_x64_20G_anck', 2],
  ['win2022_21H2_x64_dtc_zh-cn_40G', 6],
  ['win2019_1809_x64_dtc_en-us_40G', 5],
  ['win2016_1607_x64_dtc_zh-cn_40G', 2],
];

type CustomKind = 'snapshot' | 'import' | 'copy';

function customStatus(rng: Rng): ImageStatus {
  return rng.weighted<ImageStatus>([
    ['Available', 78],
    ['Deprecated', 7],
    ['Creating', 5],
    ['Waiting', 2],
    ['CreateFailed', 4],
    ['UnAvailable', 4],
  ]);
}

function customName(
  rng: Rng,
  base: OsTemplate,
  kind: CustomKind,
  creationMs: number,
  format: string,
): string {
  const date = yyyymmdd(creationMs);
  const os = base.platform.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (kind === 'import') return `import-${os}-${format}-${rng.alnum(4)}`;
  return rng.weighted<() => string>([
    [() => `${rng.pick(APP_NAMES)}-${rng.pick(['prod', 'staging', 'dev'])}-${date}-${rng.int(1, 99)}`, 55],
    [() => `golden-${os}-${date.slice(0, 6)}-${rng.alnum(3)}`, 20],
    [() => `${rng.pick(CHINESE_NAMES)}-${date}-${rng.int(1, 99)}`, 12],
    [
      () =>
        `${rng.pick(APP_NAMES).replaceAll('-', '_')}_v${rng.int(1, 4)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
      13,
    ],
  ])();
}

function customTags(rng: Rng): ImageTag[] {
  const keys = Object.keys(TAG_VALUES);
  const count = rng.weighted([
    [0, 25],
    [1, 20],
    [2, 25],
    [3, 20],
    [4, 10],
  ] as const);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(rng.pick(keys));
  return [...chosen].map((key) => ({ TagKey: key, TagValue: rng.pick(TAG_VALUES[key]!) }));
}

function customImage(ctx: RegionContext): CatalogEntry {
  const { rng, account } = ctx;
  const base = template(rng.weighted(CUSTOM_BASES));
  const kind = rng.weighted<CustomKind>([
    ['snapshot', 70],
    ['import', 12],
    ['copy', 18],
  ]);
  const status = customStatus(rng);
  const inProgress = status === 'Creating' || status === 'Waiting';
  const creationMs = inProgress
    ? CATALOG_EPOCH_MS - rng.int(1, 600) * 60_000
    : randomTime(rng, OLDEST_CUSTOM_MS, CATALOG_EPOCH_MS - 86_400_000);
  const format = rng.pick(IMPORT_FORMATS);
  const size = Math.max(base.size, rng.pick([20, 40, 40, 50, 60, 80, 100, 200]));

  const progress =
    status === 'Creating'
      ? `${rng.int(1, 99)}%`
      : status === 'Waiting'
        ? '0%'
        : status === 'CreateFailed'
          ? `${rng.int(0, 90)}%`
          : '100%';
  const diskProgress = inProgress ? { Progress: progress, RemainTime: rng.int(30, 3600) } : {};
  const importFields =
    kind === 'import'
      ? {
          Format: format,
          ImportOSSBucket: rng.pick(OSS_BUCKETS),
          ImportOSSObject: `${base.platform.toLowerCase().replace(/\s+/g, '-')}/${rng.alnum(6)}.${format === 'qcow2' ? 'qcow2' : format === 'raw' ? 'raw' : 'vhd'}`,
        }
      : {};
  const encrypted = rng.chance(0.08) ? { Encrypted: true } : {};
  const disks = [systemDisk(size, resourceId(ctx, 's'), { ...importFields, ...diskProgress, ...encrypted })];
  const dataDisks = rng.weighted([
    [0, 78],
    [1, 16],
    [2, 6],
  ] as const);
  for (let d = 0; d < dataDisks; d++) {
    disks.push({
      Device: `/dev/xvd${String.fromCharCode(98 + d)}`,
      Type: 'data',
      Size: String(rng.pick([40, 100, 200, 500, 1024])),
      SnapshotId: resourceId(ctx, 's'),
      Format: '',
      ImportOSSBucket: '',
      ImportOSSObject: '',
      Progress: inProgress ? progress : '',
      ...(inProgress ? { RemainTime: rng.int(30, 3600) } : {}),
      ...encrypted,
    });
  }

  const inFamily = rng.chance(0.25);
  const app = rng.pick(APP_NAMES);
  const image = makeImage({
    id: resourceId(ctx, 'm'),
    name: customName(rng, base, kind, creationMs, format),
    owner: 'self',
    base,
    status,
    creationMs,
    progress,
    size,
    description: rng.weighted<string>([
      ['', 40],
      [`Base image for ${app}`, 25],
      [
        kind === 'copy'
          ? `Copied from ${rng.pick(KNOWN_REGIONS).id}`
          : `由实例 i-${ctx.prefix}${rng.alnum(18)} 创建`,
        20,
      ],
      ['Archive log for Oracle', 5],
      [kind === 'import' ? 'Imported from OSS' : 'nightly build', 10],
    ]),
    family: inFamily ? rng.pick(['hangzhou-daily-update', `${app}-release`, 'web-golden']) : '',
    version: inFamily ? `${rng.int(1, 3)}.${rng.int(0, 12)}.${rng.int(0, 9)}` : '',
    usage: rng.chance(0.4) ? 'instance' : 'none',
    isCopied: kind === 'copy',
    // Your own images spell the flag as the documented sample does ("False"); others leave it "".
    isSelfShared: rng.chance(0.15) ? 'True' : 'False',
    resourceGroupId: rng.chance(0.1) ? '' : rng.pick(account.resourceGroups),
    licenseType: kind === 'import' ? rng.pick(LICENSE_TYPES) : '',
    features: rng.chance(0.3)
      ? (NVME_FLAG_ONLY[base.features.NvmeSupport ?? ''] ?? NO_FEATURES)
      : base.features,
    detection:
      kind === 'import'
        ? {
            Status: inProgress ? 'Processing' : 'Finished',
            Items: { Item: DETECTION_RISKS.filter(() => rng.chance(0.3)) },
          }
        : EMPTY_DETECTION,
    disks,
    tags: customTags(rng),
  });
  // Replacing a system disk takes a system-disk-only image; an image with data-disk snapshots is
  // refused for ChangeOS (our reading of the ReplaceSystemDisk rules; uncertain).
  return catalogEntry(image, { classic: base.classic, changeOs: dataDisks === 0 });
}
