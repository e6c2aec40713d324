import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireParams, validateRequest } from './api-action';
import { ASSUME_ROLE, normalizeAssumeRoleResponse, parseRoleArn, STS_SERVICE } from './sts-assume-role';

describe('the AssumeRole model', () => {
  it('says it is STS 2015-04-01, not ECS', () => {
    expect(ASSUME_ROLE.service).toEqual({ product: 'Sts', version: '2015-04-01' });
    expect(STS_SERVICE.version).not.toBe('2014-05-26');
  });

  it('reads a role ARN into its account and role name, and nothing else as one', () => {
    expect(parseRoleArn('acs:ram::1234567890123456:role/image-browser-readonly')).toEqual({
      accountId: '1234567890123456',
      roleName: 'image-browser-readonly',
    });
    for (const bad of [
      'acs:ram::123:user/alice',
      'acs:ram:cn:123:role/x',
      'acs:ram::123:role/',
      'acs:ram::12a:role/x',
    ])
      expect(parseRoleArn(bad), bad).toBeUndefined();
  });

  it('checks parameters with STS’s codes, the policy as a JSON object', () => {
    const base = { RoleArn: 'acs:ram::1:role/r', RoleSessionName: 'browser' };
    const code = (params: Record<string, string>) => {
      const checked = validateRequest(ASSUME_ROLE, { ...base, ...params });
      return checked.ok ? 'ok' : checked.error.code;
    };
    expect(code({})).toBe('ok');
    expect(code({ RoleArn: '' })).toBe('MissingParameter');
    expect(code({ DurationSeconds: '600' })).toBe('InvalidParameter.DurationSeconds');
    expect(code({ Policy: '{"Version":"1","Statement":[]}' })).toBe('ok');
    expect(code({ Policy: '[]' })).toBe('InvalidParameter.PolicyGrammar');
    expect(code({ ExternalId: 'x' })).toBe('InvalidParameter.ExternalId');
  });

  it('round-trips every valid request through its wire form', () => {
    fc.assert(
      fc.property(
        fc.record({
          RoleArn: fc
            .tuple(fc.stringMatching(/^\d{1,20}$/), fc.stringMatching(/^[a-z0-9.-]{1,64}$/))
            .map(([id, name]) => `acs:ram::${id}:role/${name}`),
          RoleSessionName: fc.stringMatching(/^[\w.@-]{2,64}$/),
          DurationSeconds: fc.integer({ min: 900, max: 43_200 }),
        }),
        (request) => {
          const checked = validateRequest(ASSUME_ROLE, toWireParams(ASSUME_ROLE, request));
          expect(checked.ok && checked.value.request).toEqual(request);
        },
      ),
    );
  });

  it('reads an answer leniently', () => {
    expect(normalizeAssumeRoleResponse({ RequestId: 'r', Credentials: { AccessKeyId: 'STS.a' } })).toEqual({
      RequestId: 'r',
      Credentials: { AccessKeyId: 'STS.a', AccessKeySecret: '', SecurityToken: '', Expiration: '' },
      AssumedRoleUser: { Arn: '', AssumedRoleId: '' },
    });
  });
});
