// Writes an export without freezing the page. CSV is written on the main thread a slice at a time
// (each slice keeps the thread for a few milliseconds, then input, paint and the progress bar get
// their turn); JSON is written by a worker (json-export-worker.ts), the page posting it the images
// a run at a time. Loaded on demand.

import type { ImageColumn } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { EXPORT_TYPES, csvChunks, type ExportFormat } from './export-writers';
import type { JsonExportAnswer, JsonExportMessage } from './json-export-worker';

/** Re-exported so the menu loads one module when a person exports. */
export { exportFileName } from './export-writers';

/** Rows per chunk; how long a slice may keep the main thread; how often progress is told. */
const ROWS_PER_CHUNK = 500;
const SLICE_MS = 16;
const PROGRESS_MS = 100;

export interface ExportProgress {
  done: number;
  total: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function writeCsv(
  rows: readonly ImageRow[],
  columns: readonly ImageColumn[],
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  let told = sliceStart;
  for (const chunk of csvChunks(rows, columns, ROWS_PER_CHUNK)) {
    parts.push(chunk);
    if (performance.now() - sliceStart < SLICE_MS) continue;
    // The first chunk is the header; each report re-renders the progress bar, a few a second do.
    if (sliceStart - told >= PROGRESS_MS) {
      onProgress({ done: Math.min(rows.length, (parts.length - 1) * ROWS_PER_CHUNK), total: rows.length });
      told = sliceStart;
    }
    await nextTask();
    signal.throwIfAborted();
    sliceStart = performance.now();
  }
  return new Blob(parts, { type: EXPORT_TYPES.csv });
}

function writeJson(
  rows: readonly ImageRow[],
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const worker = new Worker(new URL('./json-export-worker.ts', import.meta.url), { type: 'module' });
  const post = (message: JsonExportMessage) => worker.postMessage(message);
  return new Promise<Blob>((resolve, reject) => {
    let written = 0;
    let told = 0;
    const stop = () => {
      worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the export worker failed'));
    };
    worker.onmessage = ({ data }: MessageEvent<JsonExportAnswer>) => {
      if (data.kind === 'file') {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        resolve(data.blob);
        return;
      }
      written += data.count;
      if (performance.now() - told >= PROGRESS_MS || written === rows.length) {
        onProgress({ done: written, total: rows.length });
        told = performance.now();
      }
    };
    for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK)
      post({
        kind: 'images',
        images: rows.slice(start, start + ROWS_PER_CHUNK).map((row) => [row.regionId, row.image] as const),
      });
    post({ kind: 'end' });
  });
}

export async function writeExport(
  format: ExportFormat,
  rows: readonly ImageRow[],
  columns: readonly ImageColumn[],
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const blob =
    format === 'csv'
      ? await writeCsv(rows, columns, onProgress, signal)
      : await writeJson(rows, onProgress, signal);
  onProgress({ done: rows.length, total: rows.length });
  return blob;
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
