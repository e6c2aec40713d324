import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, duration, parseCommandLine, textOf, wholeNumber, type FlagSpec } from './command-line';

const SPECS: Record<string, FlagSpec> = {
  port: { type: 'string' },
  quiet: { type: 'boolean' },
  role: { type: 'string', optionalValue: true },
  help: { type: 'boolean', short: 'h' },
};
const read = (argv: string[]) => parseCommandLine(argv, SPECS, (flags) => flags);

describe('parseCommandLine', () => {
  it('reads values in both forms, switches, short names and optional values', () => {
    const ok = read(['--port', '80', '--quiet', '-h', '--role']);
    expect(ok.ok && [...ok.value]).toEqual([
      ['port', '80'],
      ['quiet', true],
      ['help', true],
      ['role', true],
    ]);
    const inline = read(['--port=80', '--role=Reader']);
    expect(inline.ok && textOf(inline.value, 'port')).toBe('80');
    expect(inline.ok && textOf(inline.value, 'role')).toBe('Reader');
    const next = read(['--role', 'Reader', '--quiet']);
    expect(next.ok && textOf(next.value, 'role')).toBe('Reader');
    const before = read(['--role', '--quiet']);
    expect(before.ok && before.value.get('role')).toBe(true);
  });

  it('names the flag and the mistake for every kind of bad command line', () => {
    const cases: Array<[string[], string]> = [
      [['--colour'], 'Unknown option "--colour".'],
      [['-x'], 'Unknown option "-x".'],
      [['--port'], '--port needs a value.'],
      [['--port', '--quiet'], '--port needs a value.'],
      [['--quiet=yes'], '--quiet takes no value.'],
      [['--port', '1', '--port=2'], '--port is given more than once.'],
      [['-h', '--help'], '--help is given more than once.'],
      [['stray'], 'Unexpected argument "stray".'],
      [['--quiet', 'stray'], 'Unexpected argument "stray".'],
      [['--', '--port'], 'Unexpected argument "--".'],
    ];
    for (const [argv, message] of cases)
      expect(read(argv), argv.join(' ')).toEqual({ ok: false, error: message });
  });

  it('lets a bug in the builder through instead of reporting it as a bad flag', () => {
    expect(() =>
      parseCommandLine([], SPECS, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('values', () => {
  const rule = { minMs: 1, maxMs: 600_000, bareUnit: 's' } as const;

  it('reads durations with a unit, or a bare number in the flag’s own unit', () => {
    expect(duration('--t', '10s', rule)).toBe(10_000);
    expect(duration('--t', '500ms', rule)).toBe(500);
    expect(duration('--t', '2.5', rule)).toBe(2_500);
    expect(duration('--t', '25', { ...rule, bareUnit: 'ms' })).toBe(25);
    for (const bad of ['0', 'soon', '-1s', '10 m', '601s', ''])
      expect(() => duration('--t', bad, rule), bad).toThrow(
        `--t must be a duration from 1ms to 600s, such as 10s or 500ms; got "${bad}".`,
      );
  });

  it('reads back any duration written in either unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600_000 }), (ms) => {
        expect(duration('--t', `${ms}ms`, rule)).toBe(ms);
        expect(duration('--t', `${ms / 1000}s`, rule)).toBe(ms);
      }),
    );
  });

  it('reads whole numbers in a range and plain decimals, naming the flag otherwise', () => {
    expect(wholeNumber('--port', '8080', 0, 65535)).toBe(8080);
    expect(() => wholeNumber('--port', '65536', 0, 65535)).toThrow(
      '--port must be a whole number from 0 to 65535, got "65536".',
    );
    expect(() => wholeNumber('--port', '1e3', 0, 65535)).toThrow(/--port/);
    expect(decimal('--rate', '0.25')).toBe(0.25);
    expect(() => decimal('--rate', 'often')).toThrow('--rate must be a number, got "often".');
  });
});
