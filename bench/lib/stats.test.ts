import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from './stats';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(median([])).toBeNaN();
  });

  it('is a value of the sample, between its minimum and maximum, and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }),
        fc.integer({ min: 0, max: 99 }),
        (values, p) => {
          const value = percentile(values, p);
          expect(values).toContain(value);
          expect(percentile(values, p + 1)).toBeGreaterThanOrEqual(value);
        },
      ),
    );
  });
});

describe('frameStats', () => {
  it('summarises 60 Hz frames with one long one', () => {
    const stats = frameStats([...Array(59).fill(16.7), 50]);
    expect(stats.frames).toBe(60);
    expect(stats.p50).toBe(16.7);
    expect(stats.max).toBe(50);
    expect(stats.slowFrames).toBe(1);
    expect(stats.fps).toBeCloseTo(57.95, 1); // 60 frames in 1,035.3 ms
  });
});
