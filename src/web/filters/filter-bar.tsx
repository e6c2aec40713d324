import { useMemo, useState, type ReactNode } from 'react';
import { scalarParam } from '../../ecs/describe-images-params';
import type { Navigate } from '../view-state/view-url-store';
import type { ImageRow } from '../columns/image-row';
import type { SessionAccount } from '../../ecs/proxy-api';
import type { RegionOption } from '../images/session-queries';
import { withFilter } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import { AccountPicker } from './account-picker';
import { FamilyField } from './family-field';
import { OwnerPicker } from './owner-picker';
import { RegionPicker } from './region-picker';
import { ScalarFilterField } from './scalar-filter-field';
import { StatusPicker } from './status-picker';

const MAX_SUGGESTIONS = 300;

/** Distinct families among the loaded rows, for the Family field's suggestions. */
function familiesOf(rows: readonly ImageRow[]): string[] {
  const families = new Set<string>();
  for (const row of rows) {
    if (row.image.ImageFamily) families.add(row.image.ImageFamily);
    if (families.size >= MAX_SUGGESTIONS) break;
  }
  return [...families].sort();
}

/**
 * The filters that are always visible (in a drawer on a phone): account (with an accounts file),
 * region, owner, status, family and name.
 */
export function FilterBar(props: {
  view: ViewState;
  navigate: Navigate;
  /** The session's accounts; empty without an accounts file (then no picker). */
  accounts: readonly SessionAccount[];
  regions: readonly RegionOption[];
  defaultRegionId: string;
  errors: ReadonlyMap<string, string>;
  rows: readonly ImageRow[];
  moreButton: ReactNode;
}) {
  const { view, navigate, accounts, regions, defaultRegionId, errors, rows, moreButton } = props;
  // Suggestions are gathered only once someone uses the field: 100k rows are not free to scan.
  const [wantsFamilies, setWantsFamilies] = useState(false);
  const families = useMemo(() => (wantsFamilies ? familiesOf(rows) : []), [wantsFamilies, rows]);

  return (
    <section aria-labelledby="server-filters-heading" className="flex flex-wrap items-start gap-x-3 gap-y-2">
      <h2 id="server-filters-heading" className="sr-only">
        API filters (sent to DescribeImages)
      </h2>
      {accounts.length > 0 && (
        <AccountPicker view={view} navigate={navigate} accounts={accounts} error={errors.get('account')} />
      )}
      <RegionPicker
        view={view}
        navigate={navigate}
        regions={regions}
        defaultRegionId={defaultRegionId}
        error={errors.get('RegionId')}
      />
      <OwnerPicker
        view={view}
        navigate={navigate}
        error={errors.get('ImageOwnerAlias') ?? errors.get('IsPublic')}
      />
      <StatusPicker view={view} navigate={navigate} error={errors.get('Status')} />
      <FamilyField
        className="w-56"
        value={view.filters.ImageFamily}
        onApply={(family) => navigate(withFilter(view, 'ImageFamily', family))}
        loadedFamilies={families}
        onFirstUse={() => setWantsFamilies(true)}
        serviceError={errors.get('ImageFamily')}
      />
      <ScalarFilterField
        className="w-48"
        spec={scalarParam('ImageName')}
        value={view.filters.ImageName}
        onChange={(v) => navigate(withFilter(view, 'ImageName', v as string | undefined))}
        serviceError={errors.get('ImageName')}
        placeholder="ubuntu"
      />
      <div className="pt-4">{moreButton}</div>
    </section>
  );
}
