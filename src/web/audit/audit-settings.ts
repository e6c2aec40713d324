// The audit's settings, a browser preference (localStorage): the price used to estimate what the
// snapshots behind custom images cost a month, its currency, and after how many days an unused
// image is proposed for cleanup. Everything read back from storage or typed into the form is
// validated; a stored field that is not valid falls back to its default, and the page says which.
//
// The default price, USD 0.02 per GiB and month, is the pay-as-you-go snapshot price Alibaba
// Cloud's snapshot billing page uses in its worked example for China (Hangzhou). Real prices differ
// by region, by snapshot type (standard or archive), after the free quota and with storage plans:
// what the audit shows is an estimate, never a bill (docs/ecs-api-notes.md §15).

import { failure, success, type Result } from '../../ecs/result';

export interface AuditSettings {
  /** Estimated snapshot storage price per GiB and month. */
  pricePerGiBMonth: number;
  /** ISO 4217 code of that price, shown with every amount. */
  currency: string;
  /** An unused image younger than this is never proposed for cleanup. */
  unusedDays: number;
}

export const DEFAULT_AUDIT_SETTINGS: AuditSettings = {
  pricePerGiBMonth: 0.02,
  currency: 'USD',
  unusedDays: 90,
};

export const PRICE_MAX = 1000;
export const UNUSED_DAYS = { min: 1, max: 3650 } as const;

export const AUDIT_SETTINGS_KEY = 'ecs-image-browser.audit-settings';

/** A price typed or stored as text: a number from 0 to 1,000 with at most 6 decimals. */
export function parsePrice(text: string): Result<number, string> {
  const trimmed = text.trim();
  if (!/^\d{1,4}(\.\d{1,6})?$/.test(trimmed) && !/^\.\d{1,6}$/.test(trimmed))
    return failure('Write a price such as 0.02 (up to 6 decimals).');
  const value = Number(trimmed);
  return value <= PRICE_MAX ? success(value) : failure(`The price must be at most ${PRICE_MAX}.`);
}

/** Three letters, such as USD or CNY. */
export function parseCurrency(text: string): Result<string, string> {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code)
    ? success(code)
    : failure('Write a three-letter currency code, such as USD or CNY.');
}

export function parseUnusedDays(text: string): Result<number, string> {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return /^\d{1,4}$/.test(trimmed) && value >= UNUSED_DAYS.min && value <= UNUSED_DAYS.max
    ? success(value)
    : failure(`Write a whole number of days from ${UNUSED_DAYS.min} to ${UNUSED_DAYS.max}.`);
}

export interface ReadAuditSettings {
  settings: AuditSettings;
  /** What was stored but could not be used, one sentence each. */
  problems: string[];
}

/** Settings from their stored text (null: nothing stored), field by field. */
export function readAuditSettings(stored: string | null): ReadAuditSettings {
  const settings = { ...DEFAULT_AUDIT_SETTINGS };
  if (stored === null) return { settings, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { settings, problems: ['The saved audit settings were not readable; the defaults are used.'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { settings, problems: ['The saved audit settings were not readable; the defaults are used.'] };
  const problems: string[] = [];
  const fields = raw as Record<string, unknown>;
  const read = <K extends keyof AuditSettings>(
    name: K,
    label: string,
    parse: (text: string) => Result<AuditSettings[K], string>,
  ) => {
    const value = fields[name];
    if (value === undefined) return;
    const parsed = typeof value === 'string' || typeof value === 'number' ? parse(String(value)) : undefined;
    if (parsed?.ok) settings[name] = parsed.value;
    else problems.push(`The saved ${label} ${JSON.stringify(value)} is not valid; the default is used.`);
  };
  read('pricePerGiBMonth', 'price', parsePrice);
  read('currency', 'currency', parseCurrency);
  read('unusedDays', 'number of days', parseUnusedDays);
  return { settings, problems };
}

export function writeAuditSettings(settings: AuditSettings): string {
  return JSON.stringify(settings);
}
