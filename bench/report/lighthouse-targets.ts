// The first-visit targets, read from the Lighthouse scenario: scores, layout shift and
// blocking time, and the compressed bytes of the landing view.
import type { LighthouseRow } from '../scenarios/lighthouse.js';
import type { RunResult, TargetStatus } from './types.js';

export const DESKTOP_PERFORMANCE = 0.95;
export const MOBILE_PERFORMANCE = 0.8;
export const MAX_CLS = 0.05;
export const MAX_DESKTOP_TBT_MS = 150;
/** What the landing view downloaded gzipped before compression was served (issue 16). */
export const LANDING_BYTES_BEFORE = 207_000;

const pct = (v: number | null) => (v === null ? 'n/a' : String(Math.round(v * 100)));

function scoresTarget(rows: LighthouseRow[]): TargetStatus {
  const target = `Lighthouse desktop: performance ≥ ${pct(DESKTOP_PERFORMANCE)}, accessibility, best practices and SEO 100; mobile performance ≥ ${pct(MOBILE_PERFORMANCE)}`;
  if (!rows.length) return { target, met: null, detail: 'not measured' };
  const ok = (row: LighthouseRow) => {
    const s = row.scores;
    const perf = row.profile === 'desktop' ? DESKTOP_PERFORMANCE : MOBILE_PERFORMANCE;
    const rest = row.profile === 'desktop' ? [s.accessibility, s['best-practices'], s.seo] : [];
    return (s.performance ?? 0) >= perf && rest.every((v) => v === 1);
  };
  const detail = rows
    .map(
      (row) =>
        `${row.profile} ${row.page}: ${pct(row.scores.performance)}/${pct(row.scores.accessibility)}/${pct(row.scores['best-practices'])}/${pct(row.scores.seo)}`,
    )
    .join('; ');
  return { target, met: rows.every(ok), detail: `performance/a11y/best practices/SEO: ${detail}` };
}

function stabilityTarget(rows: LighthouseRow[]): TargetStatus {
  const target = `CLS < ${MAX_CLS} on every page; desktop total blocking time < ${MAX_DESKTOP_TBT_MS} ms`;
  if (!rows.length) return { target, met: null, detail: 'not measured' };
  const cls = rows.map((r) => r.figures.cls ?? Infinity);
  const tbt = rows.filter((r) => r.profile === 'desktop').map((r) => r.figures.tbtMs ?? Infinity);
  return {
    target,
    met: cls.every((c) => c < MAX_CLS) && tbt.every((t) => t < MAX_DESKTOP_TBT_MS),
    detail: `worst CLS ${Math.max(...cls).toFixed(3)}, worst desktop TBT ${Math.round(Math.max(...tbt))} ms`,
  };
}

function bytesTarget(r: Omit<RunResult, 'targets'>): TargetStatus {
  const target = `Landing view bytes (compressed) stated and < ${LANDING_BYTES_BEFORE / 1000} kB`;
  const landing = r.lighthouse?.landing;
  if (!landing) return { target, met: null, detail: 'not measured' };
  return {
    target,
    met: landing.totalBytes < LANDING_BYTES_BEFORE,
    detail: `${landing.totalBytes} bytes on the wire in ${landing.requests.length} requests until the graph is drawn (${landing.codeBytes} scripts and styles)`,
  };
}

export function lighthouseTargets(r: Omit<RunResult, 'targets'>): TargetStatus[] {
  const rows = (r.lighthouse?.rows ?? []).filter((row) => row.error === null);
  return [scoresTarget(rows), stabilityTarget(rows), bytesTarget(r)];
}
