import { describe, expect, it } from 'vitest';
import { parseRpcRequest, requestParams } from './rpc-request';

const parse = (method: string, url: string, headers: HeadersInit = {}, body = '') =>
  parseRpcRequest({ method, url, headers: new Headers(headers), body: new TextEncoder().encode(body) });

describe('parseRpcRequest', () => {
  it('reads V2 from the query, decoding %20 and + as spaces and leaving *() as sent', () => {
    const request = parse(
      'get',
      'http://127.0.0.1:9510/?Action=DescribeImages&Version=2014-05-26&ImageName=a+b%20c*(x)',
    );
    expect(request).toMatchObject({
      style: 'v2',
      method: 'GET',
      action: 'DescribeImages',
      version: '2014-05-26',
    });
    expect(requestParams(request)).toContainEqual(['ImageName', 'a b c*(x)']);
    expect(request.headers.host).toBe('127.0.0.1:9510');
  });

  it('adds a form body to the parameters, and ignores bodies of other types', () => {
    const form = parse(
      'POST',
      'http://h/?Format=JSON',
      { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      'Action=DescribeRegions&Version=2014-05-26',
    );
    expect(form.action).toBe('DescribeRegions');
    expect(requestParams(form)).toEqual([
      ['Format', 'JSON'],
      ['Action', 'DescribeRegions'],
      ['Version', '2014-05-26'],
    ]);
    const json = parse('POST', 'http://h/', { 'content-type': 'application/json' }, '{"Action":"x"}');
    expect(json.form).toEqual([]);
    expect(json.action).toBeUndefined();
  });

  it('takes V3 from an ACS3 Authorization header, with action and version from x-acs-* headers', () => {
    const request = parse('POST', 'http://h/?Action=Other&RegionId=cn-hangzhou', {
      authorization: 'ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=b',
      'x-acs-action': 'DescribeImages',
      'x-acs-version': '2014-05-26',
      Host: 'ecs.cn-hangzhou.aliyuncs.com',
    });
    expect(request).toMatchObject({ style: 'v3', action: 'DescribeImages', version: '2014-05-26' });
    expect(request.headers.host).toBe('ecs.cn-hangzhou.aliyuncs.com');
    expect(parse('GET', 'http://h/?Action=X', { authorization: 'Bearer t' }).style).toBe('v2');
  });

  it('keeps a header named __proto__ as an ordinary header', () => {
    const request = parse('GET', 'http://h/', [['__proto__', 'x']]);
    expect(Object.getPrototypeOf(request.headers)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(request.headers, '__proto__')?.value).toBe('x');
  });
});
