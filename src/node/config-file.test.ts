import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accountIdField, ConfigDocument, formatProblem, secondsField } from './config-file';

const schema = z.strictObject({
  accounts: z.array(z.strictObject({ name: z.string(), id: accountIdField })),
  timeout: secondsField(900, 43_200).optional(),
});

function problems(text: string): string[] {
  const doc = ConfigDocument.parse(text);
  if (!doc.ok) return doc.error.map(formatProblem);
  const checked = doc.value.check(schema);
  return checked.ok ? [] : checked.error.map(formatProblem);
}

describe('config files', () => {
  it('reads YAML and JSON alike, account IDs exactly even when written as numbers', () => {
    const yaml = ConfigDocument.parse('accounts:\n  - name: prod\n    id: 9007199254740993\n');
    const json = ConfigDocument.parse('{"accounts": [{"name": "prod", "id": 9007199254740993}]}');
    for (const doc of [yaml, json]) {
      if (!doc.ok) throw new Error('parse failed');
      expect(doc.value.check(schema)).toEqual({
        ok: true,
        value: { accounts: [{ name: 'prod', id: '9007199254740993' }] },
      });
    }
  });

  it('names the line and the field of every problem, unknown keys included', () => {
    expect(
      problems(
        [
          'accounts:',
          '  - name: prod',
          '    id: "12x"',
          '  - name: dev',
          '    id: "1"',
          '    profil: dev',
        ].join('\n'),
      ),
    ).toEqual([
      'line 3: accounts[0].id: must be an account ID (digits), such as "1234567890123456"',
      'line 6: accounts[1]: Unrecognized key: "profil"',
    ]);
    expect(problems('accounts: []\ntimeout: 10s\n')).toEqual([
      'line 2: timeout: must be a duration from 900s to 43200s, such as 45m, 1h or 900',
    ]);
  });

  it('gives syntax errors and keys given twice with their line, without quoting the file', () => {
    const lines = problems('accounts:\n  - name: a\n    name: b\n    id: "secret-looking"\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^line 3: Map keys must be unique$/);
    expect(problems('accounts: [\n')[0]).toMatch(/^line \d+: /);
  });

  it('reads durations in seconds, minutes and hours', () => {
    const seconds = secondsField(900, 43_200);
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 720 }), (minutes) => {
        expect(seconds.parse(`${minutes}m`)).toBe(minutes * 60);
        expect(seconds.parse(`${minutes * 60}s`)).toBe(minutes * 60);
        expect(seconds.parse(BigInt(minutes * 60))).toBe(minutes * 60);
      }),
    );
    expect(seconds.parse('1h')).toBe(3600);
    for (const bad of ['14m', '13h', 'an hour', '1.5h', -900])
      expect(seconds.safeParse(bad).success).toBe(false);
  });
});
