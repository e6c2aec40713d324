// The words beside the progress bar: how far loading got, counted in images and in calls (one call
// is one page), with what failed, what was chosen or stopped, and what the proxy is doing.

import type { LoadPlan } from '../images/load-plan';
import type { SourceStatus } from '../images/use-image-catalog';
import { formatCount, plural } from '../ui/format';

export interface ProgressInput {
  /** Rows loaded, each image once. */
  loaded: number;
  sources: readonly Pick<SourceStatus, 'state' | 'total' | 'calls'>[];
  plan: Pick<LoadPlan, 'decision' | 'planned' | 'all'>;
  /** What the proxy is doing, in words (activity-text.ts); empty when nothing is said. */
  activity?: string;
}

/** The images and calls behind the text. */
export function progressFigures({ sources }: Pick<ProgressInput, 'sources'>) {
  let total = 0;
  let callsDone = 0;
  let callsPlanned = 0;
  for (const s of sources) {
    total += s.total ?? 0;
    callsDone += s.calls.done;
    callsPlanned += s.calls.planned;
  }
  return {
    total,
    /** Some source's TotalCount is not known (its page 1 failed or is on its way): at least `total`. */
    atLeast: sources.some((s) => s.total === undefined),
    callsDone,
    callsPlanned,
    callsFailed: sources.filter((s) => s.state === 'error').length,
  };
}

export function progressText(input: ProgressInput): string {
  const { loaded, sources, plan, activity = '' } = input;
  const { total, atLeast, callsDone, callsPlanned, callsFailed } = progressFigures(input);
  const states = new Set(sources.map((s) => s.state));
  const busy = states.has('pending') || states.has('loading');
  if (!busy && [...states].every((s) => s === 'done'))
    return `${plural(loaded, 'image')}${callsDone > 1 ? ` from ${plural(callsDone, 'call')}` : ''}`;
  if (loaded === 0 && !states.has('loading') && busy) return 'Loading the first page…';
  const parts = [
    loaded === 0 && !busy
      ? 'Nothing loaded'
      : `Loaded ${formatCount(loaded)} of ${atLeast ? '≥' : ''}${formatCount(Math.max(total, loaded))}`,
  ];
  // A failed source stopped at its first failed call.
  if (callsFailed > 0) parts.push(`${callsFailed} of ${plural(callsPlanned, 'call')} failed`);
  if (states.has('stopped')) parts.push('stopped');
  if (plan.decision === 'ask') parts.push('waiting for your choice');
  else if (plan.planned.calls < plan.all.calls)
    parts.push(`the first ${formatCount(plan.planned.images)}, as chosen`);
  if (busy && activity) parts.push(activity);
  return parts.join(' · ');
}
