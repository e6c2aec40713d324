import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAccessKeyId } from './proxy-api';

describe('maskAccessKeyId', () => {
  it('keeps only the first and last four characters of a long ID', () => {
    expect(maskAccessKeyId('LTAI5tAbCdEfGhIjKlMn')).toBe('LTAI************KlMn');
  });

  it('never reveals more than eight characters, and nothing of a short ID', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), (id) => {
        const masked = maskAccessKeyId(id);
        expect(masked).toHaveLength(id.length);
        // Every shown character is the original one at that place, and at most eight are shown.
        expect([...masked].every((c, i) => c === '*' || c === id[i])).toBe(true);
        expect([...masked].filter((c) => c !== '*').length).toBeLessThanOrEqual(8);
        if (id.length <= 8) expect(masked).toBe('*'.repeat(id.length));
      }),
    );
  });
});
