// The rows on show as a file: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it
// as UTF-8, the visible columns in their order, values in the API's own form: ISO 8601 dates) or
// JSON (one object per image under the API's field names, disk mappings and tags nested as the API
// nests them, with its region). Written in chunks, so a long export can yield to the page between
// them (export-run.ts; JSON in a worker, json-export-worker.ts). Cells are written as they are: a value that starts with `=` stays a value.

import type { ImageColumn } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';

export type ExportFormat = 'csv' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

const BOM = '\ufeff';
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** One row's line, without an array per row: 100,000 rows are written on the main thread. */
function csvRow(row: ImageRow, columns: readonly ImageColumn[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++)
    line += (i === 0 ? '' : ',') + csvField(columns[i]!.exportText(row));
  return line + '\r\n';
}

/** The CSV, a chunk per `rowsPerChunk` rows; the first chunk has the BOM and the header. */
export function* csvChunks(
  rows: readonly ImageRow[],
  columns: readonly ImageColumn[],
  rowsPerChunk: number,
): Generator<string> {
  yield BOM + csvLine(columns.map((c) => c.id));
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    let chunk = '';
    const end = Math.min(start + rowsPerChunk, rows.length);
    for (let i = start; i < end; i++) chunk += csvRow(rows[i]!, columns);
    yield chunk;
  }
}

/** An image as the API describes it, with the region it was listed in first. */
export function exportedImage(row: ImageRow): Record<string, unknown> {
  return { RegionId: row.regionId, ...row.image };
}

/** exportedImage as JSON, without copying the image into a new object first. */
function imageJson(row: ImageRow): string {
  const image = JSON.stringify(row.image);
  return `{"RegionId":${JSON.stringify(row.regionId)}${image === '{}' ? '}' : `,${image.slice(1)}`}`;
}

export const JSON_OPEN = '[';
export const JSON_CLOSE = '\n]\n';

/** Images of the JSON array, one per line; `first` for the run right after JSON_OPEN. */
export function jsonRun(rows: readonly ImageRow[], first: boolean): string {
  let run = '';
  for (let i = 0; i < rows.length; i++) run += (first && i === 0 ? '\n' : ',\n') + imageJson(rows[i]!);
  return run;
}

/** A JSON array of images, a chunk per `rowsPerChunk` rows. */
export function* jsonChunks(rows: readonly ImageRow[], rowsPerChunk: number): Generator<string> {
  yield JSON_OPEN;
  for (let start = 0; start < rows.length; start += rowsPerChunk)
    yield jsonRun(rows.slice(start, start + rowsPerChunk), start === 0);
  yield JSON_CLOSE;
}

/** `ecs-images-2024-08-19T06-07-05.csv`. */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `ecs-images-${now.toISOString().slice(0, 19).replaceAll(':', '-')}.${format}`;
}
