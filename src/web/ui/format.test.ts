import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatUtc, parsePercent, plural } from './format';

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
