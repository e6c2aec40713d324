import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, IMAGE_STATUSES, MAX_TAGS } from '../../ecs/describe-images-params';
import { filterValue, tagFilter } from '../../ecs/testing/request-arbitrary';
import { DEFAULT_VISIBLE_COLUMNS, IMAGE_COLUMNS } from '../columns/image-columns';
import { viewState } from './testing/view-state-arbitrary';
import { parseViewQueryString, viewQueryString } from './url-codec';
import {
  addTag,
  effectiveStatuses,
  imageFilterValue,
  ownerChoices,
  effectiveSort,
  removeTag,
  toggleOwnerChoice,
  toggleRegion,
  toggleSort,
  toggleStatus,
  withColumns,
  withImageFilter,
  withoutServerFilters,
  withTags,
  type OwnerChoice,
} from './view-edits';
import { EMPTY_VIEW, type ViewState } from './view-state';

const OWNER_CHOICES: OwnerChoice[] = ['system', 'self', 'shared', 'community', 'marketplace'];

const edit: fc.Arbitrary<(v: ViewState) => ViewState> = fc.oneof(
  fc.constantFrom(...OWNER_CHOICES).map((c) => (v: ViewState) => toggleOwnerChoice(v, c)),
  fc.constantFrom(...IMAGE_STATUSES, 'ALL').map((s) => (v: ViewState) => toggleStatus(v, s)),
  tagFilter.map((t) => (v: ViewState) => {
    const added = addTag(v, t);
    return added.ok ? added.value : v;
  }),
  fc.nat(25).map((i) => (v: ViewState) => removeTag(v, i)),
  fc.array(tagFilter, { maxLength: 25 }).map((tags) => (v: ViewState) => withTags(v, tags)),
  fc
    .constantFrom(...FILTER_KEYS)
    .chain((key) => fc.option(filterValue(key), { nil: undefined }).map((value) => ({ key, value })))
    .map(
      ({ key, value }) =>
        (v: ViewState) =>
          withImageFilter(v, key, value),
    ),
  fc.constant((v: ViewState) => withoutServerFilters(v)),
);

describe('view edits', () => {
  it('keep every view a valid, canonical link', () => {
    fc.assert(
      fc.property(viewState, fc.array(edit, { minLength: 1, maxLength: 6 }), (view, edits) => {
        const edited = edits.reduce((v, e) => e(v), view);
        expect(parseViewQueryString(viewQueryString(edited))).toEqual({ state: edited, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('offers shared and community apart, one at a time, and community sets IsPublic', () => {
    const community = toggleOwnerChoice(toggleOwnerChoice(EMPTY_VIEW, 'shared'), 'community');
    expect(community.owners).toEqual(['others']);
    expect(community.filters.IsPublic).toBe(true);
    expect(ownerChoices(community)).toEqual(['community']);
    const shared = toggleOwnerChoice(community, 'shared');
    expect(shared.filters.IsPublic).toBeUndefined();
    expect(ownerChoices(shared)).toEqual(['shared']);
  });

  it('drops the owner account ID when others is no longer asked for', () => {
    const view: ViewState = { ...EMPTY_VIEW, owners: ['others'], filters: { ImageOwnerId: '123' } };
    expect(toggleOwnerChoice(view, 'shared').filters).toEqual({});
  });

  it('shows the API default status, toggles statuses, and lets ALL stand alone', () => {
    expect(effectiveStatuses(EMPTY_VIEW)).toEqual(['Available']);
    const withDeprecated = toggleStatus(EMPTY_VIEW, 'Deprecated');
    expect(withDeprecated.filters.Status).toEqual(['Available', 'Deprecated']);
    const all = toggleStatus(withDeprecated, 'ALL');
    expect(all.filters.Status).toEqual(['ALL']);
    expect(toggleStatus(all, 'Creating').filters.Status).toEqual(['Creating']);
    expect(toggleStatus(all, 'ALL').filters.Status).toBeUndefined();
    // Unticking the last status falls back to the default rather than asking for nothing.
    expect(toggleStatus(EMPTY_VIEW, 'Available').filters.Status).toBeUndefined();
  });

  it('adds a tag once, and refuses the 21st with a reason', () => {
    const once = addTag(EMPTY_VIEW, { Key: 'env', Value: 'prod' });
    if (!once.ok) throw new Error(once.error);
    expect(once.value.filters.Tag).toEqual([{ Key: 'env', Value: 'prod' }]);
    expect(addTag(once.value, { Key: 'env', Value: 'prod' })).toEqual({
      ok: false,
      error: expect.stringMatching(/already/),
    });
    let view = EMPTY_VIEW;
    for (let i = 0; i < MAX_TAGS; i++) {
      const added = addTag(view, { Key: `k${i}` });
      if (added.ok) view = added.value;
    }
    expect(view.filters.Tag).toHaveLength(MAX_TAGS);
    expect(addTag(view, { Key: 'one-more' })).toEqual({
      ok: false,
      error: expect.stringMatching(/at most 20/),
    });
  });

  it('sets, replaces and removes Filter keys by key', () => {
    let view = withImageFilter(EMPTY_VIEW, 'CreationStartTime', '2024-01-01T00:00Z');
    view = withImageFilter(view, 'NetworkType', 'vpc');
    view = withImageFilter(view, 'CreationStartTime', '2024-02-01T00:00Z');
    expect(view.filters.Filter).toEqual([
      { Key: 'CreationStartTime', Value: '2024-02-01T00:00Z' },
      { Key: 'NetworkType', Value: 'vpc' },
    ]);
    expect(imageFilterValue(view, 'NetworkType')).toBe('vpc');
    view = withImageFilter(withImageFilter(view, 'NetworkType', undefined), 'CreationStartTime', '');
    expect(view.filters.Filter).toBeUndefined();
  });

  it('treats the default column set as no choice at all', () => {
    expect(withColumns(EMPTY_VIEW, [...DEFAULT_VISIBLE_COLUMNS]).columns).toBeNull();
    expect(withColumns(EMPTY_VIEW, ['ImageId', 'ImageId']).columns).toEqual(['ImageId']);
  });

  it('cycles a header click through first direction, flipped, unsorted', () => {
    const sortOf = (v: ViewState) => viewQueryString({ ...EMPTY_VIEW, sort: v.sort });
    const size1 = toggleSort(EMPTY_VIEW, 'Size', false);
    expect(sortOf(size1)).toBe('sort=Size.desc'); // numbers start with the largest
    expect(sortOf(toggleSort(size1, 'Size', false))).toBe('sort=Size');
    expect(toggleSort(toggleSort(size1, 'Size', false), 'Size', false).sort).toEqual([]);
    expect(sortOf(toggleSort(EMPTY_VIEW, 'ImageName', false))).toBe('sort=ImageName'); // text from A
  });

  it('adds a column to the sort with Shift, keeping three keys at most; a plain click sorts by one', () => {
    let view = toggleSort(EMPTY_VIEW, 'Size', true);
    view = toggleSort(view, 'ImageName', true);
    expect(view.sort).toEqual([
      { id: 'Size', desc: true },
      { id: 'ImageName', desc: false },
    ]);
    expect(toggleSort(view, 'ImageName', true).sort).toEqual([
      { id: 'Size', desc: true },
      { id: 'ImageName', desc: true },
    ]);
    expect(toggleSort(view, 'Size', false).sort).toEqual([{ id: 'Size', desc: false }]);
    view = toggleSort(toggleSort(view, 'OSNameEn', true), 'Architecture', true);
    expect(view.sort.map((s) => s.id)).toEqual(['ImageName', 'OSNameEn', 'Architecture']);
  });

  it('never sorts by a column twice, whatever is clicked', () => {
    const click = fc.record({ id: fc.constantFrom(...IMAGE_COLUMNS.map((c) => c.id)), shift: fc.boolean() });
    fc.assert(
      fc.property(fc.array(click, { maxLength: 12 }), (clicks) => {
        const view = clicks.reduce((v, c) => toggleSort(v, c.id, c.shift), EMPTY_VIEW);
        expect(new Set(view.sort.map((s) => s.id)).size).toBe(view.sort.length);
        expect(view.sort.length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('sorts a view of several calls newest first unless the link sorts, and cycles from there', () => {
    const merged: ViewState = { ...EMPTY_VIEW, regions: ['cn-hangzhou', 'cn-shanghai'] };
    const newest = [{ id: 'CreationTime', desc: true }];
    expect(effectiveSort(merged)).toEqual(newest);
    expect(effectiveSort({ ...EMPTY_VIEW, owners: ['system', 'self'] })).toEqual(newest);
    expect(effectiveSort({ ...EMPTY_VIEW, accounts: ['prod', 'staging'] })).toEqual(newest);
    expect(effectiveSort({ ...EMPTY_VIEW, accounts: ['prod'] })).toEqual([]);
    expect(effectiveSort(EMPTY_VIEW)).toEqual([]);
    expect(effectiveSort({ ...merged, sort: [{ id: 'Size', desc: false }] })).toEqual([
      { id: 'Size', desc: false },
    ]);
    // Clicking Created flips the default; clicking it again comes back to it, with no sort in the link.
    const oldest = toggleSort(merged, 'CreationTime', false);
    expect(oldest.sort).toEqual([{ id: 'CreationTime', desc: false }]);
    expect(toggleSort(oldest, 'CreationTime', false).sort).toEqual([]);
    // Shift adds to the sort shown.
    expect(toggleSort(merged, 'Size', true).sort).toEqual([...newest, { id: 'Size', desc: true }]);
  });

  it('ticks regions beside the default region, which counts as chosen', () => {
    const both = toggleRegion(EMPTY_VIEW, 'cn-shanghai', 'cn-hangzhou');
    expect(both.regions).toEqual(['cn-hangzhou', 'cn-shanghai']);
    expect(toggleRegion(both, 'cn-hangzhou', 'cn-hangzhou').regions).toEqual(['cn-shanghai']);
    // Unticking the only region there is returns to the default.
    expect(
      toggleRegion({ ...EMPTY_VIEW, regions: ['cn-beijing'] }, 'cn-beijing', 'cn-hangzhou').regions,
    ).toEqual([]);
    expect(toggleRegion(EMPTY_VIEW, 'cn-hangzhou', 'cn-hangzhou').regions).toEqual([]);
  });

  it('clears shared filters but keeps the community owner choice', () => {
    const view = toggleOwnerChoice({ ...EMPTY_VIEW, filters: { OSType: 'linux' } }, 'community');
    expect(withoutServerFilters(view).filters).toEqual({ IsPublic: true });
  });
});
