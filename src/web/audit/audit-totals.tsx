// The totals at the top of the audit: images, snapshot capacity and contents, the estimated monthly
// storage cost (named an estimate, with where its price comes from), and the cleanup candidates.

import type { ReactNode } from 'react';
import { formatCount, plural } from '../ui/format';
import type { AuditTotals as Totals } from './audit-report';
import type { AuditSettings } from './audit-settings';
import { formatGiB, formatMoney, formatWholeGiB } from './audit-format';

function Total({ label, value, note }: { label: string; value: ReactNode; note?: ReactNode }) {
  return (
    <div className="min-w-40 flex-1 rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {note && <dd className="text-xs text-zinc-600 dark:text-zinc-400">{note}</dd>}
    </div>
  );
}

export function AuditTotals({ totals, settings }: { totals: Totals; settings: AuditSettings }) {
  const partial = totals.storedUnknown > 0;
  const nothingKnown = totals.images > 0 && totals.storedUnknown === totals.images;
  const soFar = (n: number, what: string) => (n > 0 ? `${plural(n, what)} not known yet` : undefined);
  return (
    // Busy while any total waits for calls: read by screen readers (and by the bench, for the time
    // to totals).
    <section aria-labelledby="audit-totals-heading" aria-busy={totals.pending > 0 || partial}>
      <h2 id="audit-totals-heading" className="sr-only">
        Totals
      </h2>
      <dl className="flex flex-wrap gap-2">
        <Total label="Custom images" value={formatCount(totals.images)} />
        <Total
          label="Snapshots, GiB stored"
          value={formatGiB(nothingKnown ? undefined : totals.storedGiB)}
          note={soFar(totals.storedUnknown, 'image') ?? `of ${formatWholeGiB(totals.diskGiB)} GiB of disks`}
        />
        <Total
          label="Estimated storage cost / month"
          value={formatMoney(nothingKnown ? undefined : totals.monthlyCost, settings.currency)}
          note={
            partial
              ? `so far; ${soFar(totals.storedUnknown, 'image')}`
              : `an estimate at ${settings.currency} ${settings.pricePerGiBMonth} per GiB, not a bill`
          }
        />
        <Total
          label="Cleanup candidates"
          value={totals.pending > 0 && totals.candidates === 0 ? '…' : formatCount(totals.candidates)}
          note={
            totals.pending > 0
              ? `${plural(totals.pending, 'image')} waiting for instance counts`
              : `${formatGiB(totals.candidateStoredGiB)} GiB, ${formatMoney(totals.candidateMonthlyCost, settings.currency)} / month; ${formatCount(totals.kept)} kept`
          }
        />
      </dl>
    </section>
  );
}
