// The audited images, one row each: age, snapshots, estimated cost, instances (a link to the list
// in the image's audit detail), whom it is shared with, status and the verdict with its reasons.
// Virtualized (TanStack Virtual): an account may have thousands of images. Which rows are on screen
// is reported, so their per-image details are asked for first.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type MouseEvent } from 'react';
import { StatusBadge } from '../columns/cell-parts';
import { linkClass } from '../ui/button';
import { formatCount } from '../ui/format';
import { viewQueryString } from '../view-state/url-codec';
import { withImage } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import { formatGiB, formatMoney, KEEP_LABELS, REASON_LABELS, UNKNOWN } from './audit-format';
import type { AuditRow } from './audit-report';
import type { AuditSettings } from './audit-settings';
import { keepText, reasonText } from './cleanup-commands';

const ROW_HEIGHT = 44;

/** Where a row's detail opens: at its title, or at the instances that run it. */
export type AuditSectionId = 'audit-detail-title' | 'audit-instances';

const TH = 'px-2 py-1.5 text-left text-xs font-semibold whitespace-nowrap text-zinc-700 dark:text-zinc-200';
const TD = 'px-2 align-middle whitespace-nowrap';
const NUM = `${TD} text-right tabular-nums`;

export function Verdict({ row }: { row: AuditRow }) {
  switch (row.verdict) {
    case 'candidate':
      return (
        <span
          className="tone-amber inline-flex rounded px-1.5 py-0.5 text-xs font-medium"
          title={row.reasons.map(reasonText).join('; ')}
        >
          Candidate: {row.reasons.map((r) => REASON_LABELS[r]).join(', ')}
        </span>
      );
    case 'kept':
      return (
        <span
          className="tone-green inline-flex rounded px-1.5 py-0.5 text-xs font-medium"
          title={row.kept.map(keepText).join('; ')}
        >
          Kept: {row.kept.map((r) => KEEP_LABELS[r]).join(', ')}
        </span>
      );
    case 'pending':
      return <span className="text-xs text-zinc-600 dark:text-zinc-400">Waiting for instances</span>;
    default:
      return <span className="text-xs text-zinc-500 dark:text-zinc-400">—</span>;
  }
}

function Shared({ row }: { row: AuditRow }) {
  if (row.sharedWith === undefined)
    return row.kept.includes('shared') || row.image.IsSelfShared.toLowerCase() === 'true' ? (
      <>{UNKNOWN}</>
    ) : (
      <>—</>
    );
  const accounts = row.sharedWith;
  if (accounts.length === 0 && !row.published) return <>—</>;
  return (
    <span className="block max-w-56 truncate" title={accounts.join(', ')}>
      {formatCount(accounts.length)}
      {accounts.length > 0 && <span className="font-mono text-xs">: {accounts.join(', ')}</span>}
      {row.published && <span className="text-xs"> (community)</span>}
    </span>
  );
}

export function AuditTable(props: {
  rows: readonly AuditRow[];
  settings: AuditSettings;
  view: ViewState;
  /** Opens a row's detail, at its instances or at the top. */
  onOpen: (row: AuditRow, section: AuditSectionId) => void;
  showRegion: boolean;
  openKey: string | undefined;
  onVisible: (keys: ReadonlySet<string>) => void;
  caption: string;
}) {
  const { rows, settings, view, onOpen, showRegion, openKey, onVisible, caption } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual's API is not one the React Compiler can memoize; this component runs unmemoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getItemKey: (index) => rows[index]!.key,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    onVisible(new Set(rows.slice(first, last + 1).map((r) => r.key)));
  }, [rows, first, last, onVisible]);

  // Real links, so a new tab or a copied address opens the same detail.
  const open = (row: AuditRow, section: AuditSectionId) => ({
    href: `?${viewQueryString(withImage(view, { regionId: row.regionId, imageId: row.image.ImageId }))}#${section}`,
    onClick: (e: MouseEvent) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      onOpen(row, section);
    },
  });
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columns = showRegion ? 10 : 9;

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto" tabIndex={-1}>
      <table className="w-full border-collapse text-sm" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-zinc-50 dark:bg-zinc-900">
          <tr aria-rowindex={1} className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className={TH}>
              Image
            </th>
            {showRegion && (
              <th scope="col" className={TH}>
                Region
              </th>
            )}
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Age (days)
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Disks (GiB)
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Stored (GiB)
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Est. / month
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Instances
            </th>
            <th scope="col" className={TH}>
              Shared with
            </th>
            <th scope="col" className={TH}>
              Audit
            </th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={columns} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            const isOpen = row.key === openKey;
            return (
              <tr
                key={row.key}
                data-row-key={row.key}
                aria-rowindex={item.index + 2}
                aria-current={isOpen ? 'true' : undefined}
                style={{ height: ROW_HEIGHT }}
                className={`border-b border-zinc-100 dark:border-zinc-800 ${isOpen ? 'bg-blue-50 dark:bg-blue-950/50' : 'hover:bg-zinc-50 dark:hover:bg-zinc-900'}`}
              >
                <td className={`${TD} max-w-80`}>
                  <a className={`${linkClass} block truncate`} {...open(row, 'audit-detail-title')}>
                    {row.image.ImageName || row.image.ImageId}
                  </a>
                  <span className="block truncate font-mono text-xs text-zinc-600 dark:text-zinc-400">
                    {row.image.ImageId}
                  </span>
                </td>
                {showRegion && <td className={TD}>{row.regionId}</td>}
                <td className={TD}>
                  <StatusBadge status={row.image.Status} progress={row.image.Progress} />
                </td>
                <td className={NUM}>{formatCount(row.ageDays)}</td>
                <td className={NUM}>{formatCount(row.diskGiB)}</td>
                <td className={NUM}>{formatGiB(row.storedGiB)}</td>
                <td className={NUM}>{formatMoney(row.monthlyCost, settings.currency)}</td>
                <td className={NUM}>
                  {row.instances === undefined ? (
                    UNKNOWN
                  ) : row.instances > 0 ? (
                    <a
                      className={linkClass}
                      aria-label={`${formatCount(row.instances)} instances run ${row.image.ImageId}: show them`}
                      {...open(row, 'audit-instances')}
                    >
                      {formatCount(row.instances)}
                    </a>
                  ) : (
                    '0'
                  )}
                </td>
                <td className={TD}>
                  <Shared row={row} />
                </td>
                <td className={TD}>
                  <Verdict row={row} />
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={columns} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">No images to show.</p>
      )}
    </div>
  );
}
