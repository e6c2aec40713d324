// Facets: the rows shown, counted by owner, status, OS type, platform, architecture, region and
// family as small bar charts, and what the custom images weigh. A bar filters: through the API
// where DescribeImages has the parameter, else over the loaded rows (facet-filters.ts), and the
// page says which. Loaded when opened.

import { useMemo, useState } from 'react';
import type { ImageRow } from '../columns/image-row';
import { ownerLabel } from '../columns/owner-label';
import { countFacets, FACET_IDS, type FacetBucket, type FacetId } from '../images/facet-counts';
import { formatCount, plural } from '../ui/format';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';
import { FACET_LABELS, facetFilter } from './facet-filters';

const SHOWN = 5;

function valueText(facet: FacetId, value: string): string {
  if (value === '') return facet === 'family' ? '(no family)' : '(none)';
  if (facet === 'owner') return ownerLabel(value === 'community' ? 'others' : value, value === 'community');
  return value;
}

function Facet(props: {
  facet: FacetId;
  buckets: readonly FacetBucket[];
  total: number;
  onPick: (facet: FacetId, value: string) => void;
}) {
  const { facet, buckets, total, onPick } = props;
  const [all, setAll] = useState(false);
  const shown = all ? buckets : buckets.slice(0, SHOWN);
  const headingId = `facet-${facet}`;
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <h3 id={headingId} className="mb-1 text-xs font-semibold text-zinc-700 dark:text-zinc-300">
        {FACET_LABELS[facet]}
      </h3>
      <ul className="flex flex-col gap-0.5">
        {shown.map((b) => {
          const filter = facetFilter(facet, b.value);
          const text = valueText(facet, b.value);
          return (
            <li key={b.value}>
              <button
                type="button"
                className="group relative flex w-full items-center gap-2 rounded px-1 text-left text-xs hover:bg-zinc-100 dark:hover:bg-zinc-800"
                aria-label={`${FACET_LABELS[facet]} ${text}: ${plural(b.count, 'image')}. ${
                  filter.scope === 'api'
                    ? `Filter through the API (${filter.text})`
                    : `Filter the loaded rows (${filter.text})`
                }`}
                title={filter.scope === 'api' ? `API filter: ${filter.text}` : `Client-side: ${filter.text}`}
                onClick={() => onPick(facet, b.value)}
              >
                <span
                  aria-hidden="true"
                  className="absolute inset-y-0.5 left-0 rounded bg-blue-100 dark:bg-blue-950"
                  style={{ width: `${Math.max(2, (b.count / total) * 100)}%` }}
                />
                <span className="relative min-w-0 flex-1 truncate">{text}</span>
                <span className="relative text-zinc-600 tabular-nums dark:text-zinc-400">
                  {formatCount(b.count)}
                </span>
                <span
                  aria-hidden="true"
                  className={`relative text-[10px] font-medium ${filter.scope === 'api' ? 'text-blue-700 dark:text-blue-300' : 'text-violet-700 dark:text-violet-300'}`}
                >
                  {filter.scope === 'api' ? 'API' : 'client'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {buckets.length > SHOWN && (
        <button
          type="button"
          className="mt-0.5 px-1 text-xs text-blue-700 underline dark:text-blue-300"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
        >
          {all ? 'Fewer' : `All ${buckets.length}`}
        </button>
      )}
    </section>
  );
}

export default function FacetsPanel(props: {
  rows: readonly ImageRow[];
  view: ViewState;
  navigate: Navigate;
}) {
  const { rows, view, navigate } = props;
  const counts = useMemo(() => countFacets(rows), [rows]);
  const [said, setSaid] = useState('');
  const pick = (facet: FacetId, value: string) => {
    const filter = facetFilter(facet, value);
    navigate(filter.apply(view));
    setSaid(
      filter.scope === 'api'
        ? `Filtered through the API: ${filter.text}. The images are loaded again.`
        : `Filtered the loaded rows (client-side): ${filter.text}. DescribeImages has no parameter for it.`,
    );
  };
  return (
    <div className="flex flex-col gap-2">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {plural(counts.rows, 'image')} shown · custom images: {plural(counts.custom.count, 'image')},{' '}
        {formatCount(counts.custom.sizeGiB)} GiB in total. Bars marked API filter through DescribeImages; bars
        marked client filter the loaded rows.
      </p>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-x-4 gap-y-2">
        {FACET_IDS.map((facet) => (
          <Facet key={facet} facet={facet} buckets={counts.facets[facet]} total={counts.rows} onPick={pick} />
        ))}
      </div>
      <p role="status" className="min-h-4 text-xs text-zinc-700 dark:text-zinc-300">
        {said}
      </p>
    </div>
  );
}
