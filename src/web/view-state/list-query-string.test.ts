import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewState } from './testing/view-state-arbitrary';
import { listQueryString, parseViewQueryString } from './url-codec';
import { withFilter, withQuery, withSort } from './view-edits';

describe('the list query string of a view', () => {
  it('ignores the column choice and the open image', () => {
    fc.assert(
      fc.property(viewState, viewState, (a, b) => {
        expect(listQueryString({ ...a, columns: b.columns, image: b.image })).toBe(listQueryString(a));
      }),
    );
  });

  it('changes with the filters, the sort and the search', () => {
    const view = parseViewQueryString('RegionId=cn-hangzhou&sort=Size').state;
    const lists = [view, withFilter(view, 'OSType', 'linux'), withSort(view, []), withQuery(view, 'x')];
    expect(new Set(lists.map(listQueryString)).size).toBe(lists.length);
  });
});
