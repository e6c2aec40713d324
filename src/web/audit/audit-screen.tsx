// The audit of your custom images in the view's regions (view=audit): the calls it makes, the
// totals, the settings, every image with its verdict, the cleanup candidates with the commands to
// review, and the export. Loaded on demand: nothing of it is in the first screen's bundle.
// Read-only: the page never deletes, unshares or deprecates anything.

import { useCallback, useMemo, useState } from 'react';
import type { RegionOption } from '../images/session-queries';
import { useDefaultRegion } from '../images/session-queries';
import { RegionPicker } from '../filters/region-picker';
import { IgnoredNotice } from '../status/ignored-notice';
import { LargeViewPrompt } from '../status/large-view-prompt';
import { SourceErrorList } from '../status/source-error-list';
import { buttonClass, smallButtonClass } from '../ui/button';
import { formatCount } from '../ui/format';
import type { IgnoredUrlPart } from '../view-state/url-codec';
import { withImage } from '../view-state/view-edits';
import type { Navigate } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';
import { AuditCalls } from './audit-calls';
import { AuditDetail, ReviewCommands } from './audit-detail';
import { auditExportFile, type AuditExportFormat } from './audit-export';
import type { AuditRow } from './audit-report';
import { AuditSettingsForm } from './audit-settings-form';
import { AuditTable, type AuditSectionId } from './audit-table';
import { AuditTotals } from './audit-totals';
import { cleanupScript } from './cleanup-commands';
import { useAudit } from './use-audit';
import { useAuditSettings } from './use-audit-settings';

type Shown = 'all' | 'candidate' | 'kept' | 'pending';
type Order = 'newest' | 'oldest' | 'stored';

const SHOWN_LABELS: Record<Shown, string> = {
  all: 'All images',
  candidate: 'Cleanup candidates',
  kept: 'Kept although a reason applies',
  pending: 'Waiting for instances',
};

const ORDERS: Record<Order, { label: string; compare: (a: AuditRow, b: AuditRow) => number }> = {
  newest: { label: 'Newest first', compare: (a, b) => a.ageDays - b.ageDays },
  oldest: { label: 'Oldest first', compare: (a, b) => b.ageDays - a.ageDays },
  stored: { label: 'Most stored first', compare: (a, b) => (b.storedGiB ?? -1) - (a.storedGiB ?? -1) },
};

/** Hands a file to the browser's downloads. (The table's export, issue 12, has the same helper.) */
function download(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function AuditScreen(props: {
  view: ViewState;
  navigate: Navigate;
  ignored: readonly IgnoredUrlPart[];
  onDismissIgnored: () => void;
  regions: readonly RegionOption[];
}) {
  const { view, navigate, ignored, onDismissIgnored, regions } = props;
  const settingsControl = useAuditSettings();
  const { settings } = settingsControl;
  const audit = useAudit(view.regions, settings);
  const { report, run, runner, catalog, regionIds } = audit;
  const defaultRegionId = useDefaultRegion();

  const [shown, setShown] = useState<Shown>('all');
  const [order, setOrder] = useState<Order>('newest');
  const [focus, setFocus] = useState<AuditSectionId>(() =>
    location.hash === '#audit-instances' ? 'audit-instances' : 'audit-detail-title',
  );
  const counts: Record<Shown, number> = {
    all: report.totals.images,
    candidate: report.totals.candidates,
    kept: report.totals.kept,
    pending: report.totals.pending,
  };
  const rows = useMemo(() => {
    const picked = shown === 'all' ? report.rows : report.rows.filter((r) => r.verdict === shown);
    return [...picked].sort(ORDERS[order].compare);
  }, [report.rows, shown, order]);
  const candidates = useMemo(() => report.rows.filter((r) => r.verdict === 'candidate'), [report.rows]);

  const onVisible = useCallback((keys: ReadonlySet<string>) => runner.setVisible(keys), [runner]);
  const openKey = view.image ? `${view.image.regionId}/${view.image.imageId}` : undefined;
  const openRow = openKey ? report.rows.find((r) => r.key === openKey) : undefined;
  const onOpen = (row: AuditRow, section: AuditSectionId) => {
    setFocus(section);
    navigate(withImage(view, { regionId: row.regionId, imageId: row.image.ImageId }));
  };
  const closeDetail = () => {
    navigate(withImage(view, null));
    // Back to the row the detail was opened from.
    if (openKey)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(openKey)}"] a`)?.focus(),
      );
  };
  const exportAs = (format: AuditExportFormat) => {
    const file = auditExportFile(format, rows, settings, new Date());
    download(file.text, file.type, file.fileName);
  };

  return (
    <main className="flex min-h-0 flex-1 flex-col gap-2 overflow-auto px-4 py-2">
      <IgnoredNotice ignored={ignored} onDismiss={onDismissIgnored} />
      {settingsControl.problems.length > 0 && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <ul className="flex-1">
            {settingsControl.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" className={smallButtonClass} onClick={settingsControl.dismissProblems}>
            Dismiss
          </button>
        </div>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h2 className="text-base font-semibold">Audit of your custom images</h2>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Every custom image you own (ImageOwnerAlias=self, every status) in{' '}
            {regionIds.length ? regionIds.join(', ') : 'the default region'}. Read-only: nothing is deleted,
            unshared or deprecated here.
          </p>
        </div>
        <RegionPicker
          view={view}
          navigate={navigate}
          regions={regions}
          defaultRegionId={defaultRegionId ?? regionIds[0] ?? ''}
        />
      </div>
      <LargeViewPrompt catalog={catalog} />
      <SourceErrorList
        sources={catalog.sources}
        rowsLoaded={catalog.rows.length}
        onRetryAll={catalog.controls.retryFailed}
      />
      <AuditCalls catalog={catalog} run={run} runner={runner} />
      <AuditTotals totals={report.totals} settings={settings} />
      <AuditSettingsForm control={settingsControl} />
      {candidates.length > 0 && (
        <details className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium">
            Commands to review for the {formatCount(candidates.length)} cleanup candidates
          </summary>
          <div className="mt-2">
            <ReviewCommands
              text={cleanupScript(candidates, new Date(run.at))}
              copyLabel="Copy the script"
              label="aliyun CLI commands for the cleanup candidates"
              wrap={false}
            />
          </div>
        </details>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
          <legend className="sr-only">Show</legend>
          {(Object.keys(SHOWN_LABELS) as Shown[]).map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm">
              <input
                type="radio"
                name="audit-shown"
                value={value}
                checked={shown === value}
                onChange={() => setShown(value)}
              />
              {SHOWN_LABELS[value]} ({formatCount(counts[value])})
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-1 text-sm">
          Order
          <select
            className="h-8 rounded-md border border-zinc-300 bg-white px-1 text-sm dark:border-zinc-600 dark:bg-zinc-900"
            value={order}
            onChange={(e) => setOrder(e.target.value as Order)}
          >
            {(Object.keys(ORDERS) as Order[]).map((value) => (
              <option key={value} value={value}>
                {ORDERS[value].label}
              </option>
            ))}
          </select>
        </label>
        <div className="ml-auto flex gap-2">
          <button type="button" className={buttonClass} onClick={() => exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" className={buttonClass} onClick={() => exportAs('json')}>
            Export JSON
          </button>
        </div>
      </div>
      <div className="flex h-[70vh] min-h-80 shrink-0 overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
        <AuditTable
          rows={rows}
          settings={settings}
          view={view}
          onOpen={onOpen}
          showRegion={regionIds.length > 1}
          openKey={openKey}
          onVisible={onVisible}
          caption={`${SHOWN_LABELS[shown]}: ${formatCount(rows.length)}`}
        />
        {view.image && (
          <AuditDetail
            regionId={view.image.regionId}
            imageId={view.image.imageId}
            row={openRow}
            facts={run.facts}
            settings={settings}
            focus={focus}
            onClose={closeDetail}
          />
        )}
      </div>
    </main>
  );
}
