// Which operations the profile step looks at: the slowest for ours, and the one where ours is
// furthest behind the raw driver (often not the same one).
import type { ApiRow } from './api.js';

export function chooseProfiled(rows: readonly ApiRow[]): { op: string; why: string }[] {
  const lowest = Math.min(...rows.map((r) => r.concurrency));
  const calm = rows.filter((r) => r.concurrency === lowest && r.results.ours);
  const slowest = [...calm].sort(
    (a, b) => (b.results.ours?.p50 ?? 0) - (a.results.ours?.p50 ?? 0),
  )[0];
  const furthest = [...calm].sort(
    (a, b) => (b.ratios.oursRawP50 ?? 0) - (a.ratios.oursRawP50 ?? 0),
  )[0];
  if (!slowest || !furthest) return [];
  const picks = [
    {
      op: slowest.op,
      why: `Slowest operation for ours (p50 ${slowest.results.ours?.p50.toFixed(1)} ms at concurrency ${lowest}).`,
    },
  ];
  if (furthest.op !== slowest.op) {
    picks.push({
      op: furthest.op,
      why: `Furthest behind the raw driver (ours/raw p50 ${furthest.ratios.oursRawP50} at concurrency ${lowest}).`,
    });
  }
  return picks;
}
