// The one shape for "a value, or why not" across the project: validation, parsing, lookups. A
// discriminated union on `ok`, so TypeScript narrows it and nobody duck-types an error object.

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const success = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const failure = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
