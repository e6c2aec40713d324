import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLogText } from './log-text';

describe('escapeLogText', () => {
  it('keeps ordinary text as it is', () => {
    for (const text of ['Throttling.User', 'InvalidParameter', '数据 平台 ✓', 'a b*c~(x)'])
      expect(escapeLogText(text)).toBe(text);
  });

  it('shows line breaks and control characters as escapes, so no line can be forged', () => {
    expect(escapeLogText('Bad\nGET /api/session 200 1ms')).toBe('Bad\\u000aGET /api/session 200 1ms');
    expect(escapeLogText('a\r\u0000\u001b[31m\u2028b\\n')).toBe('a\\u000d\\u0000\\u001b[31m\\u2028b\\\\n');
  });

  it('never lets a line break or control character through, and caps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const escaped = escapeLogText(text);
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(escaped.length).toBeLessThanOrEqual(200 * 6 + 1);
      }),
    );
  });
});
