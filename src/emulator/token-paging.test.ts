import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeNextToken,
  encodeNextToken,
  pageFor,
  queryFingerprint,
  type PagingRequest,
} from './token-paging';

const fingerprint = queryFingerprint('DescribeInstances|1|RegionId=cn-hangzhou');

/** Follows NextToken from a first MaxResults page to the last, as a client would. */
function walk(total: number, maxResults: number): { ids: number[]; calls: number } {
  const ids: number[] = [];
  let request: PagingRequest = { MaxResults: maxResults };
  for (let calls = 1; ; calls++) {
    const page = pageFor(request, total, 10, fingerprint);
    if (!page.ok) throw new Error(page.error.code);
    for (let i = page.value.start; i < Math.min(total, page.value.start + page.value.size); i++) ids.push(i);
    if (page.value.nextToken === '') return { ids, calls };
    request = { MaxResults: maxResults, NextToken: page.value.nextToken };
  }
}

describe('NextToken', () => {
  it('looks like the service’s (32 hex digits) and reads back its offset for the same query', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.string(), (offset, query) => {
        const print = queryFingerprint(query);
        const token = encodeNextToken(offset, print);
        expect(token).toMatch(/^[0-9a-f]{32}$/);
        expect(decodeNextToken(token, print)).toEqual({ ok: true, value: offset });
      }),
    );
  });

  it('is refused for another query, when altered, or when it was never issued', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.string(), fc.string(), (offset, a, b) => {
        fc.pre(a !== b);
        const token = encodeNextToken(offset, queryFingerprint(a));
        expect(decodeNextToken(token, queryFingerprint(b))).toMatchObject({
          ok: false,
          error: { code: 'InvalidParameter.NextToken', status: 400 },
        });
      }),
    );
    const token = encodeNextToken(20, fingerprint);
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 31 }), fc.constantFrom(...'0123456789abcdef'), (at, digit) => {
        fc.pre(token[at] !== digit);
        const altered = token.slice(0, at) + digit + token.slice(at + 1);
        expect(decodeNextToken(altered, fingerprint).ok).toBe(false);
      }),
    );
    for (const text of ['', 'caeba0bbb2be03f84eb48b699f0a4883', token.toUpperCase(), `${token}0`])
      expect(decodeNextToken(text, fingerprint).ok, text).toBe(false);
  });
});

describe('pageFor', () => {
  it('following tokens visits every entry once, in order, in ⌈total / MaxResults⌉ calls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 100 }), (total, max) => {
        const { ids, calls } = walk(total, max);
        expect(ids).toEqual(Array.from({ length: total }, (_, i) => i));
        expect(calls).toBe(Math.max(1, Math.ceil(total / max)));
      }),
    );
  });

  it('pages by number as before, with the token of the next page alongside', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 20 }),
        (total, size, number) => {
          const page = pageFor({ PageNumber: number, PageSize: size }, total, 10, fingerprint);
          if (!page.ok) throw new Error('unexpected error');
          expect(page.value).toMatchObject({
            start: (number - 1) * size,
            size,
            pageNumber: number,
            pageSize: size,
          });
          const more = number * size < total;
          expect(page.value.nextToken !== '').toBe(more);
          if (more)
            expect(decodeNextToken(page.value.nextToken, fingerprint)).toEqual({
              ok: true,
              value: number * size,
            });
        },
      ),
    );
  });

  it('ignores the page parameters once MaxResults or NextToken is given, and defaults MaxResults', () => {
    const page = pageFor(
      { PageNumber: 3, PageSize: 50, NextToken: encodeNextToken(40, fingerprint) },
      100,
      10,
      fingerprint,
    );
    expect(page).toMatchObject({ ok: true, value: { start: 40, size: 10, pageNumber: 5 } });
    expect(pageFor({ PageNumber: 3, MaxResults: 20 }, 100, 10, fingerprint)).toMatchObject({
      value: { start: 0, size: 20 },
    });
  });
});
