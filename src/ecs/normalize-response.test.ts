import { describe, expect, it } from 'vitest';
import {
  isTrueText,
  normalizeDescribeImagesResponse,
  normalizeDescribeRegionsResponse,
} from './normalize-response';

// The example answer in docs/ecs-api-notes.md §2, trimmed.
const referenceExample = {
  PageNumber: 1,
  TotalCount: 61,
  PageSize: 1,
  RegionId: 'cn-hangzhou',
  RequestId: '66189103-EDB2-43E2-BB60-BFF2B62F4EB8',
  Images: {
    Image: [
      {
        ImageId: 'm-bp1g7004ksh0oeuc****',
        OSType: 'windows',
        DiskDeviceMappings: {
          DiskDeviceMapping: [
            { Device: '/dev/xvda', Type: 'system', SnapshotId: 's-1', Size: '60', Format: '' },
          ],
        },
        Tags: { Tag: [{ TagValue: 'Oracle', TagKey: 'DTS' }] },
        IsSelfShared: 'False',
        IsCopied: false,
        Size: 60,
      },
    ],
  },
};

describe('normalizeDescribeImagesResponse', () => {
  it('keeps the documented types of the reference example', () => {
    const response = normalizeDescribeImagesResponse(referenceExample);
    const image = response.Images.Image[0]!;
    expect(response.TotalCount).toBe(61);
    expect(image.Size).toBe(60);
    expect(image.DiskDeviceMappings.DiskDeviceMapping[0]!.Size).toBe('60');
    expect(image.IsSelfShared).toBe('False');
    expect(isTrueText(image.IsSelfShared)).toBe(false);
    expect(image.Tags.Tag).toEqual([{ TagKey: 'DTS', TagValue: 'Oracle' }]);
    expect(image.ImageOwnerId).toBeUndefined();
  });

  it('reads what real responses do: strings for numbers, {} for empty objects, missing arrays', () => {
    const image = normalizeDescribeImagesResponse({
      Images: {
        Image: [
          {
            Size: '40',
            ImageOwnerId: 1234567890,
            DetectionOptions: {},
            Features: { NvmeSupport: 'supported' },
            Tags: {},
            IsSupportCloudinit: 'true',
            DiskDeviceMappings: { DiskDeviceMapping: { Size: 20, RemainTime: '30', Encrypted: 'false' } },
          },
        ],
      },
    }).Images.Image[0]!;
    expect(image.Size).toBe(40);
    expect(image.ImageOwnerId).toBe(1234567890);
    expect(image.DetectionOptions).toEqual({});
    expect(image.Features).toEqual({ NvmeSupport: 'supported' });
    expect(image.Tags.Tag).toEqual([]);
    expect(image.IsSupportCloudinit).toBe(true);
    expect(image.DiskDeviceMappings.DiskDeviceMapping).toEqual([
      expect.objectContaining({ Size: '20', RemainTime: 30, Encrypted: 'false', Device: '' }),
    ]);
  });

  it('turns garbage into an empty page instead of throwing', () => {
    expect(normalizeDescribeImagesResponse(null)).toMatchObject({ TotalCount: 0, Images: { Image: [] } });
    expect(normalizeDescribeImagesResponse({ Images: 'x', TotalCount: 'many' })).toMatchObject({
      TotalCount: 0,
    });
  });
});

describe('normalizeDescribeRegionsResponse', () => {
  it('reads the region list', () => {
    expect(
      normalizeDescribeRegionsResponse({
        RequestId: 'r',
        Regions: {
          Region: [
            {
              RegionId: 'cn-hangzhou',
              LocalName: '华东1（杭州）',
              RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
              Status: 'available',
            },
          ],
        },
      }).Regions.Region,
    ).toEqual([
      {
        RegionId: 'cn-hangzhou',
        LocalName: '华东1（杭州）',
        RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
        Status: 'available',
      },
    ]);
  });
});
