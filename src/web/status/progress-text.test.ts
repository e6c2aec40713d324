import { describe, expect, it } from 'vitest';
import { planLoad } from '../images/load-plan';
import type { SourceState } from '../images/use-image-catalog';
import { progressFigures, progressText } from './progress-text';

const source = (state: SourceState, total: number | undefined, done: number, planned = done) => ({
  state,
  total,
  calls: { done, planned },
});
const small = planLoad([300], 'auto');

describe('progress text', () => {
  it('counts what is loaded against what the filters match while pages arrive', () => {
    expect(progressText({ loaded: 0, sources: [source('pending', undefined, 0, 1)], plan: small })).toBe(
      'Loading the first page…',
    );
    expect(
      progressText({
        loaded: 1200,
        sources: [source('loading', 4812, 12, 49), source('pending', undefined, 0, 1)],
        plan: small,
      }),
    ).toBe('Loaded 1,200 of ≥4,812');
  });

  it('gives the total once every call is done, counting calls (pages), not sources', () => {
    expect(progressText({ loaded: 88, sources: [source('done', 88, 1)], plan: small })).toBe('88 images');
    // The same image from two owner calls counts once, so fewer rows than TotalCount is still done.
    expect(
      progressText({ loaded: 300, sources: [source('done', 210, 3), source('done', 100, 1)], plan: small }),
    ).toBe('300 images from 4 calls');
  });

  it('counts failed calls in the totals, and the unknown size of a source that failed at page 1', () => {
    const sources = [source('error', 1_300, 4, 13), source('error', undefined, 0, 1), source('done', 200, 2)];
    expect(progressFigures({ sources })).toEqual({
      total: 1_500,
      atLeast: true,
      callsDone: 6,
      callsPlanned: 16,
      callsFailed: 2,
    });
    expect(progressText({ loaded: 600, sources, plan: small })).toBe(
      'Loaded 600 of ≥1,500 · 2 of 16 calls failed',
    );
    expect(progressText({ loaded: 0, sources: [source('error', undefined, 0, 1)], plan: small })).toBe(
      'Nothing loaded · 1 of 1 call failed',
    );
  });

  it('says when the load is stopped, waits for a choice or holds the first pages only', () => {
    expect(progressText({ loaded: 1_200, sources: [source('stopped', 4_812, 12, 49)], plan: small })).toBe(
      'Loaded 1,200 of 4,812 · stopped',
    );
    expect(
      progressText({
        loaded: 100,
        sources: [source('limited', 90_210, 1)],
        plan: planLoad([90_210], 'auto'),
      }),
    ).toBe('Loaded 100 of 90,210 · waiting for your choice');
    expect(
      progressText({
        loaded: 5_000,
        sources: [source('limited', 90_210, 50)],
        plan: planLoad([90_210], 'first'),
      }),
    ).toBe('Loaded 5,000 of 90,210 · the first 5,000, as chosen');
  });

  it('adds what the proxy is doing while calls are under way', () => {
    expect(
      progressText({
        loaded: 300,
        sources: [source('loading', 900, 3, 9)],
        plan: small,
        activity: 'throttled by the service, slowing down',
      }),
    ).toBe('Loaded 300 of 900 · throttled by the service, slowing down');
  });
});
