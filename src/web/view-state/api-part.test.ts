import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewState } from '../testing/view-state-arbitrary';
import { apiPartOf } from './api-part';
import { planImageSources } from './image-sources';
import { parseViewUrl } from './url-codec';

describe('the API part of a view', () => {
  it('ignores sort, columns, search and the open image', () => {
    fc.assert(
      fc.property(viewState, viewState, (a, b) => {
        const mixed = { ...b, regions: a.regions, owners: a.owners, filters: a.filters };
        expect(apiPartOf(mixed)).toBe(apiPartOf(a));
      }),
    );
  });

  it('holds everything the planned requests depend on', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        const fromPart = parseViewUrl(apiPartOf(view)).state;
        expect(planImageSources(fromPart, 'cn-hangzhou')).toEqual(planImageSources(view, 'cn-hangzhou'));
      }),
    );
  });
});
