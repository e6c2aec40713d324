// Lenient reading of DescribeImages answers. Real responses use "" for unknown text, omit fields
// for your own images, send `{}` for empty objects, and sometimes a string where a number is
// documented or the other way round (ecs-api-notes §2.3). Everything downstream gets the exact
// documented types.

import type {
  DescribeImagesResponse,
  DescribeRegionsResponse,
  DetectionItem,
  DetectionOptions,
  DiskDeviceMapping,
  EcsImage,
  EcsRegion,
  ImageFeatures,
  ImageTag,
} from './image-types';

type Loose = Record<string, unknown>;

const asObject = (v: unknown): Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : {};

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const num = (v: unknown): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : 0;
};

const bool = (v: unknown): boolean => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');

/** `{ Tag: [...] }`, a bare array, or a single object (as XML-to-JSON converters produce). */
function wrapped(v: unknown, element: string): unknown[] {
  if (Array.isArray(v)) return v;
  const inner = asObject(v)[element];
  if (Array.isArray(inner)) return inner;
  return inner && typeof inner === 'object' ? [inner] : [];
}

function normalizeTag(raw: unknown): ImageTag {
  const o = asObject(raw);
  return { TagKey: text(o.TagKey), TagValue: text(o.TagValue) };
}

function normalizeDisk(raw: unknown): DiskDeviceMapping {
  const o = asObject(raw);
  const disk: DiskDeviceMapping = {
    Device: text(o.Device),
    Type: text(o.Type),
    Size: text(o.Size),
    SnapshotId: text(o.SnapshotId),
    Format: text(o.Format),
    ImportOSSBucket: text(o.ImportOSSBucket),
    ImportOSSObject: text(o.ImportOSSObject),
    Progress: text(o.Progress),
  };
  if (o.RemainTime !== undefined && o.RemainTime !== '') disk.RemainTime = num(o.RemainTime);
  if (typeof o.Encrypted === 'boolean' || typeof o.Encrypted === 'string') disk.Encrypted = o.Encrypted;
  return disk;
}

function normalizeFeatures(raw: unknown): ImageFeatures {
  const o = asObject(raw);
  const features: ImageFeatures = {};
  for (const key of [
    'CpuOnlineDowngrade',
    'CpuOnlineUpgrade',
    'MemoryOnlineDowngrade',
    'MemoryOnlineUpgrade',
    'ImdsSupport',
    'NvmeSupport',
  ] as const) {
    if (o[key] !== undefined) features[key] = text(o[key]);
  }
  return features;
}

function normalizeDetection(raw: unknown): DetectionOptions {
  const o = asObject(raw);
  const result: DetectionOptions = {};
  if (o.Status !== undefined) result.Status = text(o.Status);
  if (o.Items !== undefined) {
    result.Items = {
      Item: wrapped(o.Items, 'Item').map((item): DetectionItem => {
        const i = asObject(item);
        return {
          Name: text(i.Name),
          RiskCode: text(i.RiskCode),
          RiskLevel: text(i.RiskLevel),
          Value: text(i.Value),
        };
      }),
    };
  }
  return result;
}

export function normalizeImage(raw: unknown): EcsImage {
  const o = asObject(raw);
  const image: EcsImage = {
    ImageId: text(o.ImageId),
    ImageName: text(o.ImageName),
    ImageFamily: text(o.ImageFamily),
    ImageVersion: text(o.ImageVersion),
    ImageOwnerAlias: text(o.ImageOwnerAlias),
    Description: text(o.Description),
    Status: text(o.Status),
    Progress: text(o.Progress),
    CreationTime: text(o.CreationTime),
    Architecture: text(o.Architecture),
    OSType: text(o.OSType),
    OSName: text(o.OSName),
    OSNameEn: text(o.OSNameEn),
    Platform: text(o.Platform),
    BootMode: text(o.BootMode),
    Size: num(o.Size),
    Usage: text(o.Usage),
    IsCopied: bool(o.IsCopied),
    IsPublic: bool(o.IsPublic),
    IsSelfShared: text(o.IsSelfShared),
    IsSubscribed: bool(o.IsSubscribed),
    IsSupportCloudinit: bool(o.IsSupportCloudinit),
    IsSupportIoOptimized: bool(o.IsSupportIoOptimized),
    LoginAsNonRootSupported: bool(o.LoginAsNonRootSupported),
    ProductCode: text(o.ProductCode),
    ResourceGroupId: text(o.ResourceGroupId),
    LicenseType: text(o.LicenseType),
    Features: normalizeFeatures(o.Features),
    DetectionOptions: normalizeDetection(o.DetectionOptions),
    DiskDeviceMappings: {
      DiskDeviceMapping: wrapped(o.DiskDeviceMappings, 'DiskDeviceMapping').map(normalizeDisk),
    },
    Tags: { Tag: wrapped(o.Tags, 'Tag').map(normalizeTag) },
  };
  if (o.ImageOwnerId !== undefined && o.ImageOwnerId !== '') image.ImageOwnerId = num(o.ImageOwnerId);
  if (o.Usable !== undefined) image.Usable = bool(o.Usable);
  if (o.SupplierName !== undefined) image.SupplierName = text(o.SupplierName);
  if (o.SecureBootOptions !== undefined) {
    const sb = asObject(o.SecureBootOptions);
    image.SecureBootOptions =
      sb.SecureBootSupport === undefined ? {} : { SecureBootSupport: text(sb.SecureBootSupport) };
  }
  return image;
}

export function normalizeDescribeImagesResponse(raw: unknown): DescribeImagesResponse {
  const o = asObject(raw);
  return {
    RequestId: text(o.RequestId),
    RegionId: text(o.RegionId),
    TotalCount: num(o.TotalCount),
    PageNumber: num(o.PageNumber),
    PageSize: num(o.PageSize),
    Images: { Image: wrapped(o.Images, 'Image').map(normalizeImage) },
  };
}

export function normalizeDescribeRegionsResponse(raw: unknown): DescribeRegionsResponse {
  const o = asObject(raw);
  return {
    RequestId: text(o.RequestId),
    Regions: {
      Region: wrapped(o.Regions, 'Region').map((r): EcsRegion => {
        const region = asObject(r);
        return {
          RegionId: text(region.RegionId),
          LocalName: text(region.LocalName),
          RegionEndpoint: text(region.RegionEndpoint),
          Status: text(region.Status),
        };
      }),
    },
  };
}

/** Text flags such as `IsSelfShared` ("true", "False"): compared case-insensitively. */
export function isTrueText(value: string): boolean {
  return value.toLowerCase() === 'true';
}
