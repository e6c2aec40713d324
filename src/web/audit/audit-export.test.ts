import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAuditReport } from './audit-report';
import { AUDIT_EXPORT_FIELDS, auditCsv, auditExportFile, auditJson, exportRecord } from './audit-export';
import { auditWorldArb, NOW } from './testing/audit-arbitrary';

/** A small RFC 4180 reader, enough to read back what the writer wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('audit export', () => {
  it('writes CSV and JSON that read back as the same records, one per row', () => {
    fc.assert(
      fc.property(auditWorldArb, ({ rows, facts, settings }) => {
        const audited = buildAuditReport(rows, facts, settings, NOW).rows;
        const csv = auditCsv(audited, settings);
        expect(csv.startsWith('\ufeff')).toBe(true);
        const [header, ...lines] = readCsv(csv.slice(1));
        expect(header).toEqual([...AUDIT_EXPORT_FIELDS]);
        const records = audited.map((r) => exportRecord(r, settings));
        expect(lines).toEqual(
          records.map((record) =>
            AUDIT_EXPORT_FIELDS.map((f) => (record[f] === null ? '' : String(record[f]))),
          ),
        );
        expect(JSON.parse(auditJson(audited, settings))).toEqual(records);
      }),
    );
  });

  it('names the file after the time, with the format’s type', () => {
    const file = auditExportFile(
      'json',
      [],
      { pricePerGiBMonth: 0.02, currency: 'USD', unusedDays: 90 },
      new Date(NOW),
    );
    expect(file).toMatchObject({
      fileName: 'ecs-image-audit-2026-11-30T12-00-00.json',
      type: 'application/json',
    });
  });
});
