// One image's audit beside the table: why it is (or is not) a candidate, the instances that run it,
// whom it is shared with, the snapshots behind it, and the aliyun CLI commands to retire it — as
// text to review, never run.

import { useEffect, useRef } from 'react';
import { StatusBadge } from '../columns/cell-parts';
import { Facts, MiniTable, Section } from '../detail/detail-parts';
import { smallButtonClass } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { formatCount, formatUtc, plural } from '../ui/format';
import { formatGiB, formatMoney, UNKNOWN } from './audit-format';
import { snapshotKey, type AuditFacts, type AuditRow } from './audit-report';
import type { AuditSettings } from './audit-settings';
import type { AuditSectionId } from './audit-table';
import { Verdict } from './audit-table';
import { CLEANUP_WARNING, imageCommands, keepText, reasonText } from './cleanup-commands';

const GIB = 1024 ** 3;

export function CommandsWarning() {
  return (
    <p
      role="note"
      className="tone-amber mb-2 rounded border border-amber-300 px-2 py-1 text-xs dark:border-amber-700"
    >
      <strong>Never run unread.</strong> {CLEANUP_WARNING}
    </p>
  );
}

/** Commands to review, under the warning, with a button that copies exactly the text shown. */
export function ReviewCommands(props: { text: string; copyLabel: string; label: string; wrap: boolean }) {
  const { text, copyLabel, label, wrap } = props;
  return (
    <>
      <CommandsWarning />
      <div className="mb-1 flex justify-end">
        <CopyButton
          label={copyLabel}
          text={() => text}
          copied="Copied."
          blocked="Copying is blocked; select the text instead."
          className={smallButtonClass}
          statusClassName="mr-2 text-xs text-zinc-600 dark:text-zinc-400"
          statusFirst
        />
      </div>
      <div
        role="region"
        tabIndex={0}
        aria-label={label}
        className="max-h-72 overflow-auto rounded bg-zinc-100 p-2 dark:bg-zinc-900"
      >
        <pre className={`font-mono text-xs ${wrap ? 'whitespace-pre-wrap' : ''}`}>{text}</pre>
      </div>
    </>
  );
}

function Commands({ row }: { row: AuditRow }) {
  return (
    <ReviewCommands
      text={imageCommands(row)}
      copyLabel="Copy the commands"
      label="aliyun CLI commands for this image"
      wrap
    />
  );
}

export function AuditDetail(props: {
  regionId: string;
  imageId: string;
  row: AuditRow | undefined;
  facts: AuditFacts;
  settings: AuditSettings;
  /** Where focus goes when the detail opens. */
  focus: AuditSectionId;
  onClose: () => void;
}) {
  const { regionId, imageId, row, facts, settings, focus, onClose } = props;
  const panelRef = useRef<HTMLElement>(null);
  const key = `${regionId}/${imageId}`;
  const found = row !== undefined;
  useEffect(() => {
    const target = panelRef.current?.querySelector<HTMLElement>(`#${focus}`);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }, [key, focus, found]);

  const instances = facts.instances.get(key);
  const snapshots = row?.image.DiskDeviceMappings.DiskDeviceMapping.filter((d) => d.SnapshotId) ?? [];
  return (
    <aside
      ref={panelRef}
      aria-labelledby="audit-detail-title"
      className="flex w-[30rem] max-w-[50%] shrink-0 flex-col overflow-auto border-l border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="sticky top-0 z-10 flex items-start gap-2 bg-white px-4 py-3 dark:bg-zinc-950">
        <div className="min-w-0 flex-1">
          <h2
            id="audit-detail-title"
            tabIndex={-1}
            className="text-base font-semibold break-words focus:outline-none"
          >
            {row?.image.ImageName || imageId}
          </h2>
          <p className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">
            {regionId} / {imageId}
          </p>
          {row && (
            <p className="mt-1 flex flex-wrap gap-1.5">
              <StatusBadge status={row.image.Status} progress={row.image.Progress} />
              <Verdict row={row} />
            </p>
          )}
        </div>
        <button
          type="button"
          className={smallButtonClass}
          onClick={onClose}
          aria-label="Close the image's audit"
          title="Close (Escape)"
        >
          Close
        </button>
      </div>
      {!row ? (
        <p className="px-4 py-3 text-sm">
          This is not one of your custom images in the audited regions (or their list is still loading).
        </p>
      ) : (
        <>
          <Section id="audit-detail-why" title="Audit">
            <Facts
              items={[
                ['Reasons', row.reasons.map(reasonText).join('; ')],
                ['Kept because', row.kept.map(keepText).join('; ')],
                ['Created', `${formatUtc(row.image.CreationTime)} (${plural(row.ageDays, 'day')} ago)`],
                ['Copied from another region', row.image.IsCopied ? 'yes' : 'no'],
                ['Disks', `${formatCount(row.diskGiB)} GiB`],
                [
                  'Stored in snapshots',
                  row.storedGiB === undefined ? UNKNOWN : `${formatGiB(row.storedGiB)} GiB`,
                ],
                ['Estimated cost / month', formatMoney(row.monthlyCost, settings.currency)],
              ]}
            />
          </Section>
          <section
            aria-labelledby="audit-instances"
            className="border-t border-zinc-200 px-4 py-3 dark:border-zinc-800"
          >
            <h3 id="audit-instances" tabIndex={-1} className="mb-2 text-sm font-semibold focus:outline-none">
              Instances ({instances === undefined ? UNKNOWN : formatCount(instances.count)})
            </h3>
            {instances === undefined ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">Not known yet.</p>
            ) : instances.count === 0 ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">No instance runs this image.</p>
            ) : (
              <>
                <MiniTable
                  caption="Instances that run the image"
                  headers={['InstanceId', 'Name', 'Status', 'Type', 'Zone', 'Created']}
                  rows={instances.listed.map((i) => [
                    <span className="font-mono select-all">{i.InstanceId}</span>,
                    i.InstanceName,
                    i.Status,
                    i.InstanceType,
                    i.ZoneId,
                    formatUtc(i.CreationTime),
                  ])}
                />
                {instances.listed.length < instances.count && (
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    The first {formatCount(instances.listed.length)} of {formatCount(instances.count)}.
                  </p>
                )}
              </>
            )}
          </section>
          <Section id="audit-detail-shares" title="Shared with">
            {row.sharedWith === undefined ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {row.kept.includes('shared') ? 'Shared; the accounts are not known yet.' : 'Not shared.'}
              </p>
            ) : row.sharedWith.length === 0 && !row.published ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">Not shared.</p>
            ) : (
              <ul className="font-mono text-xs">
                {row.published && (
                  <li className="font-sans">Published as a community image (every account)</li>
                )}
                {row.sharedWith.map((account) => (
                  <li key={account} className="select-all">
                    {account}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="audit-detail-snapshots" title={`Snapshots (${snapshots.length})`}>
            {snapshots.length === 0 ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">No snapshots behind this image.</p>
            ) : (
              <MiniTable
                caption="Snapshots behind the image"
                headers={['SnapshotId', 'Disk', 'Disk GiB', 'Stored GiB', 'Status']}
                rows={snapshots.map((d) => {
                  const s = facts.snapshots.get(snapshotKey(row.regionId, d.SnapshotId));
                  return [
                    <span className="font-mono select-all">{d.SnapshotId}</span>,
                    d.Type,
                    d.Size,
                    s === undefined
                      ? UNKNOWN
                      : s === null
                        ? 'not found'
                        : formatGiB(s.FullSnapshotSizeInBytes / GIB),
                    s?.Status ?? '',
                  ];
                })}
              />
            )}
          </Section>
          <Section id="audit-detail-commands" title="Commands to review">
            <Commands row={row} />
          </Section>
        </>
      )}
    </aside>
  );
}
