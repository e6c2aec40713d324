// Which filter control an API error is about, so the control can be marked (aria-invalid) with a
// message naming what was wrong. Controls are identified by the parameter they set: a scalar's
// name (`InstanceType`), `Tag.N` for one tag row, `Filter.<Key>` for one Filter key.

import {
  FILTER_KEYS,
  SCALAR_PARAM_NAMES,
  scalarParam,
  type FilterKey,
  type ScalarParamName,
} from '../../ecs/describe-images-params';
import { parseRepeatedName } from '../../ecs/repeated-params';
import type { SourceStatus } from '../images/use-image-catalog';
import { tagText } from '../view-state/view-edits';
import type { SharedFilterName, ViewState } from '../view-state/view-state';
import { FILTER_KEY_LABELS } from './filter-labels';

/** What the dashboard knows of a failed request: the service's code and message, and its parameter. */
export interface RequestProblem {
  code: string;
  message: string;
  parameter: string | undefined;
}

/** The problems of the sources that failed. */
export function requestProblems(sources: readonly SourceStatus[]): RequestProblem[] {
  return sources.flatMap((s) =>
    s.state === 'error' && s.error
      ? [{ code: s.error.code, message: s.error.body.Message, parameter: s.error.parameter }]
      : [],
  );
}

const TIME_KEYS: readonly FilterKey[] = ['CreationStartTime', 'CreationEndTime'];
const RESIZE_KEYS = FILTER_KEYS.filter((k) => k.includes('Online'));

function filterKeysInView(view: ViewState, candidates: readonly FilterKey[]): string[] {
  const present = (view.filters.Filter ?? []).map((f) => f.Key).filter((k) => candidates.includes(k));
  return (present.length ? [...new Set(present)] : candidates).map((k) => `Filter.${k}`);
}

/** The controls an error concerns; empty when it is about no particular parameter. */
export function controlsOfError(problem: RequestProblem, view: ViewState): string[] {
  const { parameter, code } = problem;
  if (!parameter) return [];
  const repeated = parseRepeatedName(parameter);
  if (repeated?.prefix === 'Tag') return [`Tag.${repeated.index}`];
  if (repeated?.prefix === 'Filter') {
    const key = view.filters.Filter?.[repeated.index - 1]?.Key;
    return key ? [`Filter.${key}`] : ['Filter'];
  }
  if (parameter === 'Filter') {
    // The service names no index for these codes (api-errors.ts PARAMETER_BY_CODE); the code says which kind.
    if (code === 'InvalidFilterKey.NotFound') return filterKeysInView(view, TIME_KEYS);
    if (code === 'InvalidFilterValue.NetworkType') return ['Filter.NetworkType'];
    if (code === 'InvalidFilterValue') return filterKeysInView(view, RESIZE_KEYS);
    return ['Filter'];
  }
  return [parameter];
}

/** A control's name and current value in words, for messages. */
export function describeControl(controlId: string, view: ViewState): { label: string; value?: string } {
  const tag = /^Tag\.(\d+)$/.exec(controlId);
  if (tag) {
    const t = view.filters.Tag?.[Number(tag[1]) - 1];
    return { label: `Tag ${tag[1]}`, value: t ? tagText(t) : undefined };
  }
  if (controlId.startsWith('Filter.')) {
    const key = controlId.slice('Filter.'.length) as FilterKey;
    return {
      label: FILTER_KEY_LABELS[key] ?? 'Filter',
      value: view.filters.Filter?.find((f) => f.Key === key)?.Value,
    };
  }
  if (SCALAR_PARAM_NAMES.has(controlId)) {
    const raw = view.filters[controlId as SharedFilterName];
    const value = raw === undefined ? undefined : Array.isArray(raw) ? raw.join(',') : String(raw);
    return { label: scalarParam(controlId as ScalarParamName).label, value };
  }
  return { label: controlId };
}

/**
 * Error messages per control for a set of failed requests: each names the control, the value the
 * service refused, and the service's own words and code. One message per control, first error wins.
 */
export function controlErrorMessages(
  problems: readonly RequestProblem[],
  view: ViewState,
): Map<string, string> {
  const messages = new Map<string, string>();
  for (const problem of problems) {
    for (const control of controlsOfError(problem, view)) {
      if (messages.has(control)) continue;
      const { label, value } = describeControl(control, view);
      const subject = value === undefined ? label : `${label} “${value}”`;
      messages.set(control, `${subject} was refused: ${problem.message} (${problem.code})`);
    }
  }
  return messages;
}
