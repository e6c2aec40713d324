import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTarget, formatRequestLog, Redactor } from './request-log';

describe('request log lines', () => {
  it('show method, path, parameter names, status, timings and cache, never query values', () => {
    const line = formatRequestLog({
      method: 'GET',
      pathname: '/api/ecs/DescribeImages',
      query: 'RegionId=cn-hangzhou&Tag.1.Value=secret%20value&PageSize=100',
      status: 200,
      totalMs: 12.4,
      upstreamMs: 10.2,
      attempts: 2,
      cache: 'miss',
    });
    expect(line).toBe(
      'GET /api/ecs/DescribeImages?RegionId,Tag.1.Value,PageSize 200 12ms upstream=10ms attempts=2 cache=miss',
    );
    expect(
      formatRequestLog({ method: 'GET', pathname: '/healthz', query: '', status: 200, totalMs: 0.2 }),
    ).toBe('GET /healthz 200 0ms');
  });

  it('escape an error code from upstream, so it cannot forge or split a line', () => {
    const line = formatRequestLog({
      method: 'GET',
      pathname: '/api/ecs/DescribeImages',
      query: '',
      status: 400,
      totalMs: 3,
      code: 'Throttling\nGET /api/session 200 1ms',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('GET /api/ecs/DescribeImages 400 3ms code=Throttling\\u000aGET /api/session 200 1ms');
  });

  it('never echo a query value, whatever the query', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.string({ minLength: 12 }), (name, value) => {
        const target = describeTarget(
          '/',
          `${name}=${encodeURIComponent(value)}&auth=${encodeURIComponent(value)}`,
        );
        expect(target).toBe(`/?${name},auth`);
      }),
    );
  });

  it('shorten long queries and odd names', () => {
    const query = Array.from({ length: 20 }, (_, i) => `Tag.${i + 1}.Key=x`).join('&');
    expect(describeTarget('/api', query)).toMatch(/Tag\.12\.Key,…\+8$/);
    expect(describeTarget('/api', '%3Cscript%3E=1')).toBe('/api??');
  });
});

describe('Redactor', () => {
  it('removes registered secrets in raw, URL-encoded and JSON-escaped form', () => {
    const r = new Redactor();
    r.add('se/cr"et+1');
    const text = `a se/cr"et+1 b ${encodeURIComponent('se/cr"et+1')} c ${JSON.stringify('se/cr"et+1')}`;
    const out = r.redact(text);
    expect(out).not.toContain('se/cr');
    expect(out).not.toContain('se%2Fcr');
    expect(out.match(/\[REDACTED\]/g)).toHaveLength(3);
  });

  it('removes signatures, tokens and authorization values even when not registered', () => {
    const r = new Redactor();
    const out = r.redact(
      [
        'POST /?AccessKeyId=id&Signature=abc%2Bdef%3D&SecurityToken=tok&SignatureMethod=HMAC-SHA1',
        'authorization: ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=0123abcd',
        '"x-acs-security-token":"tok2"',
        '{"AccessKeySecret":"xyz"} access_key_secret = "abc" auth=t0k',
      ].join('\n'),
    );
    for (const leaked of ['abc%2Bdef', 'tok&', '0123abcd', 'tok2', 'xyz', '"abc"', 't0k'])
      expect(out).not.toContain(leaked);
    expect(out).toContain('SignatureMethod=HMAC-SHA1');
    expect(out).toContain('AccessKeyId=id');
  });
});
