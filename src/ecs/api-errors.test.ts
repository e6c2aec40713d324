import { describe, expect, it } from 'vitest';
import { apiErrors, errorBody, isRetryableError, parameterOfError, recommendUrl } from './api-errors';

describe('the ECS error envelope', () => {
  it('has the fields the service sends, and Source only for the proxy', () => {
    const err = apiErrors.osType();
    expect(errorBody(err, { requestId: 'R1', hostId: 'ecs.cn-hangzhou.aliyuncs.com' })).toEqual({
      RequestId: 'R1',
      HostId: 'ecs.cn-hangzhou.aliyuncs.com',
      Code: 'InvalidOSType',
      Message: 'The specifed OSType is not valid',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidOSType&product=Ecs&requestId=R1',
    });
    expect(errorBody(err, { requestId: 'R1', hostId: 'h', source: 'proxy' }).Source).toBe('proxy');
    expect(recommendUrl('A&B', 'x y')).toBe(
      'https://api.aliyun.com/troubleshoot?q=A%26B&product=Ecs&requestId=x+y',
    );
  });

  it('retries throttling and server errors only', () => {
    expect(isRetryableError(400, 'Throttling.User')).toBe(true);
    expect(isRetryableError(503, 'ServiceUnavailable')).toBe(true);
    expect(isRetryableError(400, 'InvalidParameter')).toBe(false);
    expect(isRetryableError(404, 'InvalidOSType')).toBe(false);
  });

  it('finds the parameter an error is about, for the control to mark', () => {
    expect(parameterOfError('InvalidOSType', '')).toBe('OSType');
    expect(parameterOfError('InvalidTag.Mismatch', '')).toBe('Tag');
    expect(parameterOfError('InvalidParameter', 'The specified parameter "PageSize" is not valid.')).toBe(
      'PageSize',
    );
    expect(parameterOfError('MissingParameter', apiErrors.missingParameter('RegionId').message)).toBe(
      'RegionId',
    );
    expect(parameterOfError('InternalError', 'The request processing has failed')).toBeUndefined();
  });
});
