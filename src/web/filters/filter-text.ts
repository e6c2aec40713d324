// Text people type into filter controls, checked against the API model before it becomes part of
// the view, and the creation-time filter between the API's format and a datetime-local input.

import { FILTER_TIME_PATTERN } from '../../ecs/api-params';
import type { ParamSpec } from '../../ecs/describe-images-params';
import { readFilterText } from '../view-state/url-codec';

/** A message naming what is wrong with typed text for a parameter, or undefined if it is fine. */
export function validateScalarText(spec: ParamSpec, text: string): string | undefined {
  const parsed = readFilterText(spec, text.trim());
  return parsed.ok ? undefined : `${spec.label} must be ${parsed.error}; “${text.trim()}” is not.`;
}

/** `2024-01-31T08:00Z` (or with seconds) → `2024-01-31T08:00` for an `<input type="datetime-local">`. */
export function timeInputValue(filterValue: string | undefined): string {
  return filterValue && FILTER_TIME_PATTERN.test(filterValue) ? filterValue.slice(0, 16) : '';
}

/** The input's value read as UTC, in the API's minute-precision format; undefined when empty. */
export function filterTimeValue(inputValue: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(inputValue);
  return m ? `${m[1]}Z` : undefined;
}

/** A message when the range is empty (from after until), else undefined. */
export function checkTimeRange(from: string | undefined, until: string | undefined): string | undefined {
  if (!from || !until) return undefined;
  return Date.parse(from) > Date.parse(until)
    ? `“Created from” (${from.slice(0, 16).replace('T', ' ')} UTC) is after “Created until” (${until.slice(0, 16).replace('T', ' ')} UTC); no image can match.`
    : undefined;
}
