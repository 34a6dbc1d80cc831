// Scenario 2: latency and throughput of the API operations at several concurrencies, the
// contenders interleaved on the same Neo4j and data (ours twice: response cache off and on).
import type { Picks } from '../data/pick.js';
import {
  answering,
  type Contender,
  type ContenderName,
  type Operation,
} from '../contenders/types.js';
import {
  measureEach,
  measureInterleaved,
  type CellOptions,
  type CellResult,
} from '../load/interleave.js';
import { ratio, round } from '../load/stats.js';
import { conceptById } from '../ops/lookup.js';
import { neighborhood } from '../ops/neighborhood.js';
import { shortestPath } from '../ops/path.js';
import { filteredPage, groupedCount, kShortestPaths } from '../ops/research.js';
import { search } from '../ops/search.js';
import { checkAgreement, type Agreement } from './agreement.js';

export interface ApiOptions extends Omit<CellOptions, 'concurrency'> {
  concurrency: number[];
  /** Operation ids to run (all when empty). */
  only: string[];
}

export interface Ratios {
  /** p50 latency, ours (response cache off) divided by raw: 1.3 means ours takes 30% longer. */
  oursRawP50: number | null;
  oursPeerP50: number | null;
  /** p50 latency, ours with its response cache on divided by raw (a repeated question). */
  cachedRawP50: number | null;
  /** Requests per second, ours divided by the other: above 1 means ours serves more. */
  oursRawRps: number | null;
  oursPeerRps: number | null;
}

export interface ApiRow {
  op: string;
  title: string;
  concurrency: number;
  results: Partial<Record<ContenderName, CellResult>>;
  ratios: Ratios;
}

export function apiOperations(graph: string, picks: Picks): Operation[] {
  const t = picks.relationTypes;
  return [
    conceptById(graph, picks.medium),
    ...([1, 2] as const).flatMap((depth) => [
      neighborhood(graph, t, picks.low, depth, 'low'),
      neighborhood(graph, t, picks.medium, depth, 'medium'),
      neighborhood(graph, t, picks.high, depth, 'high'),
    ]),
    search(graph, picks.searchText),
    shortestPath(graph, t, picks.pathFrom, picks.pathTo),
    filteredPage(graph, picks.kinds),
    groupedCount(graph, t),
    kShortestPaths(graph, t, picks.pathFrom, picks.pathTo),
  ];
}

export function ratiosOf(results: Partial<Record<ContenderName, CellResult>>): Ratios {
  const r = (x: number | null) => (x === null ? null : round(x, 3));
  return {
    oursRawP50: r(ratio(results.ours?.p50, results.raw?.p50)),
    oursPeerP50: r(ratio(results.ours?.p50, results.peer?.p50)),
    cachedRawP50: r(ratio(results['ours-cached']?.p50, results.raw?.p50)),
    oursRawRps: r(ratio(results.ours?.rps, results.raw?.rps)),
    oursPeerRps: r(ratio(results.ours?.rps, results.peer?.rps)),
  };
}

export async function runApiScenario(
  contenders: readonly Contender[],
  graph: string,
  picks: Picks,
  options: ApiOptions,
  log: (line: string) => void,
): Promise<ApiResult> {
  const ops = apiOperations(graph, picks).filter(
    (op) => options.only.length === 0 || options.only.some((o) => op.id.startsWith(o)),
  );
  const agreement: Agreement[] = [];
  const rows: ApiRow[] = [];
  for (const op of ops) {
    const asking = answering(contenders, op);
    const check = await checkAgreement(asking, op);
    agreement.push(check);
    if (!check.agree)
      log(
        `  ! ${op.id}: contenders disagree ${JSON.stringify(check.answers ?? {})} ${JSON.stringify(check.errors ?? {})}`,
      );
    for (const concurrency of options.concurrency) {
      const results = await measureInterleaved(asking, op, { ...options, concurrency });
      const ratios = ratiosOf(results);
      rows.push({ op: op.id, title: op.title, concurrency, results, ratios });
      const p = (n: ContenderName) => results[n]?.p50.toFixed(1) ?? '-';
      log(
        `  ${op.id} c=${concurrency}: p50 ours ${p('ours')} ours-cached ${p('ours-cached')} raw ${p('raw')} peer ${p('peer')} ms; ours/raw ${ratios.oursRawP50} ours/peer ${ratios.oursPeerP50} ours-cached/raw ${ratios.cachedRawP50}`,
      );
    }
  }
  const floors = await measureFloors(contenders, options);
  log(
    `  floors c=1: HTTP ${floors.ours?.p50.toFixed(2) ?? '-'} ms, Bolt ${floors.raw?.p50.toFixed(2) ?? '-'} ms`,
  );
  return { agreement, rows, floors };
}

export interface ApiResult {
  agreement: Agreement[];
  rows: ApiRow[];
  /** Round-trips that do no work, at concurrency 1: ours over HTTP, raw over Bolt. */
  floors: Partial<Record<ContenderName, CellResult>>;
}

/**
 * The floors under the latencies: what a request costs when nothing is asked of it. Our server's
 * latency can never be below raw's plus the HTTP floor, which says how close to 1 ours/raw can
 * get on a machine. Interleaved, after a warm-up, like the operations.
 */
function measureFloors(
  contenders: readonly Contender[],
  options: ApiOptions,
): Promise<Partial<Record<ContenderName, CellResult>>> {
  // ours-cached's floor is the same HTTP hop as ours'.
  const withFloor = contenders.filter((c) => c.floor !== undefined && c.name !== 'ours-cached');
  return measureEach(withFloor, (c) => () => c.floor?.() ?? Promise.resolve(), {
    ...options,
    concurrency: 1,
  });
}
