// DescribeImages response shapes with the API's exact JSON types (docs/ecs-api-notes.md §2). Note the
// oddities: `IsSelfShared` and `DiskDeviceMapping.Size` are strings, `Image.Size` is a number, and
// every array is wrapped in an object named after its element.

export interface ImageTag {
  TagKey: string;
  TagValue: string;
}

/** `Device` is documented as slated for removal from answers (docs/ecs-api-notes.md §2.2). */
export const DEVICE_FIELD_NOTE = 'Device is deprecated by the service: it will be removed from answers.';

export interface DiskDeviceMapping {
  /** Deprecated by the service (DEVICE_FIELD_NOTE). */
  Device: string;
  Type: string;
  /** GiB, as text. */
  Size: string;
  SnapshotId: string;
  Format: string;
  ImportOSSBucket: string;
  ImportOSSObject: string;
  Progress: string;
  /** Seconds left on a copy task. */
  RemainTime?: number;
  /** A boolean in the SDK model, a string in the docs. */
  Encrypted?: boolean | string;
}

export interface ImageFeatures {
  CpuOnlineDowngrade?: string;
  CpuOnlineUpgrade?: string;
  MemoryOnlineDowngrade?: string;
  MemoryOnlineUpgrade?: string;
  ImdsSupport?: string;
  NvmeSupport?: string;
}

export interface DetectionItem {
  Name: string;
  RiskCode: string;
  RiskLevel: string;
  Value: string;
}

export interface DetectionOptions {
  Status?: string;
  Items?: { Item: DetectionItem[] };
}

export interface EcsImage {
  ImageId: string;
  ImageName: string;
  ImageFamily: string;
  ImageVersion: string;
  ImageOwnerAlias: string;
  /** Omitted for your own images. */
  ImageOwnerId?: number;
  Description: string;
  Status: string;
  Progress: string;
  CreationTime: string;
  Architecture: string;
  OSType: string;
  OSName: string;
  OSNameEn: string;
  Platform: string;
  BootMode: string;
  /** GiB. */
  Size: number;
  Usage: string;
  IsCopied: boolean;
  IsPublic: boolean;
  /** A string, not a boolean: "true", "False", … */
  IsSelfShared: string;
  IsSubscribed: boolean;
  IsSupportCloudinit: boolean;
  IsSupportIoOptimized: boolean;
  LoginAsNonRootSupported: boolean;
  /** Omitted for your own images. */
  Usable?: boolean;
  /** Omitted for your own images. */
  SupplierName?: string;
  ProductCode: string;
  ResourceGroupId: string;
  LicenseType: string;
  Features: ImageFeatures;
  DetectionOptions: DetectionOptions;
  SecureBootOptions?: { SecureBootSupport?: string };
  DiskDeviceMappings: { DiskDeviceMapping: DiskDeviceMapping[] };
  Tags: { Tag: ImageTag[] };
}

export interface DescribeImagesResponse {
  RequestId: string;
  RegionId: string;
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  Images: { Image: EcsImage[] };
}

/** DescribeRegions: the region list. */
export interface EcsRegion {
  RegionId: string;
  LocalName: string;
  RegionEndpoint: string;
  Status: string;
}

export interface DescribeRegionsResponse {
  RequestId: string;
  Regions: { Region: EcsRegion[] };
}
