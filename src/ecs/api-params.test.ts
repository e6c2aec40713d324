import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiErrors } from './api-errors';
import {
  expectationOf,
  isCleanText,
  paramText,
  parseParam,
  RESOURCE_ID_PATTERN,
  type ParamSpec,
} from './api-params';

const ids: ParamSpec = {
  name: 'InstanceIds',
  kind: 'json-array',
  item: RESOURCE_ID_PATTERN,
  maxItems: 100,
  label: 'Instance IDs',
  help: '',
  invalid: () => apiErrors.instanceIdsMalformed(),
};
const resourceId = fc.stringMatching(/^[a-z]-[a-z0-9]{4,20}$/);
const parsed = (spec: ParamSpec, text: string) => {
  const result = parseParam(spec, text);
  return result.ok ? result.value : result.error.code;
};

describe('JSON-array parameters', () => {
  it('read back what they write, for any list of IDs up to the limit, the empty list included', () => {
    fc.assert(
      fc.property(fc.array(resourceId, { maxLength: 100 }), (list) => {
        expect(parsed(ids, paramText(ids, list))).toEqual(list);
      }),
    );
    expect(paramText(ids, ['i-1', 'i-2'])).toBe('["i-1","i-2"]');
    expect(parsed(ids, '[]')).toEqual([]);
    // Spaces as the reference's examples write them.
    expect(parsed(ids, '["i-bp67acfmxazb4p****", "i-bp67acfmxazb4q****"]')).toEqual([
      'i-bp67acfmxazb4p****',
      'i-bp67acfmxazb4q****',
    ]);
  });

  it('refuse anything that is not a JSON array of IDs, and more than the limit, with the action error', () => {
    for (const text of [
      'i-1',
      'i-1,i-2',
      '["i-1"',
      '{"a":"i-1"}',
      '[1,2]',
      '[null]',
      '["i 1"]',
      '[""]',
      '"i-1"',
    ])
      expect(parsed(ids, text), text).toBe('InvalidInstanceIds.Malformed');
    fc.assert(
      fc.property(fc.array(resourceId, { minLength: 101, maxLength: 130 }), (list) => {
        expect(parsed(ids, JSON.stringify(list))).toBe('InvalidInstanceIds.Malformed');
      }),
      { numRuns: 20 },
    );
    // Absent when empty, like every optional parameter.
    expect(parsed(ids, '')).toBeUndefined();
    expect(expectationOf(ids)).toMatch(/JSON array of at most 100 IDs/);
  });

  it('never accept text that does not survive a round trip', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseParam(ids, text);
        if (result.ok && result.value !== undefined)
          expect(parsed(ids, paramText(ids, result.value))).toEqual(result.value);
      }),
    );
  });
});

describe('other parameter kinds', () => {
  const maxResults: ParamSpec = {
    name: 'MaxResults',
    kind: 'integer',
    min: 10,
    max: 100,
    clamp: true,
    label: '',
    help: '',
    invalid: () => apiErrors.maxResults(),
  };
  const language: ParamSpec = {
    name: 'AcceptLanguage',
    kind: 'enum',
    values: ['zh-CN', 'en-US'],
    caseInsensitive: true,
    label: '',
    help: '',
    invalid: apiErrors.invalidParameter,
  };

  it('move clamped whole numbers into their range and refuse what is not a whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parsed(maxResults, String(n))).toBe(Math.min(100, Math.max(10, n)));
      }),
    );
    for (const text of ['', '-1', '1.5', 'ten', '1e3'])
      expect(parsed(maxResults, text), text).toBe('InvalidParameter.MaxResults');
  });

  it('read case-insensitive enums as the listed spelling', () => {
    expect(parsed(language, 'EN-us')).toBe('en-US');
    expect(parsed(language, 'zh-CN')).toBe('zh-CN');
    expect(parsed(language, 'klingon')).toBe('InvalidParameter');
  });
});

describe('isCleanText', () => {
  it('agrees with a regular expression over code points: no control characters, no broken surrogates', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) }),
        (text) => {
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          const oracle = !/[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/u.test(text);
          expect(isCleanText(text)).toBe(oracle);
        },
      ),
      { numRuns: 2000 },
    );
    expect(isCleanText('数据 平台 ✓ 😀 a*b~')).toBe(true);
  });
});
