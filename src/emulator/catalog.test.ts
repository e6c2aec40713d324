import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_STATUSES } from '../ecs/describe-images-params';
import { normalizeImage } from '../ecs/normalize-response';
import { PUBLIC_IMAGE_FAMILIES } from '../ecs/public-image-families';
import { KNOWN_REGIONS } from '../ecs/regions';
import { Catalog, DEFAULT_CATALOG_SEED, DEFAULT_IMAGES_PER_REGION } from './catalog';

const catalog = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: DEFAULT_IMAGES_PER_REGION });
const hangzhou = catalog.images('cn-hangzhou');
const images = hangzhou.map((e) => e.image);
const byOwner = (owner: string) => images.filter((i) => i.ImageOwnerAlias === owner);

describe('catalog determinism', () => {
  it('builds the same catalog from the same seed, and another from another seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(...KNOWN_REGIONS.map((r) => r.id)),
        (seed, region) => {
          const a = new Catalog({ seed, imagesPerRegion: 60 }).images(region);
          const b = new Catalog({ seed, imagesPerRegion: 60 }).images(region);
          const c = new Catalog({ seed: seed + 1, imagesPerRegion: 60 }).images(region);
          expect(JSON.stringify(a)).toBe(JSON.stringify(b));
          expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('does not depend on which region was built first', () => {
    const other = new Catalog({ seed: DEFAULT_CATALOG_SEED, imagesPerRegion: DEFAULT_IMAGES_PER_REGION });
    other.images('eu-central-1');
    expect(JSON.stringify(other.images('cn-hangzhou'))).toBe(JSON.stringify(hangzhou));
  });

  it('holds the requested number of images per region, newest first then by ImageId', () => {
    for (const n of [1, 7, 300, 1000]) {
      expect(new Catalog({ seed: 5, imagesPerRegion: n }).images('ap-southeast-1')).toHaveLength(n);
    }
    for (let i = 1; i < hangzhou.length; i++) {
      const [a, b] = [hangzhou[i - 1]!, hangzhou[i]!];
      expect(
        a.creationMs > b.creationMs || (a.creationMs === b.creationMs && a.image.ImageId < b.image.ImageId),
      ).toBe(true);
    }
  });

  it('refuses a region it does not serve and sizes it cannot build', () => {
    expect(catalog.hasRegion('cn-hangzhou')).toBe(true);
    expect(catalog.hasRegion('xx-nowhere-1')).toBe(false);
    expect(() => catalog.images('xx-nowhere-1')).toThrow(/no region/);
    expect(() => new Catalog({ seed: 1, imagesPerRegion: 0 })).toThrow(/imagesPerRegion/);
    expect(() => new Catalog({ seed: 1.5, imagesPerRegion: 10 })).toThrow(/seed/);
  });
});

describe('catalog realism', () => {
  it('repeats public image IDs across regions, with the same content', () => {
    const shanghai = new Map(catalog.images('cn-shanghai').map((e) => [e.image.ImageId, e.image]));
    const publicIds = byOwner('system').map((i) => i.ImageId);
    const shared = publicIds.filter((id) => shanghai.has(id));
    expect(shared.length).toBeGreaterThan(publicIds.length * 0.8);
    for (const id of shared) expect(shanghai.get(id)).toEqual(images.find((i) => i.ImageId === id));
    for (const id of [
      'aliyun_3_x64_20G_alibase_20240819.vhd',
      'ubuntu_22_04_x64_20G_alibase_20240710.vhd',
      'win2022_21H2_x64_dtc_en-us_40G_alibase_20240911.vhd',
    ]) {
      expect(publicIds).toContain(id);
      expect(shanghai.has(id)).toBe(true);
    }
  });

  it('names public images the way Alibaba Cloud does, with acs: families and dated versions', () => {
    for (const image of byOwner('system')) {
      expect(image.ImageId).toMatch(/^[a-z0-9_]+_(x64|arm64|32|64)_.*_alibase_\d{8}\.vhd$|^win/);
      expect(image.ImageId).toMatch(/_alibase_\d{8}\.vhd$/);
      expect(image.ImageName).toBe(image.ImageId);
      expect(image.ImageFamily).toMatch(/^(acs:[a-z0-9_.]+)?$/);
      // The version is the build date of the ID: _alibase_20240819 → v2024.8.19.
      const build = /_alibase_(\d{4})(\d\d)(\d\d)\.vhd$/.exec(image.ImageId)!;
      expect(image.ImageVersion).toBe(`v${+build[1]!}.${+build[2]!}.${+build[3]!}`);
    }
    const al3 = images.find((i) => i.ImageId === 'aliyun_3_x64_20G_alibase_20240819.vhd')!;
    expect(al3).toMatchObject({
      ImageFamily: 'acs:alibaba_cloud_linux_3_2104_lts_x64',
      ImageVersion: 'v2024.8.19',
      Description: 'Kernel version is 5.10.134-18.al8.x86_64, 2024.8.19',
      Platform: 'Aliyun',
      OSType: 'linux',
      Architecture: 'x86_64',
      Status: 'Available',
      Size: 20,
    });
    expect(byOwner('system').some((i) => i.Architecture === 'arm64' && i.BootMode === 'UEFI')).toBe(true);
    expect(byOwner('system').some((i) => /^CentOS {2}8/.test(i.OSName) && i.Status === 'Deprecated')).toBe(
      true,
    );
    const windows = byOwner('system').filter((i) => i.OSType === 'windows');
    expect(new Set(windows.map((i) => /_(en-us|zh-cn)_/.exec(i.ImageId)?.[1]))).toEqual(
      new Set(['en-us', 'zh-cn']),
    );
    expect(new Set(windows.map((i) => i.Platform))).toEqual(
      new Set([
        'Windows Server 2025',
        'Windows Server 2022',
        'Windows Server 2019',
        'Windows Server 2016',
        'Windows Server 2012 R2',
        'Windows Server 2008 R2',
      ]),
    );
  });

  it('uses only public families the service has, and none where it has none', () => {
    const realFamilies = new Set(PUBLIC_IMAGE_FAMILIES);
    expect(realFamilies.size).toBeGreaterThan(200);
    const publicImages = catalog.images('cn-hangzhou').concat(catalog.images('ap-southeast-1'));
    const families = new Set(
      publicImages.filter((e) => e.owner === 'system').map((e) => e.image.ImageFamily),
    );
    families.delete('');
    expect(families.size).toBeGreaterThan(30);
    for (const family of families) expect(realFamilies, family).toContain(family);
    // Red Hat, SUSE and Ubuntu 22.04 ARM have no family; UOS and Kylin are not public images.
    const system = publicImages.filter((e) => e.owner === 'system').map((e) => e.image);
    for (const platform of ['Red Hat', 'SUSE']) {
      const line = system.filter((i) => i.Platform === platform);
      expect(line.length, platform).toBeGreaterThan(0);
      expect(new Set(line.map((i) => i.ImageFamily)), platform).toEqual(new Set(['']));
    }
    expect(system.find((i) => i.ImageId.startsWith('ubuntu_22_04_arm64_'))?.ImageFamily).toBe('');
    expect(system.some((i) => /^(uos|kylin)_/.test(i.ImageId))).toBe(false);
  });

  it('gives public images the shape real answers have', () => {
    for (const image of byOwner('system')) {
      expect(image.IsPublic).toBe(true);
      expect(image.DiskDeviceMappings).toEqual({ DiskDeviceMapping: [] });
      expect(image.Usage).toBe('instance');
      expect(image.IsSelfShared).toBe('');
      if (image.OSType === 'linux')
        expect(image.Description).toMatch(/^Kernel version is \S+, \d{4}\.\d{1,2}\.\d{1,2}$/);
    }
    const ubuntu2404 = byOwner('system').filter((i) => i.ImageId.startsWith('ubuntu_24_04_'));
    expect(ubuntu2404.length).toBeGreaterThan(0);
    for (const image of ubuntu2404)
      expect(image.Features).toMatchObject({
        CpuOnlineUpgrade: 'unsupported',
        MemoryOnlineUpgrade: 'unsupported',
      });
  });

  it('gives custom images region-prefixed IDs, tags with awkward values, groups, copies and imports', () => {
    const own = byOwner('self');
    for (const image of own) {
      expect(image.ImageId).toMatch(/^m-bp[a-z0-9]{18}$/);
      for (const d of image.DiskDeviceMappings.DiskDeviceMapping)
        expect(d.SnapshotId).toMatch(/^s-bp[a-z0-9]{18}$/);
    }
    const tagValues = own.flatMap((i) => i.Tags.Tag.map((t) => t.TagValue));
    for (const pattern of [/ /, /\*/, /~/, /生产/])
      expect(
        tagValues.some((v) => pattern.test(v)),
        String(pattern),
      ).toBe(true);
    for (const key of ['env', 'team', 'app', 'cost-center'])
      expect(
        own.some((i) => i.Tags.Tag.some((t) => t.TagKey === key)),
        key,
      ).toBe(true);
    expect(own.some((i) => i.ResourceGroupId.startsWith('rg-'))).toBe(true);
    expect(own.some((i) => i.IsCopied)).toBe(true);
    const imports = own
      .flatMap((i) => i.DiskDeviceMappings.DiskDeviceMapping)
      .filter((d) => d.ImportOSSBucket);
    expect(new Set(imports.map((d) => d.Format))).toEqual(new Set(['qcow2', 'raw', 'vhd']));
    expect(own.some((i) => i.DiskDeviceMappings.DiskDeviceMapping.some((d) => d.Type === 'data'))).toBe(true);
    // One spelling per kind of image: your own say True or False, every other kind leaves it empty.
    expect(new Set(own.map((i) => i.IsSelfShared))).toEqual(new Set(['True', 'False']));
    expect(new Set(images.filter((i) => i.ImageOwnerAlias !== 'self').map((i) => i.IsSelfShared))).toEqual(
      new Set(['']),
    );
  });

  it('has images in every status, with progress on those still being created', () => {
    expect(new Set(images.map((i) => i.Status))).toEqual(new Set(IMAGE_STATUSES));
    const creating = images.filter((i) => i.Status === 'Creating');
    expect(creating.length).toBeGreaterThan(0);
    for (const image of creating) {
      expect(image.Progress).toMatch(/^\d{1,2}%$/);
      const system = image.DiskDeviceMappings.DiskDeviceMapping[0]!;
      expect(system.Progress).toBe(image.Progress);
      expect(system.RemainTime).toBeGreaterThan(0);
    }
  });

  it('has marketplace images with product codes, some subscribed and some expired', () => {
    const market = hangzhou.filter((e) => e.image.ImageOwnerAlias === 'marketplace');
    for (const { image } of market) expect(image.ProductCode).toMatch(/^cmjj0\d{5}$/);
    expect(market.some((e) => e.image.IsSubscribed && !e.subscriptionExpired)).toBe(true);
    expect(market.some((e) => e.subscriptionExpired)).toBe(true);
    expect(market.every((e) => e.image.Usable === !e.subscriptionExpired)).toBe(true);
  });

  it('has images shared by other accounts and community images that name their publisher', () => {
    const others = byOwner('others');
    const shared = others.filter((i) => !i.IsPublic);
    const community = others.filter((i) => i.IsPublic);
    expect(shared.length).toBeGreaterThan(0);
    expect(community.length).toBeGreaterThan(0);
    for (const image of others)
      expect(image.ImageOwnerId).toSatisfy(
        (id: number) => Number.isSafeInteger(id) && String(id).length === 16,
      );
    for (const image of community) expect(image.SupplierName).not.toBe('');
  });
});

describe('catalog response fields', () => {
  it('uses the exact JSON types of the API and its empty-value conventions', () => {
    for (const image of images) {
      // The lenient reader changes nothing: every field already has its documented type.
      expect(normalizeImage(JSON.parse(JSON.stringify(image)))).toEqual(image);
      expect(typeof image.IsSelfShared).toBe('string');
      expect(typeof image.Size).toBe('number');
      for (const d of image.DiskDeviceMappings.DiskDeviceMapping) expect(typeof d.Size).toBe('string');
      expect(image.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      if (image.ImageOwnerAlias === 'self') {
        expect(image).not.toHaveProperty('ImageOwnerId');
        expect(image).not.toHaveProperty('SupplierName');
        expect(image).not.toHaveProperty('Usable');
      } else {
        expect(typeof image.Usable).toBe('boolean');
      }
      for (const key of [
        'ProductCode',
        'ResourceGroupId',
        'ImageVersion',
        'LicenseType',
        'Description',
      ] as const)
        expect(typeof image[key]).toBe('string');
    }
    expect(images.some((i) => Object.keys(i.DetectionOptions).length === 0)).toBe(true);
    expect(images.some((i) => i.DetectionOptions.Items?.Item.length)).toBe(true);
    expect(images.some((i) => Object.keys(i.Features).length === 1)).toBe(true);
    expect(images.some((i) => i.Tags.Tag.length === 0)).toBe(true);
  });
});
