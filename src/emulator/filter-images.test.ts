import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DescribeImagesRequest, ImageFilter } from '../ecs/describe-images-params';
import type { EcsImage } from '../ecs/image-types';
import { Catalog } from './catalog';
import { catalogEntry, type CatalogEntry, type EntryTraits } from './catalog-images';
import { filterImages, pageOf } from './filter-images';
import { lookupInstanceType } from './instance-types';
import { catalogRequest, unmetConditions } from './testing/describe-images-oracle';

const BASE: EcsImage = {
  ImageId: 'm-bp1base',
  ImageName: 'base',
  ImageFamily: '',
  ImageVersion: '',
  ImageOwnerAlias: 'self',
  Description: '',
  Status: 'Available',
  Progress: '100%',
  CreationTime: '2024-05-01T10:00:00Z',
  Architecture: 'x86_64',
  OSType: 'linux',
  OSName: 'Alibaba Cloud Linux  3.2104 LTS 64位',
  OSNameEn: 'Alibaba Cloud Linux  3.2104 LTS 64 bit',
  Platform: 'Aliyun',
  BootMode: 'BIOS',
  Size: 40,
  Usage: 'none',
  IsCopied: false,
  IsPublic: false,
  IsSelfShared: 'False',
  IsSubscribed: false,
  IsSupportCloudinit: true,
  IsSupportIoOptimized: true,
  LoginAsNonRootSupported: true,
  ProductCode: '',
  ResourceGroupId: '',
  LicenseType: '',
  Features: { NvmeSupport: 'supported' },
  DetectionOptions: {},
  DiskDeviceMappings: { DiskDeviceMapping: [] },
  Tags: { Tag: [] },
};

function img(id: string, fields: Partial<EcsImage> = {}, traits: EntryTraits = {}): CatalogEntry {
  return catalogEntry({ ...BASE, ImageId: id, ImageName: id, ...fields }, traits);
}

const ids = (
  images: readonly CatalogEntry[],
  request: Partial<DescribeImagesRequest>,
  instanceType?: string,
) =>
  filterImages(
    images,
    { RegionId: 'cn-hangzhou', ...request },
    instanceType === undefined ? undefined : lookupInstanceType(instanceType),
  ).map((e) => e.image.ImageId);

describe('filterImages: status and owner defaults', () => {
  const images = [
    img('available'),
    img('deprecated', { Status: 'Deprecated' }),
    img('creating', { Status: 'Creating', Progress: '42%' }),
    img('failed', { Status: 'CreateFailed' }),
  ];

  it('returns only Available images when Status is absent', () => {
    expect(ids(images, {})).toEqual(['available']);
  });

  it('takes a comma list of statuses, and ALL for every status', () => {
    expect(ids(images, { Status: ['Deprecated', 'Creating'] })).toEqual(['deprecated', 'creating']);
    expect(ids(images, { Status: ['ALL'] })).toEqual(['available', 'deprecated', 'creating', 'failed']);
  });

  const owners = [
    img('system', { ImageOwnerAlias: 'system' }),
    img('self'),
    img('shared', { ImageOwnerAlias: 'others', ImageOwnerId: 1234567890123456 }),
    img('community', { ImageOwnerAlias: 'others', IsPublic: true, ImageOwnerId: 1111111111111111 }),
    img('marketplace', { ImageOwnerAlias: 'marketplace', ProductCode: 'cmjj012345' }),
  ];

  it('returns system, self and shared images for an empty owner, but no marketplace or community images', () => {
    expect(ids(owners, {})).toEqual(['system', 'self', 'shared']);
  });

  it('returns community images only for others with IsPublic=true, shared ones otherwise', () => {
    expect(ids(owners, { ImageOwnerAlias: 'others', IsPublic: true })).toEqual(['community']);
    expect(ids(owners, { ImageOwnerAlias: 'others' })).toEqual(['shared']);
    expect(ids(owners, { ImageOwnerAlias: 'others', IsPublic: false })).toEqual(['shared']);
    expect(ids(owners, { ImageOwnerAlias: 'marketplace' })).toEqual(['marketplace']);
    expect(ids(owners, { ImageOwnerAlias: 'system' })).toEqual(['system']);
  });

  it('narrows others by the owning account', () => {
    expect(ids(owners, { ImageOwnerAlias: 'others', ImageOwnerId: '1234567890123456' })).toEqual(['shared']);
    expect(
      ids(owners, { ImageOwnerAlias: 'others', IsPublic: true, ImageOwnerId: '1234567890123456' }),
    ).toEqual([]);
  });
});

describe('filterImages: names, IDs and snapshots', () => {
  const images = [
    img('m-1', { ImageName: 'Web-Prod-20240501', ImageFamily: 'web-golden' }),
    img('m-2', { ImageName: 'web-staging', ImageFamily: 'web-golden-old' }),
    img('m-3', {
      ImageName: '生产环境-订单服务',
      DiskDeviceMappings: {
        DiskDeviceMapping: [
          { ...disk('s-sys'), Type: 'system' },
          { ...disk('s-data'), Type: 'data', Device: '/dev/xvdb' },
        ],
      },
    }),
  ];

  it('matches ImageName as a case-insensitive substring', () => {
    expect(ids(images, { ImageName: 'WEB' })).toEqual(['m-1', 'm-2']);
    expect(ids(images, { ImageName: 'prod-2024' })).toEqual(['m-1']);
    expect(ids(images, { ImageName: '订单' })).toEqual(['m-3']);
    expect(ids(images, { ImageName: 'web-prod-x' })).toEqual([]);
  });

  it('reads * in ImageName as any run of characters, as real queries use it', () => {
    expect(ids(images, { ImageName: 'web*2024' })).toEqual(['m-1']);
    expect(ids(images, { ImageName: 'WEB-*' })).toEqual(['m-1', 'm-2']);
    expect(ids(images, { ImageName: '*staging*' })).toEqual(['m-2']);
    expect(ids(images, { ImageName: '生产*服务' })).toEqual(['m-3']);
    expect(ids(images, { ImageName: '*' })).toEqual(['m-1', 'm-2', 'm-3']);
    // The parts must come in order.
    expect(ids(images, { ImageName: '2024*web' })).toEqual([]);
  });

  it('matches ImageFamily and ImageId exactly', () => {
    expect(ids(images, { ImageFamily: 'web-golden' })).toEqual(['m-1']);
    expect(ids(images, { ImageFamily: 'web' })).toEqual([]);
    expect(ids(images, { ImageId: 'm-2' })).toEqual(['m-2']);
    expect(ids(images, { ImageId: 'm-' })).toEqual([]);
  });

  it('finds an image by the snapshot of any of its disks', () => {
    expect(ids(images, { SnapshotId: 's-data' })).toEqual(['m-3']);
    expect(ids(images, { SnapshotId: 's-sys' })).toEqual(['m-3']);
    expect(ids(images, { SnapshotId: 's-none' })).toEqual([]);
  });
});

function disk(snapshotId: string) {
  return {
    Device: '/dev/xvda',
    Type: 'system',
    Size: '40',
    SnapshotId: snapshotId,
    Format: '',
    ImportOSSBucket: '',
    ImportOSSObject: '',
    Progress: '',
  };
}

describe('filterImages: tags', () => {
  const tagged = (id: string, tags: [string, string][]) =>
    img(id, { Tags: { Tag: tags.map(([TagKey, TagValue]) => ({ TagKey, TagValue })) } });
  const images = [
    tagged('prod-web', [
      ['env', 'prod'],
      ['team', 'web~frontend'],
    ]),
    tagged('prod-data', [
      ['env', '生产'],
      ['team', 'data'],
    ]),
    tagged('qa', [['env', 'qa env']]),
    tagged('untagged', []),
  ];

  it('combines several tags with AND', () => {
    expect(
      ids(images, {
        Tag: [
          { Key: 'env', Value: 'prod' },
          { Key: 'team', Value: 'web~frontend' },
        ],
      }),
    ).toEqual(['prod-web']);
    expect(
      ids(images, {
        Tag: [
          { Key: 'env', Value: 'prod' },
          { Key: 'team', Value: 'data' },
        ],
      }),
    ).toEqual([]);
  });

  it('matches any value when only the key is given (or the value is empty)', () => {
    expect(ids(images, { Tag: [{ Key: 'env' }] })).toEqual(['prod-web', 'prod-data', 'qa']);
    expect(ids(images, { Tag: [{ Key: 'env', Value: '' }] })).toEqual(['prod-web', 'prod-data', 'qa']);
    expect(ids(images, { Tag: [{ Key: 'team' }] })).toEqual(['prod-web', 'prod-data']);
  });

  it('compares values exactly, including spaces and non-ASCII text', () => {
    expect(ids(images, { Tag: [{ Key: 'env', Value: '生产' }] })).toEqual(['prod-data']);
    expect(ids(images, { Tag: [{ Key: 'env', Value: 'qa env' }] })).toEqual(['qa']);
    expect(ids(images, { Tag: [{ Key: 'env', Value: 'PROD' }] })).toEqual([]);
    expect(ids(images, { Tag: [{ Key: 'Env' }] })).toEqual([]);
  });
});

describe('filterImages: Filter.N', () => {
  const images = [
    img('early', { CreationTime: '2017-12-05T22:40:00Z', Features: {} }, { classic: true }),
    img('late', {
      CreationTime: '2017-12-05T22:40:59Z',
      Features: { CpuOnlineUpgrade: 'supported', MemoryOnlineDowngrade: 'supported' },
    }),
    img('later', { CreationTime: '2018-01-01T00:00:00Z', Features: { CpuOnlineUpgrade: 'unsupported' } }),
  ];
  const filter = (...pairs: ImageFilter[]) => ({ Filter: pairs });

  it('treats creation-time bounds as inclusive instants, in minute or second precision', () => {
    expect(ids(images, filter({ Key: 'CreationStartTime', Value: '2017-12-05T22:40Z' }))).toEqual([
      'early',
      'late',
      'later',
    ]);
    expect(ids(images, filter({ Key: 'CreationEndTime', Value: '2017-12-05T22:40Z' }))).toEqual(['early']);
    expect(ids(images, filter({ Key: 'CreationEndTime', Value: '2017-12-05T22:40:59Z' }))).toEqual([
      'early',
      'late',
    ]);
    expect(
      ids(
        images,
        filter(
          { Key: 'CreationStartTime', Value: '2017-12-05T22:41Z' },
          { Key: 'CreationEndTime', Value: '2018-01-01T00:00Z' },
        ),
      ),
    ).toEqual(['later']);
  });

  it('filters by network type', () => {
    expect(ids(images, filter({ Key: 'NetworkType', Value: 'classic' }))).toEqual(['early']);
    expect(ids(images, filter({ Key: 'NetworkType', Value: 'vpc' }))).toEqual(['early', 'late', 'later']);
  });

  it('filters by online resize features, counting an absent feature as unsupported', () => {
    expect(ids(images, filter({ Key: 'CpuOnlineUpgrade', Value: 'supported' }))).toEqual(['late']);
    expect(ids(images, filter({ Key: 'CpuOnlineUpgrade', Value: 'unsupported' }))).toEqual([
      'early',
      'later',
    ]);
    expect(ids(images, filter({ Key: 'MemoryOnlineDowngrade', Value: 'supported' }))).toEqual(['late']);
  });
});

describe('filterImages: usability filters', () => {
  const images = [
    img('x86-linux'),
    img('arm-linux', { Architecture: 'arm64', BootMode: 'UEFI' }),
    img('win', { OSType: 'Windows', Usage: 'instance', IsSupportCloudinit: false }),
    img('i386', { Architecture: 'i386', Features: {}, IsSupportIoOptimized: false }),
  ];

  it('keeps only images that run on the instance type', () => {
    expect(ids(images, {}, 'ecs.c8y.xlarge')).toEqual(['arm-linux']);
    expect(ids(images, {}, 'ecs.g7.large')).toEqual(['x86-linux', 'win']);
    expect(ids(images, {}, 'ecs.s2.large')).toEqual(['x86-linux', 'win', 'i386']);
  });

  it('filters OS type (case-insensitively), architecture, usage and support flags', () => {
    expect(ids(images, { OSType: 'windows' })).toEqual(['win']);
    expect(ids(images, { Architecture: 'arm64' })).toEqual(['arm-linux']);
    expect(ids(images, { Usage: 'instance' })).toEqual(['win']);
    expect(ids(images, { IsSupportCloudinit: false })).toEqual(['win']);
    expect(ids(images, { IsSupportIoOptimized: true })).toEqual(['x86-linux', 'arm-linux', 'win']);
    expect(ids(images, { IsSupportIoOptimized: false })).toEqual(['i386']);
  });

  it('leaves out images that may not replace a system disk for ActionType=ChangeOS', () => {
    const withData = [img('plain'), img('with-data-disks', {}, { changeOs: false })];
    expect(ids(withData, { ActionType: 'ChangeOS' })).toEqual(['plain']);
    expect(ids(withData, { ActionType: 'CreateEcs' })).toEqual(['plain', 'with-data-disks']);
  });

  it('hides expired marketplace subscriptions unless ShowExpired=true', () => {
    const market = [
      img('current', { ImageOwnerAlias: 'marketplace', IsSubscribed: true }),
      img('expired', { ImageOwnerAlias: 'marketplace', IsSubscribed: true }, { expired: true }),
    ];
    expect(ids(market, { ImageOwnerAlias: 'marketplace' })).toEqual(['current']);
    expect(ids(market, { ImageOwnerAlias: 'marketplace', ShowExpired: false })).toEqual(['current']);
    expect(ids(market, { ImageOwnerAlias: 'marketplace', ShowExpired: true })).toEqual([
      'current',
      'expired',
    ]);
  });

  it('filters Usable on the image flag, counting your own images (which omit it) usable when Available', () => {
    const mixed = [
      img('own-available'),
      img('own-creating', { Status: 'Creating' }),
      img('market-usable', { ImageOwnerAlias: 'marketplace', Usable: true }),
      img('market-expired', { ImageOwnerAlias: 'marketplace', Usable: false }),
    ];
    const all = { Status: ['ALL'], ImageOwnerAlias: undefined, ShowExpired: true };
    expect(ids(mixed, { ...all, Usable: true, ImageOwnerAlias: 'self' })).toEqual(['own-available']);
    expect(ids(mixed, { ...all, Usable: false, ImageOwnerAlias: 'self' })).toEqual(['own-creating']);
    expect(ids(mixed, { ...all, Usable: false, ImageOwnerAlias: 'marketplace' })).toEqual(['market-expired']);
  });

  it('applies ResourceGroupId to custom images and leaves public ones alone', () => {
    const grouped = [
      img('in-group', { ResourceGroupId: 'rg-aek2one' }),
      img('other-group', { ResourceGroupId: 'rg-aek2two' }),
      img('public', { ImageOwnerAlias: 'system' }),
    ];
    expect(ids(grouped, { ResourceGroupId: 'rg-aek2one' })).toEqual(['in-group', 'public']);
    expect(ids(grouped, { ResourceGroupId: 'rg-aek2one', ImageOwnerAlias: 'self' })).toEqual(['in-group']);
  });
});

describe('pageOf', () => {
  it('cuts pages from 1, with 10 by default, and is empty past the end', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(pageOf(items)).toEqual(items.slice(0, 10));
    expect(pageOf(items, 3, 10)).toEqual([20, 21, 22, 23, 24]);
    expect(pageOf(items, 4, 10)).toEqual([]);
    expect(pageOf(items, 2, 100)).toEqual([]);
  });
});

describe('filterImages over a generated catalog (properties)', () => {
  const catalog = new Catalog({ seed: 11, imagesPerRegion: 400 });
  const images = catalog.images('cn-shanghai');

  it('returns exactly the images that meet every condition of the request, in catalog order', () => {
    fc.assert(
      fc.property(catalogRequest(images), (request) => {
        const returned = filterImages(
          images,
          request,
          request.InstanceType ? lookupInstanceType(request.InstanceType) : undefined,
        );
        const returnedIds = new Set(returned.map((e) => e.image.ImageId));
        const misjudged = images
          .map((entry) => ({ id: entry.image.ImageId, unmet: unmetConditions(entry, request) }))
          .filter(({ id, unmet }) => returnedIds.has(id) !== (unmet.length === 0));
        expect(misjudged).toEqual([]);
        expect(returned).toEqual(images.filter((e) => returnedIds.has(e.image.ImageId)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds something for most borrowed values (the property above is not vacuous)', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(catalogRequest(images), (request) => {
        const type = request.InstanceType ? lookupInstanceType(request.InstanceType) : undefined;
        if (filterImages(images, request, type).length > 0) nonEmpty++;
      }),
      { numRuns: 200 },
    );
    expect(nonEmpty).toBeGreaterThan(40);
  });
});
