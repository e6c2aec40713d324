// Writes an export a slice at a time: each slice keeps the main thread for a few milliseconds, then
// the page gets its turn (input, paint, the progress bar), so 100,000 rows never freeze it. Loaded
// on demand, with the writers.

import type { ImageColumn } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { EXPORT_TYPES, exportChunks, type ExportFormat } from './export-writers';

/** Rows written per chunk, and how long a slice of chunks may keep the main thread. */
const ROWS_PER_CHUNK = 500;
const SLICE_MS = 12;

export interface ExportProgress {
  done: number;
  total: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function writeExport(
  format: ExportFormat,
  rows: readonly ImageRow[],
  columns: readonly ImageColumn[],
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  let chunks = 0;
  for (const chunk of exportChunks(format, rows, columns, ROWS_PER_CHUNK)) {
    parts.push(chunk);
    chunks++;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    // The first chunk is the header (CSV) or the opening bracket (JSON); the rest are rows.
    onProgress({ done: Math.min(rows.length, (chunks - 1) * ROWS_PER_CHUNK), total: rows.length });
    await nextTask();
    signal.throwIfAborted();
    sliceStart = performance.now();
  }
  onProgress({ done: rows.length, total: rows.length });
  return new Blob(parts, { type: EXPORT_TYPES[format] });
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
