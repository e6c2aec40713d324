// The words beside the progress bar: how far loading got, from the per-request states.

import { formatCount, plural } from '../ui/format';

export type SourceState = 'pending' | 'loading' | 'done' | 'error';

export function progressText(states: readonly SourceState[], loaded: number, totalCount: number): string {
  const finished = !states.some((s) => s === 'pending' || s === 'loading');
  const failed = states.includes('error');
  if (finished && !failed)
    return `${plural(loaded, 'image')}${states.length > 1 ? ` from ${plural(states.length, 'request')}` : ''}`;
  if (finished && loaded === 0) return 'Nothing loaded';
  if (loaded === 0 && states.includes('pending')) return 'Loading the first page…';
  return `Loaded ${formatCount(loaded)} of ${formatCount(Math.max(totalCount, loaded))}`;
}
