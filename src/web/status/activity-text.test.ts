import { describe, expect, it } from 'vitest';
import { IDLE } from '../images/proxy-activity';
import { activitySummary, activityText } from './activity-text';

const retrying = { attempt: 2, maxAttempts: 3, lastFailure: 'Throttling.User' };

describe('what the proxy is doing, in words', () => {
  it('says each thing the proxy reported, and nothing when it reported nothing', () => {
    expect(activityText(IDLE)).toBe('');
    expect(activityText({ slowed: true, retrying, waiting: 3 })).toBe(
      'throttled by the service, slowing down · retrying 2/3 after Throttling.User · 3 waiting for a place',
    );
    expect(activityText({ slowed: false, retrying: undefined, waiting: 1 })).toBe('waiting for a place');
  });

  it('keeps the summary to what matters most: the slowing down, else a retry, else the wait', () => {
    expect(activitySummary({ slowed: true, retrying, waiting: 3 })).toBe(
      'throttled by the service, slowing down',
    );
    expect(activitySummary({ slowed: false, retrying, waiting: 3 })).toBe('retrying 2/3');
    expect(activitySummary({ slowed: false, retrying: undefined, waiting: 2 })).toBe('waiting for a place');
    expect(activitySummary(IDLE)).toBe('');
  });
});
