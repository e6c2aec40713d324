// Writes the JSON export off the main thread. Writing 130 MB of JSON for 100,000 images and encoding
// it as UTF-8 took over a second of the page's own time; here the page only posts the images, a
// run at a time, and gets the finished file back.

import type { EcsImage } from '../../ecs/image-types';
import { ImageRow } from '../columns/image-row';
import { JSON_CLOSE, JSON_OPEN, jsonRun } from './export-writers';

export type JsonExportMessage =
  { kind: 'images'; images: readonly (readonly [regionId: string, image: EcsImage])[] } | { kind: 'end' };

export type JsonExportAnswer = { kind: 'written'; count: number } | { kind: 'file'; blob: Blob };

const encoder = new TextEncoder();
const post = (answer: JsonExportAnswer) => (self as unknown as Worker).postMessage(answer);
let parts: Uint8Array<ArrayBuffer>[] = [encoder.encode(JSON_OPEN)];

self.onmessage = ({ data }: MessageEvent<JsonExportMessage>) => {
  if (data.kind === 'end') {
    parts.push(encoder.encode(JSON_CLOSE));
    post({ kind: 'file', blob: new Blob(parts, { type: 'application/json' }) });
    parts = [encoder.encode(JSON_OPEN)];
    return;
  }
  const rows = data.images.map(([regionId, image]) => new ImageRow(regionId, image));
  parts.push(encoder.encode(jsonRun(rows, parts.length === 1)));
  post({ kind: 'written', count: rows.length });
};
