// The images of the emulator's world, and how each account sees them. Public and marketplace
// images are the same for everyone. A custom image is one fact — its owner, its fields, the
// accounts it is shared with, whether it is published as a community image — seen as `self` by
// its owner and as `others` (with the owner's ImageOwnerId) by an account it is shared with or, when
// published, by every account. Usage is the viewer's: whether the viewer's instances run it.
//
// Public images look the way real answers show them (docs/ecs-api-notes.md §2.3 and published
// answers of the service): IsPublic true, no disk mappings, Usage "instance" (whatever the
// viewer runs), IsSelfShared "", a version like v2024.8.19 and a Description that names the kernel.

import type { ImageStatus } from '../ecs/describe-images-params';
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
import type { EmulatorAccount } from './world-accounts';

export type NetworkType = 'vpc' | 'classic';
export type ImageUsage = 'instance' | 'none';

export interface CatalogEntry {
  /** Exactly what DescribeImages returns for the image, to the account that looks. */
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

/** Every creation time lies before this instant, so the catalog never depends on the clock. */
export const CATALOG_EPOCH_MS = Date.UTC(2025, 5, 30);
const OLDEST_CUSTOM_MS = Date.UTC(2019, 0, 1);
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

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

// ---- shared pieces --------------------------------------------------------------------------

const TEMPLATES_BY_STEM = new Map(OS_TEMPLATES.map((t) => [t.stem, t]));

export function template(stem: string): OsTemplate {
  const found = TEMPLATES_BY_STEM.get(stem);
  if (!found) throw new Error(`no public image line ${stem}`);
  return found;
}

export function regionPrefix(regionId: string): string {
  const known = REGION_ID_PREFIXES[regionId];
  if (known) return known;
  const rng = new Rng(hashString(regionId));
  return rng.alnum(2);
}

/** The API's time format, to the second: `2024-08-19T06:12:43Z`. */
export const toTime = (ms: number) => formatTimestamp(new Date(ms));

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

/** The fields of an image that do not depend on who looks at it. */
interface ImageFields {
  id: string;
  name: string;
  base: OsTemplate;
  status: ImageStatus;
  creationMs: number;
  description?: string;
  family?: string;
  version?: string;
  progress?: string;
  size?: number;
  isCopied?: boolean;
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

/** What the viewer adds: the owner alias and the fields that come with it. */
interface ViewFields {
  owner: 'system' | 'self' | 'others' | 'marketplace';
  usage: ImageUsage;
  ownerId?: number;
  supplierName?: string;
  usable?: boolean;
  isPublic?: boolean;
  isSelfShared?: string;
}

/** One image with every field in the service's JSON types and empty-value conventions. */
function makeImage(f: ImageFields, v: ViewFields): EcsImage {
  const size = f.size ?? f.base.size;
  const bootMode = f.bootMode ?? f.base.bootMode;
  const image: EcsImage = {
    ImageId: f.id,
    ImageName: f.name,
    ImageFamily: f.family ?? '',
    ImageVersion: f.version ?? '',
    ImageOwnerAlias: v.owner,
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
    Usage: v.usage,
    IsCopied: f.isCopied ?? false,
    IsPublic: v.isPublic ?? false,
    IsSelfShared: v.isSelfShared ?? '',
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
  if (v.usable !== undefined) image.Usable = v.usable;
  if (v.ownerId !== undefined) image.ImageOwnerId = v.ownerId;
  if (v.supplierName !== undefined) image.SupplierName = v.supplierName;
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

/** The answer order of DescribeImages: newest first, then by ImageId. */
export function byNewest(a: CatalogEntry, b: CatalogEntry): number {
  return (
    b.creationMs - a.creationMs ||
    (a.image.ImageId < b.image.ImageId ? -1 : a.image.ImageId > b.image.ImageId ? 1 : 0)
  );
}

// ---- public images ---------------------------------------------------------------------------

/** `20240819` → `v2024.8.19`, the form public images report as ImageVersion. */
function publicImageVersion(build: string): string {
  return `v${+build.slice(0, 4)}.${+build.slice(4, 6)}.${+build.slice(6, 8)}`;
}

/**
 * Every public image build, most wanted first: the newest build of each current line, then older
 * builds, then end-of-life lines. Newest two builds of a line are Available, older ones Deprecated.
 */
export function publicPool(): CatalogEntry[] {
  const ranked: { rank: number; entry: CatalogEntry }[] = [];
  for (const t of OS_TEMPLATES) {
    t.builds.forEach((build, i) => {
      const age = t.builds.length - 1 - i;
      const id = publicImageId(t, build);
      const dayMs = Date.UTC(+build.slice(0, 4), +build.slice(4, 6) - 1, +build.slice(6, 8));
      const creationMs = dayMs + (hashString(id) % 20) * HOUR_MS + (hashString(id, 1) % 3600) * 1000;
      const image = makeImage(
        {
          id,
          name: id,
          base: t,
          status: t.eol || age >= 2 ? 'Deprecated' : 'Available',
          creationMs,
          family: t.family,
          version: publicImageVersion(build),
          description: t.kernel ? `Kernel version is ${t.kernel}, ${publicImageVersion(build).slice(1)}` : '',
          disks: [],
        },
        { owner: 'system', usage: 'instance', usable: true, isPublic: true },
      );
      ranked.push({ rank: t.eol ? 3 : Math.min(age, 2), entry: catalogEntry(image, { classic: t.classic }) });
    });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.entry);
}

// ---- generated images ------------------------------------------------------------------------

/** Where one stream of generated resources draws from: its own PRNG and the region's ID prefix. */
export interface Stream {
  rng: Rng;
  prefix: string;
  ids: Set<string>;
}

export function stream(regionId: string, seed: number, ...parts: string[]): Stream {
  return {
    rng: new Rng(hashString([regionId, ...parts].join('/'), seed)),
    prefix: regionPrefix(regionId),
    ids: new Set(),
  };
}

/**
 * A region-prefixed resource ID (`m-bp…`, `s-bp…`, `i-bp…`, `d-bp…`), unique within its stream.
 * Streams draw independently; two of them giving the same 18 characters is a 36^-18 chance.
 */
export function resourceId(s: Stream, kind: 'm' | 's' | 'i' | 'd'): string {
  for (;;) {
    const id = `${kind}-${s.prefix}${s.rng.alnum(18)}`;
    if (!s.ids.has(id)) {
      s.ids.add(id);
      return id;
    }
  }
}

export function randomTime(rng: Rng, fromMs: number, toMs: number): number {
  return fromMs + Math.floor(rng.next() * ((toMs - fromMs) / 1000)) * 1000;
}

const yyyymmdd = (ms: number) => toTime(ms).slice(0, 10).replaceAll('-', '');

/** A marketplace image: the same for every account (only Usage is the viewer's). */
export interface MarketplaceImage {
  readonly fields: ImageFields;
  readonly traits: EntryTraits;
  readonly usable: boolean;
}

export function marketplaceImage(
  s: Stream,
  index: number,
  productCodes: readonly string[],
): MarketplaceImage {
  const { rng } = s;
  const productIndex = index % MARKETPLACE_PRODUCTS.length;
  const product = MARKETPLACE_PRODUCTS[productIndex]!;
  const base = template(product.base);
  const major = 1 + Math.floor(index / MARKETPLACE_PRODUCTS.length);
  const subscribed = rng.chance(0.35);
  const expired = subscribed && rng.chance(0.35);
  const creationMs = randomTime(rng, Date.UTC(2021, 0, 1), CATALOG_EPOCH_MS - DAY_MS);
  return {
    fields: {
      id: resourceId(s, 'm'),
      name: `${product.name} V${major}.${rng.int(0, 9)}`,
      base,
      status: rng.chance(0.9) ? 'Available' : 'Deprecated',
      creationMs,
      description: product.description,
      productCode: productCodes[productIndex]!,
      isSubscribed: subscribed,
      size: base.size + rng.pick([0, 0, 20, 40]),
    },
    usable: !expired,
    // Some marketplace products may only be used to create instances, not to replace a system disk.
    traits: { expired, classic: base.classic, changeOs: rng.chance(0.8) },
  };
}

export function marketplaceEntry(m: MarketplaceImage, usage: ImageUsage): CatalogEntry {
  return catalogEntry(makeImage(m.fields, { owner: 'marketplace', usage, usable: m.usable }), m.traits);
}

/** An account the image is shared with, and when. */
export interface ImageShare {
  readonly accountId: string;
  readonly sharedMs: number;
}

const NO_SHARES: readonly ImageShare[] = Object.freeze([]);

/**
 * A custom image of some account: one fact, seen as `self` by its owner (`ownerView`) and as
 * `others` by the accounts it is shared with (`sharedView`). Views are built on first use: most
 * images other accounts share are never looked at by their owner.
 */
export class CustomImage {
  readonly id: string;
  readonly status: ImageStatus;
  /** The accounts it is shared with (DescribeImageSharePermission), oldest share first. */
  readonly shares: readonly ImageShare[];
  private fields: ImageFields | undefined;
  private view: CatalogEntry | undefined;

  constructor(
    readonly owner: EmulatorAccount,
    fields: ImageFields,
    private traits: EntryTraits | undefined,
    shares: readonly ImageShare[],
    /** Published as a community image (share group `all`). */
    readonly published: boolean,
  ) {
    this.id = fields.id;
    this.status = fields.status;
    this.fields = fields;
    this.shares = shares.length ? shares : NO_SHARES;
  }

  /**
   * The owner's view: `self`, no owner ID, IsSelfShared saying whether anyone else can use it.
   * Its Usage is the owner's, set when the owner's instances are planned (withUsage).
   */
  get ownerView(): CatalogEntry {
    if (!this.view) {
      // Your own images spell the flag as the documented sample does ("False"); others leave it "".
      const isSelfShared = this.shares.length > 0 || this.published ? 'True' : 'False';
      const image = makeImage(this.fields!, {
        owner: 'self',
        usage: 'none',
        isSelfShared,
        isPublic: this.published,
      });
      this.view = catalogEntry(image, this.traits);
      // The view holds it all now.
      this.fields = undefined;
      this.traits = undefined;
    }
    return this.view;
  }

  withUsage(usage: ImageUsage): CatalogEntry {
    const view = this.ownerView;
    view.image.Usage = usage;
    return view;
  }

  /**
   * The image as an account it is shared with (or, published, any account) sees it: `others`, the
   * owner's ID, and nothing of the owner's own bookkeeping (its tags, resource group, image check).
   */
  sharedView(usage: ImageUsage): CatalogEntry {
    const others = {
      Usable: true,
      ImageOwnerId: this.owner.idNumber,
      SupplierName: this.published ? this.owner.supplierName : '',
    };
    if (this.fields) {
      const { tags: _tags, resourceGroupId: _group, detection: _detection, ...fields } = this.fields;
      const image = makeImage(fields, {
        owner: 'others',
        usage,
        ownerId: others.ImageOwnerId,
        supplierName: others.SupplierName,
        usable: true,
        isPublic: this.published,
      });
      return catalogEntry(image, this.traits);
    }
    const image: EcsImage = {
      ...this.view!.image,
      ImageOwnerAlias: 'others',
      Usage: usage,
      IsSelfShared: '',
      ResourceGroupId: '',
      DetectionOptions: EMPTY_DETECTION,
      Tags: NO_TAGS,
      ...others,
    };
    return { ...this.view!, image, owner: 'others', usable: true };
  }
}

function otherAccountStatus(rng: Rng): ImageStatus {
  return rng.weighted<ImageStatus>([
    ['Available', 85],
    ['Deprecated', 8],
    ['UnAvailable', 4],
    ['CreateFailed', 3],
  ]);
}

/** When each account got the image: after it was made, before the catalog's epoch. */
function sharesOf(rng: Rng, accountIds: readonly string[], creationMs: number): ImageShare[] {
  return accountIds
    .map((accountId) => ({ accountId, sharedMs: randomTime(rng, creationMs + HOUR_MS, CATALOG_EPOCH_MS) }))
    .sort((a, b) => a.sharedMs - b.sharedMs || (a.accountId < b.accountId ? -1 : 1));
}

/** An image a team account builds to share (a golden image, an appliance). */
export function teamSharedImage(
  s: Stream,
  owner: EmulatorAccount,
  shareWith: readonly string[],
): CustomImage {
  const { rng } = s;
  const stem = rng.pick(SHARED_IMAGE_STEMS);
  const base = template(stem.base);
  const creationMs = randomTime(rng, Date.UTC(2022, 0, 1), CATALOG_EPOCH_MS - DAY_MS);
  const size = base.size + rng.pick([0, 20, 40]);
  const fields: ImageFields = {
    id: resourceId(s, 'm'),
    name: `${stem.name}-${yyyymmdd(creationMs).slice(0, 6)}-${rng.alnum(4)}`,
    base,
    status: otherAccountStatus(rng),
    creationMs,
    description: rng.chance(0.5) ? 'Shared by the platform team. Do not modify.' : '',
    size,
    disks: [systemDisk(size, resourceId(s, 's'))],
  };
  return new CustomImage(
    owner,
    fields,
    { classic: base.classic },
    sharesOf(rng, shareWith, creationMs),
    false,
  );
}

/** A community image its publisher has published for every account. */
export function publishedImage(s: Stream, owner: EmulatorAccount): CustomImage {
  const { rng } = s;
  const stack = rng.pick(COMMUNITY_STACKS);
  const base = template(stack.base);
  const creationMs = randomTime(rng, Date.UTC(2023, 0, 1), CATALOG_EPOCH_MS - DAY_MS);
  const size = base.size + rng.pick([20, 40, 80]);
  const fields: ImageFields = {
    id: resourceId(s, 'm'),
    name: `${stack.name}-${yyyymmdd(creationMs)}`,
    base,
    status: otherAccountStatus(rng),
    creationMs,
    description: `Community image published by ${owner.supplierName}`,
    size,
    disks: [systemDisk(size, resourceId(s, 's'))],
  };
  return new CustomImage(owner, fields, { classic: false }, NO_SHARES, true);
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

/**
 * One of an account's own custom images: made from a snapshot, imported from OSS or copied from
 * another region, in any status, sometimes in a family. `shareWith` picks the accounts it is shared
 * with (none for most), given the stream's PRNG.
 */
export function customImage(
  s: Stream,
  owner: EmulatorAccount,
  resourceGroups: readonly string[],
  shareWith: (rng: Rng) => readonly string[],
): CustomImage {
  const { rng } = s;
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
    : randomTime(rng, OLDEST_CUSTOM_MS, CATALOG_EPOCH_MS - DAY_MS);
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
  const disks = [systemDisk(size, resourceId(s, 's'), { ...importFields, ...diskProgress, ...encrypted })];
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
      SnapshotId: resourceId(s, 's'),
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
  const fields: ImageFields = {
    id: resourceId(s, 'm'),
    name: customName(rng, base, kind, creationMs, format),
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
          : `由实例 i-${s.prefix}${rng.alnum(18)} 创建`,
        20,
      ],
      ['Archive log for Oracle', 5],
      [kind === 'import' ? 'Imported from OSS' : 'nightly build', 10],
    ]),
    family: inFamily ? rng.pick(['hangzhou-daily-update', `${app}-release`, 'web-golden']) : '',
    version: inFamily ? `${rng.int(1, 3)}.${rng.int(0, 12)}.${rng.int(0, 9)}` : '',
    isCopied: kind === 'copy',
    resourceGroupId: rng.chance(0.1) ? '' : rng.pick(resourceGroups),
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
  };
  // Only an image that is ready can be shared (ModifyImageSharePermission takes Available images),
  // and one in a family must be unshared before it is deprecated (docs/ecs-api-notes.md §9).
  const sharable = status === 'Available' || (status === 'Deprecated' && !inFamily);
  // Replacing a system disk takes a system-disk-only image; an image with data-disk snapshots is
  // refused for ChangeOS (our reading of the ReplaceSystemDisk rules; uncertain).
  const traits = { classic: base.classic, changeOs: dataDisks === 0 };
  return new CustomImage(
    owner,
    fields,
    traits,
    sharable ? sharesOf(rng, shareWith(rng), creationMs) : NO_SHARES,
    false,
  );
}
