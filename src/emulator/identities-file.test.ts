import { describe, expect, it } from 'vitest';
import { createEmulatorApp } from './emulator-app';
import { parseIdentitiesFile } from './identities-file';
import { accountNamed, DEFAULT_ACCOUNT } from './world-accounts';

describe('the emulator identities file', () => {
  it('reads credentials that act as hosted accounts, and roles with their trust and duration', () => {
    const parsed = parseIdentitiesFile(
      [
        'credentials:',
        '  - accessKeyId: platform-key',
        '    accessKeySecret: platform-secret',
        '    account: platform-team',
        '  - accessKeyId: mine',
        '    accessKeySecret: mine-secret',
        'roles:',
        `  - account: "${accountNamed('data-platform')!.id}"`,
        '    name: auditor',
        '    trust: [you, platform-team]',
        '    maxSessionDuration: 2h',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        credentials: [
          {
            accessKeyId: 'platform-key',
            accessKeySecret: 'platform-secret',
            accountId: accountNamed('platform-team')!.id,
          },
          { accessKeyId: 'mine', accessKeySecret: 'mine-secret' },
        ],
        roles: [
          {
            account: accountNamed('data-platform')!.id,
            name: 'auditor',
            trust: ['you', 'platform-team'],
            maxSessionSeconds: 7200,
          },
        ],
      },
    });
    // The emulator takes them as they are.
    if (parsed.ok) expect(() => createEmulatorApp(parsed.value)).not.toThrow();
    expect(DEFAULT_ACCOUNT.name).toBe('you');
  });

  it('names the line and field of accounts it does not host, unknown keys and bad durations', () => {
    expect(
      parseIdentitiesFile(
        [
          'credentials:',
          '  - accessKeyId: k',
          '    accessKeySecret: s',
          '    account: nobody',
          'roles:',
          '  - account: you',
          '    name: r',
          '    maxSessionDuration: 5m',
          'role: []',
        ].join('\n'),
      ),
    ).toEqual({
      ok: false,
      error: [
        'line 4: credentials[0].account: the emulator hosts no account named or numbered "nobody"',
        'line 8: roles[0].maxSessionDuration: must be a duration from 900s to 43200s, such as 45m, 1h or 900',
        'line 9: Unrecognized key: "role"',
      ],
    });
  });
});
