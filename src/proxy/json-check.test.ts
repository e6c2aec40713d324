import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStrictJson } from './json-check';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const parses = (b: Buffer) => {
  try {
    JSON.parse(b.toString('utf8'));
    return true;
  } catch {
    return false;
  }
};

// Texts near JSON: valid documents, and valid documents with a few characters inserted, removed
// or replaced by ones that matter to the grammar.
const jsonText = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
);
const grammarChar = fc.constantFrom(...'{}[]":,\\ \t\n\r-+.eE0123456789tfnulx\u0000\u001f\u00e9'.split(''));
const nearJson = fc.oneof(
  jsonText,
  jsonText.chain((text) =>
    fc
      .tuple(fc.nat(text.length), fc.nat(3), fc.string({ unit: grammarChar, maxLength: 3 }))
      .map(([at, drop, insert]) => text.slice(0, at) + insert + text.slice(at + drop)),
  ),
  fc.string({ unit: grammarChar, maxLength: 12 }),
);

describe('isStrictJson', () => {
  it('agrees with JSON.parse on valid, broken and random texts', () => {
    fc.assert(
      fc.property(nearJson, (text) => {
        expect(isStrictJson(bytes(text)), JSON.stringify(text)).toBe(parses(bytes(text)));
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuses trailing garbage, a second document and every cut-off prefix', () => {
    const page = JSON.stringify({
      RequestId: 'R',
      Images: { Image: [{ ImageId: 'm-1', OSName: '数据 平台 ✓', Size: 40, Tags: { Tag: [] } }] },
      TotalCount: 1,
    });
    expect(isStrictJson(bytes(page))).toBe(true);
    expect(isStrictJson(bytes(` \n${page}\r\n`))).toBe(true);
    for (const tail of ['x', '}', ']', '{}', page, ',', '\u0000'])
      expect(isStrictJson(bytes(page + tail)), tail).toBe(false);
    for (let cut = 0; cut < page.length; cut++)
      expect(isStrictJson(bytes(page).subarray(0, cut))).toBe(false);
  });

  it('follows nesting deeper than its first stack', () => {
    const deep = `${'['.repeat(300)}{"a":${'{"b":'.repeat(100)}1${'}'.repeat(100)}}${']'.repeat(300)}`;
    expect(isStrictJson(bytes(deep))).toBe(true);
    expect(isStrictJson(bytes(deep.slice(0, -1)))).toBe(false);
    expect(isStrictJson(bytes(`${deep}]`))).toBe(false);
  });

  it('refuses an HTML error page and an empty body', () => {
    expect(isStrictJson(bytes('<html><body>502 Bad Gateway</body></html>'))).toBe(false);
    expect(isStrictJson(bytes(''))).toBe(false);
    expect(isStrictJson(bytes('   '))).toBe(false);
  });
});
