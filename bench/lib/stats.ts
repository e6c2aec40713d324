// Summaries of repeated measurements: percentiles by nearest rank, and the median of runs.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export interface FrameStats {
  frames: number;
  fps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Frames over 1.5× the 60 Hz budget (> 25 ms). */
  slowFrames: number;
}

/** Frame-time statistics from rAF timestamps deltas over a scroll (docs/frontend-notes.md §5). */
export function frameStats(deltas: readonly number[]): FrameStats {
  const total = deltas.reduce((a, b) => a + b, 0);
  return {
    frames: deltas.length,
    fps: total > 0 ? (deltas.length * 1000) / total : 0,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    p99: percentile(deltas, 99),
    max: deltas.length ? Math.max(...deltas) : NaN,
    slowFrames: deltas.filter((d) => d > 25).length,
  };
}
