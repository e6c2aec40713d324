// Lenient reading of DescribeImages answers. Real responses use "" for unknown text, omit fields
// for your own images, send `{}` for empty objects, and sometimes a string where a number is
// documented or the other way round (docs/ecs-api-notes.md §2.3). Everything downstream gets the exact
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
import { asObject, bool, num, sharedText as shared, text, wrapped } from './lenient-json';

export function normalizeTag(raw: unknown): ImageTag {
  const o = asObject(raw);
  return { TagKey: shared(o.TagKey), TagValue: shared(o.TagValue) };
}

export function normalizeDisk(raw: unknown): DiskDeviceMapping {
  const o = asObject(raw);
  const disk: DiskDeviceMapping = {
    Device: shared(o.Device),
    Type: shared(o.Type),
    Size: shared(o.Size),
    SnapshotId: text(o.SnapshotId),
    Format: shared(o.Format),
    ImportOSSBucket: text(o.ImportOSSBucket),
    ImportOSSObject: text(o.ImportOSSObject),
    Progress: shared(o.Progress),
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
    if (o[key] !== undefined) features[key] = shared(o[key]);
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
    ImageFamily: shared(o.ImageFamily),
    ImageVersion: shared(o.ImageVersion),
    ImageOwnerAlias: shared(o.ImageOwnerAlias),
    Description: shared(o.Description),
    Status: shared(o.Status),
    Progress: shared(o.Progress),
    CreationTime: text(o.CreationTime),
    Architecture: shared(o.Architecture),
    OSType: shared(o.OSType),
    OSName: shared(o.OSName),
    OSNameEn: shared(o.OSNameEn),
    Platform: shared(o.Platform),
    BootMode: shared(o.BootMode),
    Size: num(o.Size),
    Usage: shared(o.Usage),
    IsCopied: bool(o.IsCopied),
    IsPublic: bool(o.IsPublic),
    IsSelfShared: shared(o.IsSelfShared),
    IsSubscribed: bool(o.IsSubscribed),
    IsSupportCloudinit: bool(o.IsSupportCloudinit),
    IsSupportIoOptimized: bool(o.IsSupportIoOptimized),
    LoginAsNonRootSupported: bool(o.LoginAsNonRootSupported),
    ProductCode: shared(o.ProductCode),
    ResourceGroupId: shared(o.ResourceGroupId),
    LicenseType: shared(o.LicenseType),
    Features: normalizeFeatures(o.Features),
    DetectionOptions: normalizeDetection(o.DetectionOptions),
    DiskDeviceMappings: {
      DiskDeviceMapping: wrapped(o.DiskDeviceMappings, 'DiskDeviceMapping').map(normalizeDisk),
    },
    Tags: { Tag: wrapped(o.Tags, 'Tag').map(normalizeTag) },
  };
  if (o.ImageOwnerId !== undefined && o.ImageOwnerId !== '') image.ImageOwnerId = num(o.ImageOwnerId);
  if (o.Usable !== undefined) image.Usable = bool(o.Usable);
  if (o.SupplierName !== undefined) image.SupplierName = shared(o.SupplierName);
  if (o.SecureBootOptions !== undefined) {
    const sb = asObject(o.SecureBootOptions);
    image.SecureBootOptions =
      sb.SecureBootSupport === undefined ? {} : { SecureBootSupport: shared(sb.SecureBootSupport) };
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
