// Configuration files the servers read (the proxy's accounts file, the emulator's identities
// file): YAML or JSON (JSON is YAML, so one parser reads both, with positions), checked with a zod
// schema, every problem named by its place in the file — `line 12: accounts[2].assumeRole.roleArn:
// …` — so a person can fix it without guessing. Unknown keys are problems (strict schemas), and
// whole numbers are read exactly (an account ID has more digits than a double keeps). Pure: the
// caller reads the file.

import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { failure, success, type Result } from '../ecs/result';

export interface ConfigProblem {
  /** `accounts[2].assumeRole.roleArn`; '' for the whole file. */
  path: string;
  /** 1-based; absent when the place is not in the file (a key that is missing from an empty file). */
  line?: number;
  message: string;
}

type Path = readonly PropertyKey[];

/** `accounts[2].assumeRole` */
export function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** A problem as one line: `line 12: accounts[2].id: must be …`. */
export function formatProblem(problem: ConfigProblem): string {
  const where = [problem.line !== undefined ? `line ${problem.line}` : '', problem.path]
    .filter(Boolean)
    .join(': ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

export class ConfigDocument {
  private constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    /** The file as plain data; whole numbers as bigint. */
    readonly value: unknown,
  ) {}

  /** Reads the text; syntax errors (and keys given twice) come back with their lines. */
  static parse(text: string): Result<ConfigDocument, ConfigProblem[]> {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, intAsBigInt: true, uniqueKeys: true });
    if (doc.errors.length)
      return failure(
        doc.errors.map((e) => ({
          path: '',
          line: e.linePos?.[0].line,
          // The message without the excerpt of the file it quotes: a line may hold a secret.
          message: e.message.split(/ at line \d+|:\n/)[0]!,
        })),
      );
    return success(new ConfigDocument(doc, lines, doc.toJS({ maxAliasCount: 100 })));
  }

  /**
   * Checks a value of the file (the whole file, or the part at `at`) against a schema; each
   * problem names its path and line.
   */
  check<S extends z.ZodType>(schema: S, at: Path = []): Result<z.output<S>, ConfigProblem[]> {
    const checked = schema.safeParse(valueAt(this.value, at));
    if (checked.success) return success(checked.data);
    // In the order of the file, as a person reads it.
    return failure(
      checked.error.issues
        .map((issue) => {
          const path = [...at, ...issue.path];
          const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
          const line = keys.length ? (this.keyLine(path, keys[0]!) ?? this.lineOf(path)) : this.lineOf(path);
          return {
            path: formatPath(path),
            ...(line !== undefined ? { line } : {}),
            message: issue.message,
          };
        })
        .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)),
    );
  }

  /** The line of the node at `path` (of its key, for a map's value), or of its nearest ancestor in the file. */
  lineOf(path: Path): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const at = path.slice(0, n);
      const key = at.at(-1);
      if (typeof key === 'string') {
        const line = this.keyLine(at.slice(0, -1), key);
        if (line !== undefined) return line;
      }
      const node = this.doc.getIn(at, true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  /** The line of `key` in the map at `mapPath`, if both are in the file. */
  private keyLine(mapPath: Path, key: string): number | undefined {
    const map = this.doc.getIn(mapPath, true);
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return range && this.lines.linePos(range[0]).line;
  }
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

// ---- fields several files share -------------------------------------------------------------

/** A whole number in [min, max], written as a number. */
export function wholeNumberField(min: number, max: number) {
  return z
    .union([z.bigint(), z.number()], { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
      error: `must be a whole number from ${min} to ${max}`,
    });
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/**
 * A duration in whole seconds, from min to max: `45m`, `1h`, `900s`, or a number of seconds.
 */
export function secondsField(min: number, max: number) {
  const expected = `must be a duration from ${min}s to ${max}s, such as 45m, 1h or ${min}`;
  return z
    .union([z.bigint(), z.number(), z.string()], { error: expected })
    .transform((v) => {
      if (typeof v !== 'string') return Number(v);
      const m = /^(\d{1,6})\s*([smh])?$/.exec(v.trim());
      return m ? Number(m[1]) * UNIT_SECONDS[m[2] ?? 's']! : NaN;
    })
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, { error: expected });
}

const ACCOUNT_ID_EXPECTED = 'must be an account ID (digits), such as "1234567890123456"';

/** An account ID: decimal digits, written as text or as a (exactly read) number. */
export const accountIdField = z
  .union([z.string(), z.bigint()], { error: ACCOUNT_ID_EXPECTED })
  .transform(String)
  .refine((id) => /^\d{1,20}$/.test(id), { error: ACCOUNT_ID_EXPECTED });
