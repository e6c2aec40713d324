// The loaded rows' families and the family view's lines (columns/image-families.ts), loaded on
// demand: they are needed once no more rows are on their way (the newer-version badges) or in the
// family view, never for the first rows, so their code stays out of the first download.

import { useEffect, useMemo, useState } from 'react';
import type { FamilyIndex, FamilyView } from '../columns/image-families';
import type { ImageRow } from '../columns/image-row';

type FamiliesModule = typeof import('../columns/image-families');
/** Kept once loaded, so a later mount computes at once instead of waiting a render. */
let loadedModule: FamiliesModule | undefined;

export interface Families {
  /** The loaded rows' families; undefined while rows are on their way, unless the family view needs them. */
  families: FamilyIndex | undefined;
  /** The family view's lines; undefined outside it. */
  familyView: FamilyView | undefined;
}

export function useFamilies(
  loaded: readonly ImageRow[],
  shown: readonly ImageRow[],
  options: { settled: boolean; grouped: boolean; expanded: ReadonlySet<string> },
): Families {
  const { settled, grouped, expanded } = options;
  const wanted = settled || grouped;
  const [module, setModule] = useState(loadedModule);
  useEffect(() => {
    if (!wanted || module) return;
    let current = true;
    void import('../columns/image-families').then((m) => {
      loadedModule = m;
      if (current) setModule(m);
    });
    return () => {
      current = false;
    };
  }, [wanted, module]);
  const families = useMemo(
    () => (wanted && module ? module.indexFamilies(loaded) : undefined),
    [wanted, module, loaded],
  );
  const familyView = useMemo(
    () => (grouped && families && module ? module.familyViewRows(shown, families, expanded) : undefined),
    [grouped, families, module, shown, expanded],
  );
  return { families, familyView };
}
