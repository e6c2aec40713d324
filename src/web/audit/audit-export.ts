// The audit as a file, like the table's export: CSV (RFC 4180, UTF-8 with a byte-order mark so
// spreadsheets read it as UTF-8) or JSON (one object per image). Values are the ones on screen:
// sizes in GiB and amounts with two decimals, the currency named in its own column. Pure.

import type { AuditRow } from './audit-report';
import type { AuditSettings } from './audit-settings';

export type AuditExportFormat = 'csv' | 'json';

export const AUDIT_EXPORT_FIELDS = [
  'RegionId',
  'ImageId',
  'ImageName',
  'Status',
  'CreationTime',
  'AgeDays',
  'DiskGiB',
  'StoredGiB',
  'EstimatedMonthlyCost',
  'Currency',
  'Instances',
  'SharedWith',
  'Published',
  'Verdict',
  'Reasons',
  'KeptBecause',
] as const;

export type AuditExportRecord = Record<
  (typeof AUDIT_EXPORT_FIELDS)[number],
  string | number | boolean | null
>;

/** Two decimals, as the page shows them. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export function exportRecord(row: AuditRow, settings: AuditSettings): AuditExportRecord {
  return {
    RegionId: row.regionId,
    ImageId: row.image.ImageId,
    ImageName: row.image.ImageName,
    Status: row.image.Status,
    CreationTime: row.image.CreationTime,
    AgeDays: row.ageDays,
    DiskGiB: row.diskGiB,
    StoredGiB: row.storedGiB === undefined ? null : round2(row.storedGiB),
    EstimatedMonthlyCost: row.monthlyCost === undefined ? null : round2(row.monthlyCost),
    Currency: settings.currency,
    Instances: row.instances ?? null,
    SharedWith: row.sharedWith ? row.sharedWith.join(' ') : null,
    Published: row.published,
    Verdict: row.verdict,
    Reasons: row.reasons.join(' '),
    KeptBecause: row.kept.join(' '),
  };
}

const NEEDS_QUOTES = /[",\r\n]/;

// The table's export (issue 12) has the same field rule; this is the one place to switch to it.
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsv(rows: readonly AuditRow[], settings: AuditSettings): string {
  const lines = [AUDIT_EXPORT_FIELDS.join(',')];
  for (const row of rows) {
    const record = exportRecord(row, settings);
    lines.push(AUDIT_EXPORT_FIELDS.map((field) => csvField(record[field])).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function auditJson(rows: readonly AuditRow[], settings: AuditSettings): string {
  return `${JSON.stringify(
    rows.map((row) => exportRecord(row, settings)),
    null,
    1,
  )}\n`;
}

export interface AuditExportFile {
  text: string;
  type: string;
  fileName: string;
}

/** `ecs-image-audit-2026-11-30T06-07-05.csv`. */
export function auditExportFile(
  format: AuditExportFormat,
  rows: readonly AuditRow[],
  settings: AuditSettings,
  now: Date,
): AuditExportFile {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  return format === 'csv'
    ? {
        text: auditCsv(rows, settings),
        type: 'text/csv;charset=utf-8',
        fileName: `ecs-image-audit-${stamp}.csv`,
      }
    : {
        text: auditJson(rows, settings),
        type: 'application/json',
        fileName: `ecs-image-audit-${stamp}.json`,
      };
}
