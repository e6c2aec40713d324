import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUDIT_SETTINGS,
  parseCurrency,
  parsePrice,
  parseUnusedDays,
  readAuditSettings,
  writeAuditSettings,
} from './audit-settings';

const settingsArb = fc.record({
  pricePerGiBMonth: fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 1_000_000),
  currency: fc.stringMatching(/^[A-Z]{3}$/),
  unusedDays: fc.integer({ min: 1, max: 3650 }),
});

describe('audit settings', () => {
  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(readAuditSettings(writeAuditSettings(settings))).toEqual({ settings, problems: [] });
      }),
    );
  });

  it('falls back to the defaults field by field, and names what it dropped', () => {
    expect(readAuditSettings(null)).toEqual({ settings: DEFAULT_AUDIT_SETTINGS, problems: [] });
    const read = readAuditSettings(
      JSON.stringify({ pricePerGiBMonth: -1, currency: 'dollars', unusedDays: 30 }),
    );
    expect(read.settings).toEqual({ ...DEFAULT_AUDIT_SETTINGS, unusedDays: 30 });
    expect(read.problems).toEqual([
      'The saved price -1 is not valid; the default is used.',
      'The saved currency "dollars" is not valid; the default is used.',
    ]);
    for (const stored of ['{', '[1]', '"x"', 'null'])
      expect(readAuditSettings(stored)).toEqual({
        settings: DEFAULT_AUDIT_SETTINGS,
        problems: ['The saved audit settings were not readable; the defaults are used.'],
      });
  });

  it('never yields a value outside its range, whatever was stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (price, currency, days) => {
        const { settings } = readAuditSettings(
          JSON.stringify({ pricePerGiBMonth: price, currency, unusedDays: days }),
        );
        expect(settings.pricePerGiBMonth).toBeGreaterThanOrEqual(0);
        expect(settings.pricePerGiBMonth).toBeLessThanOrEqual(1000);
        expect(settings.currency).toMatch(/^[A-Z]{3}$/);
        expect(Number.isInteger(settings.unusedDays)).toBe(true);
      }),
    );
  });

  it('explains a value it cannot take', () => {
    expect(parsePrice('0.0200')).toEqual({ ok: true, value: 0.02 });
    expect(parsePrice('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parsePrice('2,5')).toEqual({ ok: false, error: 'Write a price such as 0.02 (up to 6 decimals).' });
    expect(parsePrice('1001')).toEqual({ ok: false, error: 'The price must be at most 1000.' });
    expect(parseCurrency(' cny ')).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrency('€').ok).toBe(false);
    expect(parseUnusedDays('0')).toEqual({
      ok: false,
      error: 'Write a whole number of days from 1 to 3650.',
    });
    expect(parseUnusedDays('180')).toEqual({ ok: true, value: 180 });
  });
});
