// Latency summaries: percentiles over every sample a contender produced in one run.

export interface Summary {
  /** Requests that completed without an error. */
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second of measured wall time. */
  rps: number;
}

/** Nearest-rank percentile of sorted samples (no interpolation: every value was observed). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(
  latenciesMs: readonly number[],
  errors: number,
  elapsedMs: number,
): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0,
  };
}

/** a / b, or null when either is missing or not a positive finite number. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined) return null;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return null;
  return a / b;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
