import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, IMAGE_STATUSES, MAX_TAGS } from '../../ecs/describe-images-params';
import { filterValue, tagFilter } from '../../ecs/testing/request-arbitrary';
import { DEFAULT_VISIBLE_COLUMNS } from '../images/image-columns';
import { viewState } from '../testing/view-state-arbitrary';
import { parseViewUrl, serialiseViewUrl } from './url-codec';
import {
  addTag,
  effectiveStatuses,
  imageFilterValue,
  ownerChoices,
  removeTag,
  toggleOwnerChoice,
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
  tagFilter.map((t) => (v: ViewState) => addTag(v, t).view),
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
        expect(parseViewUrl(serialiseViewUrl(edited))).toEqual({ state: edited, ignored: [] });
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
    expect(once.added).toBe(true);
    const twice = addTag(once.view, { Key: 'env', Value: 'prod' });
    expect(twice).toMatchObject({ added: false, reason: expect.stringMatching(/already/) });
    let view = EMPTY_VIEW;
    for (let i = 0; i < MAX_TAGS; i++) view = addTag(view, { Key: `k${i}` }).view;
    const full = addTag(view, { Key: 'one-more' });
    expect(full.added).toBe(false);
    expect(full.reason).toMatch(/at most 20/);
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
    expect(withColumns(EMPTY_VIEW, [...DEFAULT_VISIBLE_COLUMNS], DEFAULT_VISIBLE_COLUMNS).columns).toBeNull();
    expect(withColumns(EMPTY_VIEW, ['ImageId', 'ImageId'], DEFAULT_VISIBLE_COLUMNS).columns).toEqual([
      'ImageId',
    ]);
  });

  it('clears shared filters but keeps the community owner choice', () => {
    const view = toggleOwnerChoice({ ...EMPTY_VIEW, filters: { OSType: 'linux' } }, 'community');
    expect(withoutServerFilters(view).filters).toEqual({ IsPublic: true });
  });
});
