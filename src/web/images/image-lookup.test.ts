import { describe, expect, it } from 'vitest';
import { validateDescribeImages, toWireParams } from '../../ecs/describe-images-wire';
import { imageLookupRequests } from './image-lookup';

describe('looking up a deep-linked image', () => {
  it('asks its region for that ID in every status, then the owners the default leaves out', () => {
    const requests = imageLookupRequests({ regionId: 'cn-shanghai', imageId: 'm-abc' });
    expect(requests.map((r) => r.ImageOwnerAlias ?? 'default')).toEqual(['default', 'marketplace', 'others']);
    for (const r of requests) {
      expect(r).toMatchObject({ RegionId: 'cn-shanghai', ImageId: 'm-abc', Status: ['ALL'] });
      // Every request is one the service accepts.
      expect(validateDescribeImages(toWireParams(r)).ok).toBe(true);
    }
  });
});
