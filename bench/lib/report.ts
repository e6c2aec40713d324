// The benchmark's output: one row per measurement with its baseline, ratio, goal and verdict, as
// a readable table on stdout and as JSON.

export interface BenchRow {
  case: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: { label: string; value: number };
  /** value ÷ baseline, when there is a baseline. */
  ratio?: number;
  goal?: string;
  /** undefined: informational, no goal. */
  pass?: boolean;
  note?: string;
}

export type Comparison = 'at-most' | 'at-least';

/** A row compared with its baseline; the goal, if any, bounds the ratio. */
export function ratioRow(
  row: Omit<BenchRow, 'ratio' | 'pass' | 'goal'> & { baseline: { label: string; value: number } },
  goal?: { comparison: Comparison; ratio: number; text: string },
): BenchRow {
  const ratio = row.value / row.baseline.value;
  if (!goal) return { ...row, ratio };
  const pass = goal.comparison === 'at-most' ? ratio <= goal.ratio : ratio >= goal.ratio;
  return { ...row, ratio, goal: goal.text, pass };
}

/** A row whose goal is a bound on the value itself. */
export function valueRow(
  row: Omit<BenchRow, 'pass' | 'goal'>,
  goal?: { comparison: Comparison; value: number; text: string },
): BenchRow {
  if (!goal) return row;
  const pass = goal.comparison === 'at-most' ? row.value <= goal.value : row.value >= goal.value;
  return { ...row, goal: goal.text, pass };
}

function formatNumber(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`.trim();
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['case', 'metric', 'value', 'baseline', 'ratio', 'goal', 'verdict'];
  const body = rows.map((r) => [
    r.case,
    r.metric,
    formatNumber(r.value, r.unit),
    r.baseline ? `${formatNumber(r.baseline.value, r.unit)} (${r.baseline.label})` : '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.goal ?? '',
    r.pass === undefined ? '' : r.pass ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
