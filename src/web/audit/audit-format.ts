// Sizes and amounts as the audit shows them: GiB and money with two decimals (as exported), the
// currency's code before every amount, and "…" for what is not known yet.

import type { CandidateReason, KeepReason } from './audit-report';

const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const UNKNOWN = '…';

export function formatGiB(n: number | undefined): string {
  return n === undefined ? UNKNOWN : two.format(n);
}

export function formatWholeGiB(n: number): string {
  return whole.format(n);
}

export function formatMoney(amount: number | undefined, currency: string): string {
  return amount === undefined ? UNKNOWN : `${currency} ${two.format(amount)}`;
}

/** Short labels for the table and the badges. */
export const REASON_LABELS: Record<CandidateReason, string> = {
  unused: 'Unused',
  deprecated: 'Deprecated',
  copy: 'Copy',
  failed: 'Failed',
};

export const KEEP_LABELS: Record<KeepReason, string> = {
  shared: 'Shared',
  'in-use': 'In use',
  recent: 'Recent',
};
