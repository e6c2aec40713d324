import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewState } from '../view-state/testing/view-state-arbitrary';
import { parseViewQueryString, viewQueryString } from '../view-state/url-codec';
import { EMPTY_VIEW } from '../view-state/view-state';
import { loadSearchLanguage } from '../images/search-language';
import { filterChips, isMoreFiltersControl, moreFilterCount } from './filter-chips';

const language = await loadSearchLanguage();
const chipsOf = (query: string) => filterChips(parseViewQueryString(query).state, 'cn-hangzhou', language);

describe('filter chips', () => {
  it('shows the defaults that hide images, and they cannot be removed', () => {
    const chips = chipsOf('');
    expect(chips.map((c) => [c.label, c.value, c.isDefault])).toEqual([
      ['Region', 'cn-hangzhou (default)', true],
      ['Owner', expect.stringMatching(/no marketplace/), true],
      ['Status', 'Available (API default)', true],
    ]);
    expect(chips.every((c) => c.remove === undefined && c.scope === 'server')).toBe(true);
  });

  it('labels server-side API parameters apart from the client-side quick search', () => {
    const chips = chipsOf('RegionId=cn-beijing&OSType=linux&Tag.1.Key=env&Tag.1.Value=prod&q=ubuntu');
    expect(chips.filter((c) => c.scope === 'client').map((c) => c.value)).toEqual(['ubuntu']);
    const server = chips.filter((c) => c.scope === 'server' && !c.isDefault);
    expect(server.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Region: cn-beijing',
      'OS type: linux',
      'Tag: env=prod',
    ]);
    expect(server.map((c) => c.parameter)).toEqual(['RegionId', 'OSType', 'Tag.1.Key']);
  });

  it('shows each term of the search as a chip that removes that term alone', () => {
    const view = parseViewQueryString('q=ubuntu OR debian -arch:arm64 size>40').state;
    const chips = filterChips(view, 'cn-hangzhou', language).filter((c) => c.scope === 'client');
    // Before the search language is in, the search is one chip.
    expect(
      filterChips(view, 'cn-hangzhou', undefined)
        .filter((c) => c.scope === 'client')
        .map((c) => c.value),
    ).toEqual(['ubuntu OR debian -arch:arm64 size>40']);
    expect(chips.map((c) => c.value)).toEqual(['ubuntu OR debian', '-arch:arm64', 'size>40']);
    expect(chips[1]!.remove!(view).q).toBe('ubuntu OR debian size>40');
  });

  it('shows community as an owner, not as a stray IsPublic filter', () => {
    const chips = chipsOf('ImageOwnerAlias=others&IsPublic=true');
    expect(chips.filter((c) => c.label === 'Owner').map((c) => c.value)).toEqual(['Community']);
    expect(chips.some((c) => c.parameter === 'IsPublic')).toBe(false);
  });

  it('removing any chip removes exactly that filter and leaves a valid link', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        const chips = filterChips(view, 'cn-hangzhou', language);
        const ids = new Set(chips.map((c) => c.id));
        expect(ids.size).toBe(chips.length);
        for (const chip of chips) {
          if (!chip.remove) continue;
          const after = chip.remove(view);
          expect(parseViewQueryString(viewQueryString(after)).ignored).toEqual([]);
          expect(viewQueryString(after)).not.toBe(viewQueryString(view));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts the filters behind "More filters"', () => {
    expect(moreFilterCount(EMPTY_VIEW)).toBe(0);
    const { state } = parseViewQueryString(
      'ImageName=x&OSType=linux&Tag.1.Key=a&Tag.2.Key=b&Filter.1.Key=NetworkType&Filter.1.Value=vpc',
    );
    expect(moreFilterCount(state)).toBe(4);
  });

  it('knows which controls are behind "More filters"', () => {
    expect(['InstanceType', 'Tag.2', 'Filter.NetworkType', 'IsPublic'].every(isMoreFiltersControl)).toBe(
      true,
    );
    expect(
      ['RegionId', 'ImageOwnerAlias', 'Status', 'ImageFamily', 'ImageName'].some(isMoreFiltersControl),
    ).toBe(false);
  });
});
