import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringPool } from './string-pool';

describe('stringPool', () => {
  it('returns an equal string for any input, within and past its bound', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 50 }),
        fc.integer({ min: 0, max: 10 }),
        (texts, limit) => {
          const pool = stringPool(limit);
          for (const text of texts) expect(pool(text)).toBe(text);
        },
      ),
    );
  });
});
