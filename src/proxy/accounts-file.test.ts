import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedAccountName } from '../ecs/proxy-api';
import { parseAccountsFile } from './accounts-file';

const ROLE = 'acs:ram::1234567890123456:role/image-browser-readonly';

describe('the accounts file', () => {
  it('reads each way of getting credentials, with the defaults of a role session', () => {
    const parsed = parseAccountsFile(
      [
        'accounts:',
        '  - name: management',
        '    id: "2191997414755808"',
        '  - name: prod',
        '    id: 1234567890123456',
        '    assumeRole:',
        `      roleArn: ${ROLE}`,
        '  - name: staging',
        '    id: "1234567890123456"',
        '    assumeRole:',
        `      roleArn: ${ROLE}`,
        '      sessionName: alice@example',
        '      duration: 2h',
        '      externalId: abc-123',
        '  - name: sandbox',
        '    id: "9999999999999999"',
        '    profile: sandbox',
        'sts:',
        '  region: cn-shanghai',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        stsRegion: 'cn-shanghai',
        accounts: [
          { name: 'management', id: '2191997414755808', credentials: { kind: 'base' } },
          {
            name: 'prod',
            id: '1234567890123456',
            credentials: {
              kind: 'assume-role',
              roleArn: ROLE,
              sessionName: 'ecs-image-browser',
              durationSeconds: 3600,
            },
          },
          {
            name: 'staging',
            id: '1234567890123456',
            credentials: {
              kind: 'assume-role',
              roleArn: ROLE,
              sessionName: 'alice@example',
              durationSeconds: 7200,
              externalId: 'abc-123',
            },
          },
          { name: 'sandbox', id: '9999999999999999', credentials: { kind: 'profile', profile: 'sandbox' } },
        ],
      },
    });
  });

  it('reads the same file written as JSON', () => {
    const json = JSON.stringify({
      accounts: [{ name: 'prod', id: '1234567890123456', assumeRole: { roleArn: ROLE } }],
    });
    const parsed = parseAccountsFile(json);
    expect(parsed.ok && parsed.value.accounts[0]).toMatchObject({
      name: 'prod',
      credentials: { kind: 'assume-role' },
    });
  });

  it('marks an entry with problems unusable, naming line and field, and keeps the others', () => {
    const parsed = parseAccountsFile(
      [
        'accounts:',
        '  - name: good',
        '    id: "1111111111111111"',
        '  - name: bad',
        '    id: "1234567890123456"',
        '    assumeRole:',
        '      roleArn: acs:ram::999:role/x',
        '      duration: 5m',
        '      sesionName: typo',
        '  - name: both',
        '    id: "1234567890123456"',
        '    profile: p',
        '    assumeRole:',
        `      roleArn: ${ROLE}`,
      ].join('\n'),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        stsRegion: undefined,
        accounts: [
          { name: 'good', id: '1111111111111111', credentials: { kind: 'base' } },
          {
            name: 'bad',
            id: '1234567890123456',
            problems: [
              "line 7: accounts[1].assumeRole.roleArn: names the account 999, but the entry's id is 1234567890123456",
              'line 8: accounts[1].assumeRole.duration: must be a duration from 900s to 43200s, such as 45m, 1h or 900',
              'line 9: accounts[1].assumeRole: Unrecognized key: "sesionName"',
            ],
          },
          {
            name: 'both',
            id: '1234567890123456',
            problems: ['line 13: accounts[2].assumeRole: give either profile or assumeRole, not both'],
          },
        ],
      },
    });
  });

  it('names the account of a role ARN that is not the entry’s', () => {
    const parsed = parseAccountsFile(
      [
        'accounts:',
        '  - name: prod',
        '    id: "1111111111111111"',
        '    assumeRole:',
        `      roleArn: ${ROLE}`,
      ].join('\n'),
    );
    expect(parsed.ok && parsed.value.accounts[0]!.problems).toEqual([
      "line 5: accounts[0].assumeRole.roleArn: names the account 1234567890123456, but the entry's id is 1111111111111111",
    ]);
  });

  it('refuses a file that leaves nothing to work with: syntax, unknown sections, no accounts, names missing or twice', () => {
    const problems = (text: string) => {
      const parsed = parseAccountsFile(text);
      return parsed.ok ? [] : parsed.error;
    };
    expect(problems('accounts: [\n')[0]).toMatch(/^line \d+: /);
    expect(problems('accounts:\n  - name: a\n    id: "1"\nacess: {}\n')).toEqual([
      'line 4: Unrecognized key: "acess"',
    ]);
    expect(problems('accounts: []\n')).toEqual(['line 1: accounts: must list at least one account']);
    expect(problems('sts: {}\n')).toEqual(['line 1: accounts: must be a list of accounts']);
    expect(problems('accounts:\n  - id: "1"\n  - name: "a,b"\n')).toEqual([
      expect.stringMatching(/^line 2: accounts\[0\]\.name: .*every account needs a name$/),
      'line 3: accounts[1].name: must be 1 to 64 letters, digits, . _ - (starting with a letter or digit); every account needs a name',
    ]);
    expect(problems('accounts:\n  - name: a\n    id: "1"\n  - name: a\n    id: "2"\n')).toEqual([
      'line 4: accounts[1].name: "a" is also the name of accounts[0]; names must differ',
    ]);
  });

  it('takes every well-formed name, and only those', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 70 }), (name) => {
        const parsed = parseAccountsFile(JSON.stringify({ accounts: [{ name, id: '1' }] }));
        expect(parsed.ok).toBe(isWellFormedAccountName(name));
      }),
    );
  });
});
