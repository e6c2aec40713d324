import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_ACTION_NAMES, API_ACTIONS } from './api-actions';
import { normalizeDescribeImageFromFamilyResponse } from './describe-image-from-family';
import { normalizeDescribeImageSharePermissionResponse } from './describe-image-share-permission';
import { normalizeDescribeInstancesResponse } from './describe-instances';
import { normalizeDescribeSnapshotsResponse } from './describe-snapshots';

describe('answer readers', () => {
  it.each(API_ACTION_NAMES)('%s: reads anything without throwing, into the documented shape', (name) => {
    const normalize = API_ACTIONS[name].normalizeResponse;
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const answer = normalize(raw) as { RequestId: string };
        expect(typeof answer.RequestId).toBe('string');
        // Reading what was read changes nothing.
        expect(normalize(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
      }),
      { numRuns: 100 },
    );
  });

  it('DescribeInstances: numbers as text, single objects for lists, IP lists in wrappers', () => {
    const answer = normalizeDescribeInstancesResponse({
      RequestId: 'R',
      TotalCount: '2',
      PageNumber: 1,
      PageSize: '10',
      NextToken: '',
      Instances: {
        Instance: {
          InstanceId: 'i-1',
          ImageId: 'm-1',
          Cpu: '2',
          Memory: 8192,
          IoOptimized: 'true',
          PublicIpAddress: { IpAddress: ['121.40.1.1'] },
          VpcAttributes: { VpcId: 'vpc-1', PrivateIpAddress: { IpAddress: '172.16.0.1' } },
          OperationLocks: { LockReason: [] },
          Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
        },
      },
    });
    expect(answer.TotalCount).toBe(2);
    const [instance] = answer.Instances.Instance;
    expect(instance).toMatchObject({
      InstanceId: 'i-1',
      ImageId: 'm-1',
      Cpu: 2,
      Memory: 8192,
      IoOptimized: true,
      Status: '',
      PublicIpAddress: { IpAddress: ['121.40.1.1'] },
      VpcAttributes: { VpcId: 'vpc-1', VSwitchId: '', PrivateIpAddress: { IpAddress: ['172.16.0.1'] } },
      SecurityGroupIds: { SecurityGroupId: [] },
      Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
    });
  });

  it('DescribeSnapshots: SourceDiskSize as text even when a sample sends a number', () => {
    const answer = normalizeDescribeSnapshotsResponse({
      RequestId: 'R',
      TotalCount: 1,
      Snapshots: {
        Snapshot: [
          {
            SnapshotId: 's-1',
            SourceDiskSize: 20,
            FullSnapshotSizeInBytes: '1073741824',
            Encrypted: false,
            Usage: 'image',
          },
        ],
      },
    });
    expect(answer.Snapshots.Snapshot[0]).toMatchObject({
      SnapshotId: 's-1',
      SourceDiskSize: '20',
      FullSnapshotSizeInBytes: 1073741824,
      Encrypted: false,
      Usage: 'image',
      Tags: { Tag: [] },
    });
    expect(answer.NextToken).toBe('');
  });

  it('DescribeImageSharePermission: account IDs stay text (16 digits exceed what JSON numbers hold exactly)', () => {
    const answer = normalizeDescribeImageSharePermissionResponse({
      RequestId: 'R',
      ImageId: 'm-1',
      ShareGroups: { ShareGroup: [{ Group: 'all' }] },
      Accounts: { Account: { AliyunId: '1886508529898586' } },
      TotalCount: 1,
    });
    expect(answer.Accounts.Account).toEqual([{ AliyunId: '1886508529898586', SharedTime: '' }]);
    expect(answer.ShareGroups.ShareGroup).toEqual([{ Group: 'all' }]);
  });

  it('DescribeImageFromFamily: an empty answer has no image; an image keeps only the documented fields', () => {
    expect(normalizeDescribeImageFromFamilyResponse({ RequestId: 'R' })).toEqual({ RequestId: 'R' });
    expect(normalizeDescribeImageFromFamilyResponse({ RequestId: 'R', Image: {} })).toEqual({
      RequestId: 'R',
    });
    const answer = normalizeDescribeImageFromFamilyResponse({
      RequestId: 'R',
      Image: {
        ImageId: 'm-1',
        ImageFamily: 'web-golden',
        Size: '40',
        Status: 'Available',
        Features: { NvmeSupport: 'supported' },
        DiskDeviceMappings: { DiskDeviceMapping: { SnapshotId: 's-1', Size: 40, Progress: '100%' } },
      },
    });
    expect(answer.Image).toMatchObject({ ImageId: 'm-1', Size: 40, ImageFamily: 'web-golden' });
    expect(answer.Image).not.toHaveProperty('Features');
    expect(answer.Image?.DiskDeviceMappings.DiskDeviceMapping).toEqual([
      {
        Device: '',
        Format: '',
        ImportOSSBucket: '',
        ImportOSSObject: '',
        Size: '40',
        SnapshotId: 's-1',
        Type: '',
      },
    ]);
  });
});
