import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAnswerStatus, maskAccessKeyId, parseAnswerStatus } from './proxy-api';

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

describe('the X-Ecs-Proxy-Status header', () => {
  const status = fc.record({
    attempts: fc.integer({ min: 0, max: 10 }),
    queuedMs: fc.integer({ min: 0, max: 600_000 }),
    shared: fc.boolean(),
    pacing: fc.constantFrom('steady' as const, 'slowed' as const),
  });

  it('reads back what the proxy writes', () => {
    fc.assert(
      fc.property(status, (s) => {
        expect(parseAnswerStatus(formatAnswerStatus(s))).toEqual(s);
      }),
    );
    expect(formatAnswerStatus({ attempts: 2, queuedMs: 349.6, shared: true, pacing: 'slowed' })).toBe(
      'attempts=2, queued-ms=350, pacing=slowed, shared',
    );
  });

  it('is ignored when absent or not the proxy’s', () => {
    for (const header of [
      undefined,
      null,
      '',
      'attempts=x, queued-ms=1, pacing=steady',
      'attempts=1, pacing=fast',
    ])
      expect(parseAnswerStatus(header), String(header)).toBeUndefined();
  });
});
