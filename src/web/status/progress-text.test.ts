import { describe, expect, it } from 'vitest';
import { progressText } from './progress-text';

describe('progress text', () => {
  it('counts what is loaded against what the filters match while pages arrive', () => {
    expect(progressText(['pending'], 0, 0)).toBe('Loading the first page…');
    expect(progressText(['loading', 'pending'], 1200, 4812)).toBe('Loaded 1,200 of 4,812');
  });

  it('gives the total once every request is done', () => {
    expect(progressText(['done'], 202, 202)).toBe('202 images');
    // The same image from two owner calls counts once, so fewer rows than TotalCount is still done.
    expect(progressText(['done', 'done'], 300, 310)).toBe('300 images from 2 requests');
  });

  it('keeps the shortfall visible when a request stopped with an error', () => {
    expect(progressText(['error'], 200, 254)).toBe('Loaded 200 of 254');
    expect(progressText(['error', 'error'], 0, 0)).toBe('Nothing loaded');
  });
});
