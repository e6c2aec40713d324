import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatCount,
  formatDuration,
  formatTime,
  formatUtc,
  parsePercent,
  plural,
} from './format';

describe('formatting', () => {
  it('groups thousands', () => {
    expect(formatCount(4812)).toBe('4,812');
    expect(formatCount(100000)).toBe('100,000');
  });

  it('shows API times in UTC, to the minute', () => {
    expect(formatUtc('2024-08-19T06:07:05Z')).toBe('2024-08-19 06:07 UTC');
    expect(formatUtc('2017-12-05T22:40Z')).toBe('2017-12-05 22:40 UTC');
    expect(formatUtc('')).toBe('');
    expect(formatUtc('yesterday')).toBe('yesterday');
  });

  it('shows API times in another zone with its offset', () => {
    expect(formatTime('2024-08-19T06:07:05Z', 'UTC')).toBe('2024-08-19 06:07 UTC');
    expect(formatTime('2024-08-19T20:07:05Z', 'Asia/Shanghai')).toBe('2024-08-20 04:07 GMT+8');
    expect(formatTime('2024-01-15T12:00:00Z', 'America/New_York')).toBe('2024-01-15 07:00 GMT-5');
    expect(formatTime('yesterday', 'Asia/Shanghai')).toBe('yesterday');
  });

  it('says how long ago a time was', () => {
    const now = Date.parse('2024-08-19T12:00:00Z');
    expect(formatAge('2024-08-19T11:59:30Z', now)).toBe('just now');
    expect(formatAge('2024-08-19T11:15:00Z', now)).toBe('45 minutes ago');
    expect(formatAge('2024-08-19T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatAge('2024-08-16T11:00:00Z', now)).toBe('3 days ago');
    expect(formatAge('2024-05-19T12:00:00Z', now)).toBe('3 months ago');
    expect(formatAge('2021-08-01T12:00:00Z', now)).toBe('3 years ago');
    expect(formatAge('2024-08-19T13:00:00Z', now)).toBe('in 1 hour');
    expect(formatAge('', now)).toBe('');
  });

  it('reads progress percentages as the API sends them', () => {
    expect(parsePercent('45%')).toBe(45);
    expect(parsePercent('100%')).toBe(100);
    expect(parsePercent('')).toBeUndefined();
    expect(parsePercent('n/a')).toBeUndefined();
  });

  it('writes durations and plurals people can read', () => {
    expect(formatDuration(12)).toBe('12 s');
    expect(formatDuration(250)).toBe('4 min 10 s');
    expect(formatDuration(3900)).toBe('1 h 5 min');
    expect(plural(1, 'image')).toBe('1 image');
    expect(plural(1200, 'image')).toBe('1,200 images');
  });
});
