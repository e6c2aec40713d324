import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCleanText } from '../ecs/api-params';
import {
  checkCall,
  grantFor,
  identityFromHeaders,
  isTrustedAddress,
  parseAccessRules,
  parseTrustedAddresses,
} from './team-access';

const trusted = (text: string) => {
  const parsed = parseTrustedAddresses(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('trusted addresses', () => {
  it('match addresses inside the CIDRs only, IPv4 also when written as IPv6-mapped', () => {
    const t = trusted('172.28.0.10/32, 10.1.0.0/16,fd00::/8');
    expect(isTrustedAddress(t, '172.28.0.10')).toBe(true);
    expect(isTrustedAddress(t, '::ffff:172.28.0.10')).toBe(true);
    expect(isTrustedAddress(t, '172.28.0.11')).toBe(false);
    expect(isTrustedAddress(t, '10.1.255.3')).toBe(true);
    expect(isTrustedAddress(t, '10.2.0.1')).toBe(false);
    expect(isTrustedAddress(t, 'fd12::1')).toBe(true);
    expect(isTrustedAddress(t, '::1')).toBe(false);
    expect(isTrustedAddress(t, undefined)).toBe(false);
    expect(isTrustedAddress(trusted('127.0.0.1'), '127.0.0.1')).toBe(true);
  });

  it('refuse anything that is not an address or CIDR, naming it', () => {
    for (const bad of ['', 'proxy.internal', '10.0.0.0/33', '10.0.0.0/', '::/129', '10.0.0.1/8x', '1.2.3.4,'])
      expect(parseTrustedAddresses(bad)).toMatchObject({
        ok: false,
        error: expect.stringContaining('is not'),
      });
  });
});

describe('the identity oauth2-proxy forwards', () => {
  it('is the email and the comma-separated groups, trimmed, each once', () => {
    expect(identityFromHeaders(' ana@example.com ', 'platform, ops,platform,,')).toEqual({
      email: 'ana@example.com',
      groups: ['platform', 'ops'],
    });
    expect(identityFromHeaders('ana@example.com', undefined)).toEqual({
      email: 'ana@example.com',
      groups: [],
    });
  });

  it('is none without an email, or with control characters or oversized values', () => {
    expect(identityFromHeaders(undefined, 'platform')).toBeUndefined();
    expect(identityFromHeaders('  ', 'platform')).toBeUndefined();
    expect(identityFromHeaders('ana@example.com\r\nX-Forged: 1', undefined)).toBeUndefined();
    expect(identityFromHeaders('ana@example.com', 'ops\u0000admin')).toBeUndefined();
    expect(identityFromHeaders(`${'a'.repeat(250)}@example.com`, undefined)).toBeUndefined();
  });

  it('never yields an email or group with a control character (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.string({ unit: 'binary' })),
        (email, groups) => {
          const identity = identityFromHeaders(email, groups ?? undefined);
          if (!identity) return;
          for (const text of [identity.email, ...identity.groups]) {
            expect(isCleanText(text)).toBe(true);
            expect(text).toBe(text.trim());
            expect(text.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

const RULES = {
  access: [
    { groups: ['platform'], regions: '*' },
    { groups: ['contractors'], regions: ['cn-hangzhou'] },
    { groups: ['contractors', 'apac'], regions: ['ap-southeast-1'] },
    { groups: ['finance'], accounts: ['billing'] },
  ],
};

function rules() {
  const parsed = parseAccessRules(RULES);
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  return parsed.value;
}

describe('access rules', () => {
  it('give a user the union of the rules that name one of their groups', () => {
    expect(grantFor(rules(), ['contractors'])).toEqual({
      regions: ['cn-hangzhou', 'ap-southeast-1'],
      accounts: null,
    });
    expect(grantFor(rules(), ['contractors', 'platform'])).toEqual({ regions: null, accounts: null });
    expect(grantFor(rules(), ['finance'])).toEqual({ regions: null, accounts: ['billing'] });
    // No rule for the group: nothing at all.
    expect(grantFor(rules(), ['visitors'])).toEqual({ regions: [], accounts: [] });
  });

  it('refuse a call outside the grant by region or account; DescribeRegions needs no region', () => {
    const grant = grantFor(rules(), ['contractors']);
    const call = (action: string, regionId: string, account?: string) => ({ action, regionId, account });
    expect(checkCall(grant, call('DescribeImages', 'cn-hangzhou'))).toBeUndefined();
    expect(checkCall(grant, call('DescribeImages', 'cn-shanghai'))).toEqual({
      kind: 'region',
      regionId: 'cn-shanghai',
    });
    expect(checkCall(grant, call('DescribeRegions', 'cn-shanghai'))).toBeUndefined();
    const finance = grantFor(rules(), ['finance']);
    expect(checkCall(finance, call('DescribeImages', 'cn-shanghai', 'billing'))).toBeUndefined();
    expect(checkCall(finance, call('DescribeImages', 'cn-shanghai', 'prod'))).toEqual({
      kind: 'account',
      account: 'prod',
    });
    expect(checkCall(grantFor(rules(), []), call('DescribeRegions', 'cn-hangzhou'))).toEqual({
      kind: 'region',
      regionId: 'cn-hangzhou',
    });
  });

  it('name every problem of a rules file by its place', () => {
    const parsed = parseAccessRules({
      access: [
        { groups: [], regions: '*' },
        { groups: ['ops'], regions: ['not a region'] },
        { groups: ['ops'] },
        { groups: ['ops'], regions: '*', role: 'admin' },
        'everyone',
      ],
      users: [],
    });
    expect(parsed).toEqual({
      ok: false,
      error: [
        'unknown section "users"',
        'access[0].groups must be a non-empty list of group names ("*": any signed-in user)',
        'access[1].regions must be "*" or a non-empty list of region IDs such as cn-hangzhou',
        'access[2] must give "regions", "accounts" or both',
        'access[3]: unknown field "role"',
        'access[4] must be an object with "groups" and "regions" or "accounts"',
      ],
    });
    expect(parseAccessRules([])).toMatchObject({ ok: false });
    expect(parseAccessRules({ access: {} })).toEqual({
      ok: false,
      error: ['"access" must be a list of rules'],
    });
  });
});
