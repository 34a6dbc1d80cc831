// Where a run stands against the issue's targets; null when the run did not measure it.
import type { RunResult, TargetStatus } from './types.js';

const fmt = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits);

export function evaluateTargets(r: Omit<RunResult, 'targets'>): TargetStatus[] {
  const out: TargetStatus[] = [];
  const rows = r.api?.rows ?? [];
  const near = rows.filter(
    (row) => row.op === 'concept-by-id' || row.op.startsWith('neighborhood-d1'),
  );
  const worst = [...near].sort(
    (a, b) => (b.ratios.oursRawP50 ?? Infinity) - (a.ratios.oursRawP50 ?? Infinity),
  )[0];
  if (worst) {
    const met = near.every((row) => (row.ratios.oursRawP50 ?? Infinity) <= 1.3);
    // The best ratio any HTTP server could reach here: raw's latency plus a no-work HTTP request.
    const httpFloor = r.api?.floors.ours?.p50;
    const lookup = near.find((row) => row.op === 'concept-by-id' && row.concurrency === 1);
    const rawLookup = lookup?.results.raw?.p50;
    const bound =
      httpFloor !== undefined && rawLookup !== undefined && rawLookup > 0
        ? `; an HTTP round-trip alone costs ${fmt(httpFloor)} ms here, so no HTTP server can get below ${fmt((rawLookup + httpFloor) / rawLookup)}× on the lookup (ours ${fmt(lookup?.ratios.oursRawP50)}× at concurrency 1)`
        : '';
    out.push({
      target: 'GraphQL p50 within 1.3× of the raw driver (lookup, depth-1 neighbourhood)',
      met,
      detail: `worst ours/raw p50 ${fmt(worst.ratios.oursRawP50)} (${worst.op}, concurrency ${worst.concurrency})${bound}`,
    });
  } else
    out.push({
      target: 'GraphQL p50 within 1.3× of the raw driver',
      met: null,
      detail: 'not measured',
    });
  // Only the operations the peer can express at all (research operations may leave it out).
  const peerRows = [...rows, ...(r.nested?.latency ?? [])].filter((row) => row.results.peer);
  if (peerRows.length) {
    const behind = peerRows.filter((row) => (row.ratios.oursPeerP50 ?? Infinity) >= 1);
    out.push({
      target: 'Ahead of @neo4j/graphql on every scenario (p50)',
      met: behind.length === 0,
      detail: behind.length
        ? `behind on ${behind.length} of ${peerRows.length}: ${behind.map((b) => `${b.op}@${b.concurrency} ${fmt(b.ratios.oursPeerP50)}`).join(', ')}`
        : `ahead on all ${peerRows.length}`,
    });
  } else
    out.push({
      target: 'Ahead of @neo4j/graphql on every scenario',
      met: null,
      detail: 'not measured',
    });
  if (r.nested?.rows.length) {
    const counts = r.nested.rows.map((row) => `${row.pageSize}: ${row.statements.ours}`).join(', ');
    out.push({
      target: 'Nested queries: constant round-trips',
      met: r.nested.constant.ours ?? null,
      detail: `ours statements by page size ${counts}`,
    });
  } else
    out.push({ target: 'Nested queries: constant round-trips', met: null, detail: 'not measured' });
  const big = r.load?.rows.find((row) => row.size === 100_000);
  out.push(
    big
      ? {
          target: 'Load 100k concepts at ≥ 50,000 elements/s',
          met: big.error === null && big.writeRate >= 50_000,
          detail: big.error
            ? `the load failed: ${big.error}`
            : `${Math.round(big.writeRate)} elements/s written (${Math.round(big.totalRate)}/s with validation)${r.load?.ceiling ? `; plain UNWIND CREATE of the same rows reaches ${Math.round(r.load.ceiling.rate)}/s here (${r.load.sweepSize} concepts)` : ''}`,
        }
      : {
          target: 'Load 100k concepts at ≥ 50,000 elements/s',
          met: null,
          detail: 'not measured (run with --sizes including 100k)',
        },
  );
  const webgl = r.browser?.rows.find((row) => row.size === 2_000 && row.renderer === 'webgl');
  out.push(
    webgl && webgl.fps !== null
      ? {
          target: '2,000 concepts at ≥ 30 fps in WebGL during pan and zoom',
          met: webgl.fps >= 30,
          detail: `${fmt(webgl.fps, 1)} fps, rendered in ${webgl.renderedMs} ms`,
        }
      : {
          target: '2,000 concepts at ≥ 30 fps in WebGL',
          met: null,
          detail: webgl?.error ?? 'not measured',
        },
  );
  const landing = r.browser?.landing[0];
  out.push(
    landing && landing.renderedMs !== null
      ? {
          target: 'Landing view interactive in < 1 s',
          met: landing.renderedMs < 1000,
          detail: `${landing.renderedMs} ms cold cache, ${r.browser?.landing[1]?.renderedMs ?? 'n/a'} ms warm`,
        }
      : {
          target: 'Landing view interactive in < 1 s',
          met: null,
          detail: landing?.error ?? 'not measured',
        },
  );
  return out;
}
