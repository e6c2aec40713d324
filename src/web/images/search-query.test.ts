import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_UNITS,
  COMPARISONS,
  parseSearchQuery,
  printSearchQuery,
  TEXT_FIELDS,
  withoutGroup,
  type SearchClause,
  type SearchTerm,
} from './search-query';

const clauses = (q: string) => parseSearchQuery(q).groups;
const problems = (q: string) => parseSearchQuery(q).problems;

describe('the search language', () => {
  it('reads plain words, phrases and negation', () => {
    expect(clauses('ubuntu 22.04')).toEqual([
      [{ negated: false, term: { kind: 'text', text: 'ubuntu' } }],
      [{ negated: false, term: { kind: 'text', text: '22.04' } }],
    ]);
    expect(clauses('"Ubuntu 22.04" -arm64')).toEqual([
      [{ negated: false, term: { kind: 'text', text: 'Ubuntu 22.04' } }],
      [{ negated: true, term: { kind: 'text', text: 'arm64' } }],
    ]);
  });

  it('reads fields, tags and comparisons', () => {
    expect(clauses('arch:arm64 ARCH=x86_64 family:"" tag:env=prod tag:team')).toEqual([
      [{ negated: false, term: { kind: 'field', field: 'arch', exact: false, value: 'arm64' } }],
      [{ negated: false, term: { kind: 'field', field: 'arch', exact: true, value: 'x86_64' } }],
      [{ negated: false, term: { kind: 'field', field: 'family', exact: false, value: '' } }],
      [{ negated: false, term: { kind: 'tag', key: 'env', value: 'prod' } }],
      [{ negated: false, term: { kind: 'tag', key: 'team', value: undefined } }],
    ]);
    expect(
      clauses('size>100 size<=40 created<2024-06-01 created>=2024-06-01T08:30 age<30d').map(
        (g) => g[0]!.term,
      ),
    ).toEqual([
      { kind: 'size', op: '>', value: 100 },
      { kind: 'size', op: '<=', value: 40 },
      { kind: 'created', op: '<', date: '2024-06-01' },
      { kind: 'created', op: '>=', date: '2024-06-01T08:30' },
      { kind: 'age', op: '<', amount: 30, unit: 'd' },
    ]);
    expect(clauses('name:"Ubuntu 22.04"')[0]![0]!.term).toEqual({
      kind: 'field',
      field: 'name',
      exact: false,
      value: 'Ubuntu 22.04',
    });
  });

  it('keeps words that only look like fields as words: family names, tag text', () => {
    expect(clauses('acs:ubuntu_22_04_x64 env=prod').map((g) => g[0]!.term)).toEqual([
      { kind: 'text', text: 'acs:ubuntu_22_04_x64' },
      { kind: 'text', text: 'env=prod' },
    ]);
  });

  it('binds OR tighter than the implicit AND', () => {
    expect(printSearchQuery(parseSearchQuery('ubuntu OR debian arch:arm64'))).toBe(
      'ubuntu OR debian arch:arm64',
    );
    expect(clauses('ubuntu OR debian arch:arm64').map((g) => g.length)).toEqual([2, 1]);
    // Lower-case "or" is a word.
    expect(clauses('ubuntu or debian')).toHaveLength(3);
  });

  it('names each term it cannot use, and applies the rest', () => {
    const { groups, problems: found } = parseSearchQuery('size>big ubuntu created<tomorrow age<30 arch>1 OR');
    expect(printSearchQuery({ groups })).toBe('ubuntu');
    expect(found).toEqual([
      { term: 'size>big', message: expect.stringMatching(/size needs a number of GiB, as in size>=40/) },
      { term: 'created<tomorrow', message: expect.stringMatching(/created needs a date in UTC/) },
      { term: 'age<30', message: expect.stringMatching(/age needs a number and a unit/) },
      { term: 'arch>1', message: expect.stringMatching(/arch takes : \(contains\) or = \(is\)/) },
      { term: 'OR', message: expect.stringMatching(/OR needs a term on each side/) },
    ]);
    expect(problems('created=2024-02-30')[0]!.message).toMatch(/not “2024-02-30”/);
    expect(problems('"unclosed phrase')[0]!.message).toMatch(/quote that is not closed/);
    expect(problems('arch:')[0]!.message).toMatch(/arch: needs a value; arch:"" finds images without one/);
    expect(problems('tag:=x')[0]!.message).toMatch(/tag: needs a key/);
  });

  it('removes one group, leaving the rest as written', () => {
    const query = parseSearchQuery('ubuntu OR debian -arch:arm64 "a b"');
    expect(withoutGroup(query, 0)).toBe('-arch:arm64 "a b"');
    expect(withoutGroup(query, 1)).toBe('ubuntu OR debian "a b"');
  });
});

// Values the language can carry: no quotes, and no `=` in a tag key.
const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('"'));
const value = fc.string({ maxLength: 12 }).filter((s) => !s.includes('"'));
const date = fc
  .record({
    day: fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:00Z'),
      noInvalidDate: true,
    }),
    minute: fc.boolean(),
  })
  .map(({ day, minute }) => day.toISOString().slice(0, minute ? 16 : 10));

const term: fc.Arbitrary<SearchTerm> = fc.oneof(
  word.map((text) => ({ kind: 'text' as const, text })),
  fc.record({
    kind: fc.constant('field' as const),
    field: fc.constantFrom(...TEXT_FIELDS),
    exact: fc.boolean(),
    value,
  }),
  fc.record({
    kind: fc.constant('tag' as const),
    key: word.filter((k) => !k.includes('=')),
    value: fc.option(value, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('size' as const),
    op: fc.constantFrom(...COMPARISONS),
    value: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0.5, max: 1e6, noNaN: true })),
  }),
  fc.record({ kind: fc.constant('created' as const), op: fc.constantFrom(...COMPARISONS), date }),
  fc.record({
    kind: fc.constant('age' as const),
    op: fc.constantFrom('<', '<=', '>', '>=') as fc.Arbitrary<'<' | '<=' | '>' | '>='>,
    amount: fc.integer({ min: 0, max: 10_000 }),
    unit: fc.constantFrom(...AGE_UNITS),
  }),
);
const clause: fc.Arbitrary<SearchClause> = fc.record({ negated: fc.boolean(), term });
const groups = fc.array(fc.array(clause, { minLength: 1, maxLength: 3 }), { maxLength: 5 });

// Text made of the language's own pieces, so random input hits its corners often.
const queryText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '"',
        '-',
        'OR',
        ':',
        '=',
        '<',
        '>=',
        'size',
        'age',
        'tag',
        'arch',
        'created',
        '30d',
        '2024-06-01',
        'x',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

describe('the search language, for any input', () => {
  it('reads back what it prints', () => {
    fc.assert(
      fc.property(groups, (g) => {
        const printed = printSearchQuery({ groups: g });
        expect(parseSearchQuery(printed)).toEqual({ groups: g, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and what it kept prints and reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(queryText, fc.string({ maxLength: 40 })), (text) => {
        const parsed = parseSearchQuery(text);
        expect(parseSearchQuery(printSearchQuery(parsed)).groups).toEqual(parsed.groups);
        for (const problem of parsed.problems) expect(problem.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000 },
    );
  });
});
