// Scenario: sustained load. Many connections (50 by default) for a bounded time each, in
// interleaved slices: the two-field query of tests/reliability/sustained-load.test.ts against
// ours with the response cache on and off, and `GET /health` on the same server as the HTTP
// ceiling (what this machine and this load generator reach when the server does no work).
import { withCacheDelta, type CacheDelta } from '../contenders/cache-counters.js';
import type { Contender, Operation } from '../contenders/types.js';
import type { Picks } from '../data/pick.js';
import { measureLanes, type CellResult, type Lane } from '../load/interleave.js';
import { ratio, round } from '../load/stats.js';
import { sortedKeys } from '../ops/plain.js';
import { checkAgreement } from './agreement.js';

/** Slices each lane's time is cut into, taken in rotating order. */
export const SUSTAINED_SLICES = 5;

export type SustainedLane = 'ours-cached' | 'ours' | 'health';

export interface SustainedOptions {
  connections: number;
  /** Measured time per lane, over all its slices. */
  durationMs: number;
  warmupMs: number;
  maxRequestsPerSlice: number;
}

export interface SustainedResult {
  connections: number;
  durationMs: number;
  /** Whether ours with and without the cache returned the same data. */
  agree: boolean;
  results: Partial<Record<SustainedLane, CellResult>>;
  ratios: {
    /** Requests per second against GET /health's: the share of the HTTP ceiling reached. */
    cachedHealthRps: number | null;
    oursHealthRps: number | null;
    cachedOursRps: number | null;
  };
  cache: CacheDelta | null;
}

/**
 * The sustained-load test's query (two root fields: a page of ten concepts with their degree, and
 * a neighbourhood), on the bench graph around its most connected concept.
 */
export function twoFieldQuery(graph: string, picks: Picks): Operation {
  return {
    id: 'two-field-query',
    title: 'Page of ten concepts with their degree, and a neighbourhood',
    ours: {
      query: `query($g: ID, $id: ID!) {
  concepts(graph: $g, first: 10) { totalCount nodes { id label(lang: EN) degree } }
  neighborhood(graph: $g, id: $id) { nodes { id } truncated }
}`,
      variables: { g: graph, id: picks.high },
    },
    canonical: { ours: sortedKeys },
  };
}

export async function runSustainedScenario(
  contenders: readonly Contender[],
  graph: string,
  picks: Picks,
  options: SustainedOptions,
  log: (line: string) => void,
): Promise<SustainedResult> {
  const cached = contenders.find((c) => c.name === 'ours-cached');
  const ours = contenders.find((c) => c.name === 'ours');
  if (!cached?.floor || !ours) throw new Error('the sustained scenario needs ours and ours-cached');
  const op = twoFieldQuery(graph, picks);
  const check = await checkAgreement([cached, ours], op);
  if (!check.agree) log(`  ! ${op.id}: ours and ours-cached disagree ${JSON.stringify(check)}`);
  const floor = cached.floor.bind(cached);
  const lanes: Lane<SustainedLane>[] = [
    { name: 'ours-cached', request: () => cached.call(op) },
    { name: 'ours', request: () => ours.call(op) },
    { name: 'health', request: floor },
  ];
  const { result: results, cache } = await withCacheDelta(cached, () =>
    measureLanes(lanes, {
      concurrency: options.connections,
      warmupMs: options.warmupMs,
      sliceMs: Math.max(1, Math.round(options.durationMs / SUSTAINED_SLICES)),
      rounds: SUSTAINED_SLICES,
      maxRequestsPerSlice: options.maxRequestsPerSlice,
    }),
  );
  const r = (x: number | null) => (x === null ? null : round(x, 3));
  const ratios = {
    cachedHealthRps: r(ratio(results['ours-cached']?.rps, results.health?.rps)),
    oursHealthRps: r(ratio(results.ours?.rps, results.health?.rps)),
    cachedOursRps: r(ratio(results['ours-cached']?.rps, results.ours?.rps)),
  };
  const line = (lane: SustainedLane) => {
    const x = results[lane];
    return x
      ? `${lane} ${Math.round(x.rps)}/s p50 ${x.p50.toFixed(1)} p99 ${x.p99.toFixed(1)} ms, ${x.errors} errors`
      : `${lane} -`;
  };
  log(
    `  sustained ${options.connections} connections: ${line('ours-cached')}; ${line('ours')}; ${line('health')}`,
  );
  return {
    connections: options.connections,
    durationMs: options.durationMs,
    agree: check.agree,
    results,
    ratios,
    cache,
  };
}
