// The words for what the proxy is doing for a source (images/proxy-activity.ts): short enough to
// sit beside the progress, and only what the proxy reported.

import type { SourceActivity } from '../images/proxy-activity';

/** "throttled by the service, slowing down · retrying 2/3 after ServiceUnavailable · 2 waiting for a place" */
export function activityText(activity: SourceActivity): string {
  const parts: string[] = [];
  if (activity.slowed) parts.push('throttled by the service, slowing down');
  const { retrying, waiting } = activity;
  if (retrying)
    parts.push(
      `retrying ${retrying.attempt}/${retrying.maxAttempts}${retrying.lastFailure ? ` after ${retrying.lastFailure}` : ''}`,
    );
  if (waiting > 0) parts.push(waiting === 1 ? 'waiting for a place' : `${waiting} waiting for a place`);
  return parts.join(' · ');
}

/** The summary line's share, the one thing that matters most: slowing down, else a retry, else the wait. */
export function activitySummary({ slowed, retrying, waiting }: SourceActivity): string {
  if (slowed) return 'throttled by the service, slowing down';
  if (retrying) return `retrying ${retrying.attempt}/${retrying.maxAttempts}`;
  return waiting > 0 ? 'waiting for a place' : '';
}
