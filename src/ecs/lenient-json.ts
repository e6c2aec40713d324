// Readers for answer bodies as the service really sends them: "" for unknown text, omitted fields,
// `{}` for empty objects, a string where a number is documented or the other way round
// (docs/ecs-api-notes.md §2.3), and lists wrapped in an object named after their element. Every
// action's normaliser is built from these, so everything downstream gets the documented types.

import { stringPool } from './string-pool';

export type Loose = Record<string, unknown>;

export const asObject = (v: unknown): Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : {};

export const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

// Fields that take few distinct values share one copy of each value (string-pool.ts).
const pool = stringPool(20_000);
export const sharedText = (v: unknown): string => pool(text(v));

export const num = (v: unknown): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : 0;
};

export const bool = (v: unknown): boolean =>
  v === true || (typeof v === 'string' && v.toLowerCase() === 'true');

/** `{ Tag: [...] }`, a bare array, or a single object (as XML-to-JSON converters produce). */
export function wrapped(v: unknown, element: string): unknown[] {
  if (Array.isArray(v)) return v;
  const inner = asObject(v)[element];
  if (Array.isArray(inner)) return inner;
  return inner && typeof inner === 'object' ? [inner] : [];
}

/** `{ IpAddress: ["…"] }` and its variants: a list of texts in a wrapper. */
export function wrappedTexts(v: unknown, element: string): string[] {
  if (Array.isArray(v)) return v.map(text);
  const inner = asObject(v)[element];
  if (Array.isArray(inner)) return inner.map(text);
  return typeof inner === 'string' ? [inner] : [];
}
