// Command-line flags, read the same way for both servers: node:util parseArgs splits the arguments,
// this module refuses what parseArgs lets through (unknown flags, missing or unwanted values,
// repeats, stray words) with one message per kind of mistake, always naming the flag, and reads
// the kinds of value both servers take: whole numbers and durations (`10s`, `500ms`). Pure.

import { parseArgs } from 'node:util';
import { failure, success, type Result } from '../ecs/result';

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** `--flag [VALUE]`: a value may follow, as `--flag=VALUE` or as the next argument unless that is a flag. */
  optionalValue?: boolean;
}

/** The flags given, by name: their text, or `true` for a switch (and an optional value left out). */
export type Flags = ReadonlyMap<string, string | true>;

/** A bad flag or value; `parseCommandLine` turns it into the failure message. */
export class FlagError extends Error {}

/**
 * Splits `argv` by the specs, then builds the options with `build`, which may throw FlagError.
 * Anything else it throws is a bug and is not caught.
 */
export function parseCommandLine<T>(
  argv: readonly string[],
  specs: Readonly<Record<string, FlagSpec>>,
  build: (flags: Flags) => T,
): Result<T, string> {
  try {
    return success(build(readFlags(argv, specs)));
  } catch (e) {
    if (e instanceof FlagError) return failure(e.message);
    throw e;
  }
}

function readFlags(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): Flags {
  const { tokens } = parseArgs({
    args: [...argv],
    // An optional value is read from the tokens below; parseArgs itself knows only switches for it.
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        { type: spec.optionalValue ? 'boolean' : spec.type, ...(spec.short ? { short: spec.short } : {}) },
      ]),
    ),
    // Not strict: its messages do not name our flags the way ours do; every case is checked here.
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags = new Map<string, string | true>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'option-terminator') throw new FlagError('Unexpected argument "--".');
    if (token.kind === 'positional') throw new FlagError(`Unexpected argument "${token.value}".`);
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    const flag = spec ? `--${token.name}` : token.rawName;
    if (!spec) throw new FlagError(`Unknown option "${flag}".`);
    if (flags.has(token.name)) throw new FlagError(`${flag} is given more than once.`);
    let value: string | true;
    if (spec.optionalValue) {
      const next = tokens[i + 1];
      if (token.value !== undefined) value = token.value;
      else if (next?.kind === 'positional' && next.index === token.index + 1) {
        value = next.value;
        i++;
      } else value = true;
    } else if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new FlagError(`${flag} takes no value.`);
      value = true;
    } else {
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
        throw new FlagError(`${flag} needs a value.`);
      value = token.value;
    }
    flags.set(token.name, value);
  }
  return flags;
}

/** The text given for a flag that takes a value, or undefined when it was not given. */
export function textOf(flags: Flags, name: string): string | undefined {
  const value = flags.get(name);
  return value === true ? undefined : value;
}

export function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max))
    throw new FlagError(`${flag} must be a whole number from ${min} to ${max}, got "${text}".`);
  return value;
}

export function decimal(flag: string, text: string): number {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new FlagError(`${flag} must be a number, got "${text}".`);
  return Number(text);
}

export interface DurationRule {
  minMs: number;
  maxMs: number;
  /** How a number without a unit is read, as each flag has always read it. */
  bareUnit: 's' | 'ms';
}

/** `10s`, `500ms`, `2.5s`, or a bare number in the flag's own unit; whole milliseconds. */
export function duration(flag: string, text: string, rule: DurationRule): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text.trim());
  const ms = m ? Math.round(Number(m[1]) * ((m[2] ?? rule.bareUnit) === 'ms' ? 1 : 1000)) : NaN;
  if (!(ms >= rule.minMs && ms <= rule.maxMs))
    throw new FlagError(
      `${flag} must be a duration from ${formatDuration(rule.minMs)} to ${formatDuration(rule.maxMs)}, such as 10s or 500ms; got "${text}".`,
    );
  return ms;
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 && ms > 0 ? `${ms / 1000}s` : `${ms}ms`;
}
