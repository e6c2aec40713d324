import { describe, expect, it } from 'vitest';
import { apiErrors, errorBody, isRetryableError, parameterOfError, recommendUrl } from './api-errors';

describe('the ECS error envelope', () => {
  it('has the fields the service sends', () => {
    const err = apiErrors.osType();
    expect(errorBody(err, { requestId: 'R1', hostId: 'ecs.cn-hangzhou.aliyuncs.com' })).toEqual({
      RequestId: 'R1',
      HostId: 'ecs.cn-hangzhou.aliyuncs.com',
      Code: 'InvalidOSType',
      Message: 'The specifed OSType is not valid',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidOSType&product=Ecs&requestId=R1',
    });
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

  it('answers gateway errors with the codes and statuses the service uses, never as retryable', () => {
    const gateway = [
      [apiErrors.accessKeyNotFound(), 404, 'InvalidAccessKeyId.NotFound'],
      [apiErrors.signatureDoesNotMatch(), 400, 'SignatureDoesNotMatch'],
      [apiErrors.signatureNonceUsed(), 400, 'SignatureNonceUsed'],
      [apiErrors.timestampExpired(), 400, 'InvalidTimeStamp.Expired'],
      [apiErrors.timestampFormat('x-acs-date'), 400, 'InvalidTimeStamp.Format'],
      [apiErrors.incompleteSignature('The header host must be signed.'), 400, 'IncompleteSignature'],
      [apiErrors.invalidSignatureMethod(), 400, 'InvalidSignatureMethod'],
      [apiErrors.missingSecurityToken(), 400, 'MissingSecurityToken'],
      [apiErrors.securityTokenMismatch(), 400, 'InvalidSecurityToken.MismatchWithAccessKey'],
      [apiErrors.invalidVersion(), 400, 'InvalidVersion'],
      [apiErrors.invalidFormat(), 400, 'InvalidParameter.Format'],
    ] as const;
    for (const [err, status, code] of gateway) {
      expect(err).toMatchObject({ status, code });
      expect(isRetryableError(err.status, err.code), code).toBe(false);
    }
    expect(apiErrors.signatureDoesNotMatch().message).toBe(
      'Specified signature does not match our calculation.',
    );
    expect(apiErrors.incompleteSignature('The header host must be signed.').message).toContain('host');
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
