// The search language (search-query.ts, search-rows.ts) is not on the first screen until someone
// searches: it loads on first use — a link with `q`, focus in the search field — or ahead, once the
// rows are in (app/lazy-panels.ts), so typing never waits for it.

import { useEffect, useState } from 'react';
import type { parseSearchQuery, printGroup, withoutGroup } from './search-query';
import type { searchRows } from './search-rows';

export interface SearchLanguage {
  parse: typeof parseSearchQuery;
  printGroup: typeof printGroup;
  withoutGroup: typeof withoutGroup;
  search: typeof searchRows;
}

let language: SearchLanguage | undefined;
let loading: Promise<SearchLanguage> | undefined;

export function loadSearchLanguage(): Promise<SearchLanguage> {
  loading ??= Promise.all([import('./search-query'), import('./search-rows')]).then(
    ([query, rows]) =>
      (language = {
        parse: query.parseSearchQuery,
        printGroup: query.printGroup,
        withoutGroup: query.withoutGroup,
        search: rows.searchRows,
      }),
  );
  return loading;
}

/** The search language once loaded; asks for it when `needed`. */
export function useSearchLanguage(needed: boolean): SearchLanguage | undefined {
  const [loaded, setLoaded] = useState(language);
  useEffect(() => {
    if (needed && !loaded) void loadSearchLanguage().then(setLoaded);
  }, [needed, loaded]);
  return loaded ?? language;
}
