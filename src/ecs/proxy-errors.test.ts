import { describe, expect, it } from 'vitest';
import { apiErrors, errorBody, parameterOfError } from './api-errors';
import { isProxyErrorBody, proxyErrorBody, proxyErrors } from './proxy-errors';

describe('proxy errors', () => {
  it('never reuse a service code, so the dashboard can tell them apart', () => {
    const serviceCodes = new Set(Object.values(apiErrors).map((make) => make('X').code));
    const samples = [
      proxyErrors.unknownParameter('Foo', 'DescribeImages'),
      proxyErrors.duplicateParameter('PageSize'),
      proxyErrors.oneValuePerCall('RegionId'),
      proxyErrors.queryTooLong(9000, 8192),
      proxyErrors.actionNotAllowed('DeleteImage', ['DescribeImages']),
      proxyErrors.pathNotFound('/api/x', ['/api/session']),
      proxyErrors.methodNotAllowed('POST', 'GET'),
      proxyErrors.hostNotAllowed('evil.example:80', 'http://127.0.0.1:8080'),
      proxyErrors.crossSiteRequest('Origin https://evil.example'),
      proxyErrors.authRequired(),
      proxyErrors.authInvalid(),
      proxyErrors.authRateLimited(60_000),
      proxyErrors.overloaded('ecs.cn-hangzhou.aliyuncs.com', 12_000),
      proxyErrors.credentialsUnavailable('no provider'),
      proxyErrors.upstreamTimeout('ecs.cn-hangzhou.aliyuncs.com', 10_000),
      proxyErrors.upstreamUnreachable('h', 'ECONNREFUSED'),
      proxyErrors.upstreamTooLarge('h', 1024),
      proxyErrors.upstreamBadResponse('h', 'not JSON'),
      proxyErrors.internal(),
    ];
    for (const e of samples) {
      expect(e.code).toMatch(/^Proxy[A-Z]/);
      expect(serviceCodes.has(e.code)).toBe(false);
      expect(e.status).toBeGreaterThanOrEqual(400);
    }
    expect(new Set(samples.map((e) => e.code)).size).toBe(samples.length);
  });

  it('name the parameter at fault the way the dashboard reads it', () => {
    for (const e of [
      proxyErrors.unknownParameter('Foo.Bar', 'DescribeImages'),
      proxyErrors.duplicateParameter('Foo.Bar'),
      proxyErrors.oneValuePerCall('Foo.Bar'),
    ]) {
      expect(e.parameter).toBe('Foo.Bar');
      expect(parameterOfError(e.code, e.message)).toBe('Foo.Bar');
    }
  });

  it('travel in their own envelope: marked, with no RequestId or troubleshooting link of Alibaba’s', () => {
    const body = proxyErrorBody(proxyErrors.internal(), '127.0.0.1:8080');
    expect(body).toEqual({
      Code: 'ProxyInternalError',
      Message: 'The proxy failed unexpectedly; see its log.',
      HostId: '127.0.0.1:8080',
      Source: 'proxy',
    });
    expect(isProxyErrorBody(body)).toBe(true);
    expect(isProxyErrorBody(errorBody(apiErrors.internalError(), { requestId: 'R', hostId: 'h' }))).toBe(
      false,
    );
    expect(isProxyErrorBody(null)).toBe(false);
  });
});
