import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenFilters, flattenTags, groupRepeated, parseRepeatedName } from './repeated-params';
import { imageFilter, tagFilter } from './testing/request-arbitrary';

const unflattenTags = (entries: ReturnType<typeof flattenTags>) =>
  groupRepeated(entries).Tag.map((p) =>
    p.value ? { Key: p.key!.value, Value: p.value.value } : { Key: p.key!.value },
  );
const unflattenFilters = (entries: ReturnType<typeof flattenFilters>) =>
  groupRepeated(entries).Filter.map((p) => ({ Key: p.key!.value, Value: p.value!.value }));

describe('Tag.N and Filter.N flattening', () => {
  it('numbers pairs from 1 and leaves out a missing tag value', () => {
    expect(flattenTags([{ Key: 'env', Value: 'prod' }, { Key: 'team' }])).toEqual([
      ['Tag.1.Key', 'env'],
      ['Tag.1.Value', 'prod'],
      ['Tag.2.Key', 'team'],
    ]);
  });

  it('unflatten ∘ flatten is the identity for tags and filters', () => {
    fc.assert(
      fc.property(fc.array(tagFilter, { maxLength: 20 }), (tags) => {
        expect(unflattenTags(flattenTags(tags))).toEqual(tags);
      }),
    );
    fc.assert(
      fc.property(fc.array(imageFilter, { maxLength: 20 }), (filters) => {
        expect(unflattenFilters(flattenFilters(filters))).toEqual(filters);
      }),
    );
  });

  it('groups by N in numeric order whatever the entry order', () => {
    fc.assert(
      fc.property(fc.array(tagFilter, { minLength: 1, maxLength: 20 }), (tags) => {
        const shuffled = [...flattenTags(tags)].reverse();
        expect(unflattenTags(shuffled)).toEqual(tags);
      }),
    );
  });

  it('recognises the lower-case aliases for tags only', () => {
    expect(parseRepeatedName('Tag.3.key')).toEqual({ prefix: 'Tag', index: 3, field: 'Key' });
    expect(parseRepeatedName('Filter.1.key')).toBeUndefined();
    expect(parseRepeatedName('Tag.0.Key')).toBeUndefined();
    expect(parseRepeatedName('Tag.1.Colour')).toBeUndefined();
  });
});
