import { describe, expect, it } from 'vitest';
import { parseViewQueryString } from '../view-state/url-codec';
import { emptyHints } from './empty-hints';

const hintsFor = (query: string) => {
  const view = parseViewQueryString(query).state;
  return emptyHints(view).map((h) => ({ id: h.id, after: h.apply(view) }));
};

describe('hints for an empty result', () => {
  it('points at the defaults that hide images, and each hint lifts its default', () => {
    const hints = hintsFor('');
    expect(hints.map((h) => h.id)).toEqual(['status', 'status-all', 'marketplace']);
    expect(hints[0]!.after.filters.Status).toEqual(['Available', 'Deprecated']);
    expect(hints[1]!.after.filters.Status).toEqual(['ALL']);
    expect(hints[2]!.after.owners).toEqual(['system', 'self', 'others', 'marketplace']);
  });

  it('offers to clear the quick search and the filters that are on', () => {
    const hints = hintsFor('Status=ALL&ImageOwnerAlias=self&OSType=linux&ImageName=web&q=zzz');
    expect(hints.map((h) => h.id)).toEqual(['q', 'filters']);
    expect(hints[0]!.after.q).toBe('');
    expect(hints[1]!.after.filters).toEqual({});
  });

  it('suggests community images to someone looking at shared ones', () => {
    const hints = hintsFor('Status=ALL&ImageOwnerAlias=others');
    expect(hints.map((h) => h.id)).toEqual(['community']);
    expect(hints[0]!.after.filters.IsPublic).toBe(true);
  });
});
