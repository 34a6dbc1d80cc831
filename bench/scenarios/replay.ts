// Scenario: a replayed session. The requests the explorer sends during a scripted visit, and the
// worked research queries, repeated by several clients at once against ours with the response
// cache on (`ours-cached`), ours with it off, and the raw driver on the steps it can say. What a
// realistic mix of repeated questions costs when a cached answer skips Neo4j altogether.
import { withCacheDelta, type CacheDelta } from '../contenders/cache-counters.js';
import {
  answering,
  type Contender,
  type ContenderName,
  type Operation,
} from '../contenders/types.js';
import type { Picks } from '../data/pick.js';
import { measureLanes, type CellOptions, type CellResult, type Lane } from '../load/interleave.js';
import { ratio, round, summarize, type Summary } from '../load/stats.js';
import { explorerSession } from '../ops/explorer.js';
import { workedQueries } from '../ops/worked.js';
import { checkAgreement, type Agreement } from './agreement.js';

/** Who takes part: the peer has no cache and cannot say most of the script. */
export const REPLAY_CONTENDERS: readonly ContenderName[] = ['ours-cached', 'ours', 'raw'];

export interface ReplayOptions extends Omit<CellOptions, 'concurrency'> {
  concurrency: number[];
}

export interface ReplayStep {
  id: string;
  title: string;
  /** Whether the raw driver says the same (the steps the ours/raw ratios are taken over). */
  raw: boolean;
}

export interface StepFigures {
  p50: number;
  count: number;
}

export interface ReplayRow {
  concurrency: number;
  /** Every request each contender sent (raw sends only the steps it has). */
  all: Partial<Record<ContenderName, CellResult>>;
  /** Only the steps raw has too, pooled: the fair comparison with raw. */
  shared: Partial<Record<ContenderName, Summary>>;
  steps: Record<string, Partial<Record<ContenderName, StepFigures>>>;
  ratios: {
    /** p50 over the steps raw has, ours-cached divided by raw (target ≤ 0.5). */
    cachedRawP50: number | null;
    oursRawP50: number | null;
    /** p50 over the whole script, ours-cached divided by ours: what the cache gives. */
    cachedOursP50: number | null;
  };
}

export interface ReplayResult {
  steps: ReplayStep[];
  /** Steps the bench graph refuses (a worked query about kinds it does not declare). */
  leftOut: { op: string; reason: string }[];
  agreement: Agreement[];
  rows: ReplayRow[];
  /** What the scenario did to ours-cached's response cache (null: its /ready reports none). */
  cache: CacheDelta | null;
  /** The same for ours, whose cache must be off. */
  cacheOff: CacheDelta | null;
}

export function replayScript(graph: string, picks: Picks): Operation[] {
  return [...explorerSession(graph, picks), ...workedQueries(graph, picks)];
}

export async function runReplayScenario(
  all: readonly Contender[],
  graph: string,
  picks: Picks,
  options: ReplayOptions,
  log: (line: string) => void,
): Promise<ReplayResult> {
  const contenders = all.filter((c) => REPLAY_CONTENDERS.includes(c.name));
  const cached = contenders.find((c) => c.name === 'ours-cached');
  const ours = contenders.find((c) => c.name === 'ours');
  let cacheOff: CacheDelta | null = null;
  const { result, cache } = await withCacheDelta(cached, async () => {
    const measured = await withCacheDelta(ours, () =>
      replay(contenders, replayScript(graph, picks), options, log),
    );
    cacheOff = measured.cache;
    return measured.result;
  });
  const rate = cache?.hitRate;
  log(
    `  response cache (ours-cached): ${cache ? `${cache.hits} hits, ${cache.misses} misses, hit rate ${rate === null || rate === undefined ? 'n/a' : rate.toFixed(3)}` : 'n/a (no counters in /ready)'}`,
  );
  return { ...result, cache, cacheOff };
}

async function replay(
  contenders: readonly Contender[],
  script: Operation[],
  options: ReplayOptions,
  log: (line: string) => void,
): Promise<Omit<ReplayResult, 'cache' | 'cacheOff'>> {
  const agreement: Agreement[] = [];
  const leftOut: ReplayResult['leftOut'] = [];
  const kept: Operation[] = [];
  for (const op of script) {
    const check = await checkAgreement(answering(contenders, op), op);
    // Refused by the graph when ours, uncached, says no; ours-cached alone failing is a
    // disagreement, and stays in the results as one.
    const refused = check.errors?.ours;
    if (op.id.startsWith('worked-') && refused) {
      leftOut.push({ op: op.id, reason: refused });
      continue;
    }
    agreement.push(check);
    kept.push(op);
    if (!check.agree)
      log(
        `  ! ${op.id}: contenders disagree ${JSON.stringify(check.answers ?? {})} ${JSON.stringify(check.errors ?? {})}`,
      );
  }
  if (leftOut.length)
    log(`  left out (refused by the graph): ${leftOut.map((l) => l.op).join(', ')}`);
  const shared = new Set(kept.filter((op) => op.raw !== undefined).map((op) => op.id));
  const rows: ReplayRow[] = [];
  for (const concurrency of options.concurrency) {
    const samples = new Map<ContenderName, Map<string, number[]>>();
    const lanes = contenders.map((c) => scriptLane(c, kept, samples));
    const results = await measureLanes(lanes, { ...options, concurrency });
    const row = summarizeRow(concurrency, results, samples, shared);
    rows.push(row);
    const p = (n: ContenderName) => row.shared[n]?.p50.toFixed(1) ?? '-';
    log(
      `  replay c=${concurrency}: p50 on raw's steps ours-cached ${p('ours-cached')} ours ${p('ours')} raw ${p('raw')} ms; ours-cached/raw ${row.ratios.cachedRawP50}, ours-cached/ours (whole script) ${row.ratios.cachedOursP50}`,
    );
  }
  return {
    steps: kept.map((op) => ({ id: op.id, title: op.title, raw: shared.has(op.id) })),
    leftOut,
    agreement,
    rows,
  };
}

/**
 * One contender's clients going through the script: each request takes the next step (one
 * counter shared by the clients and kept across slices, so every step comes round), and a
 * measured one's latency is kept under its step.
 */
function scriptLane(
  contender: Contender,
  script: readonly Operation[],
  samples: Map<ContenderName, Map<string, number[]>>,
): Lane<ContenderName> {
  const steps = script.filter((op) => answering([contender], op).length > 0);
  const byStep = new Map(steps.map((op) => [op.id, [] as number[]]));
  samples.set(contender.name, byStep);
  let next = 0;
  return {
    name: contender.name,
    // A slice goes through the whole script at least once, so every step (and every step raw
    // answers too) has a measured sample even when the machine is slow.
    minRequestsPerSlice: steps.length,
    async request(measured: boolean) {
      const op = steps[next++ % steps.length];
      if (!op) return;
      const started = performance.now();
      await contender.call(op);
      if (measured) byStep.get(op.id)?.push(performance.now() - started);
    },
  };
}

function summarizeRow(
  concurrency: number,
  all: Partial<Record<ContenderName, CellResult>>,
  samples: Map<ContenderName, Map<string, number[]>>,
  shared: ReadonlySet<string>,
): ReplayRow {
  const steps: ReplayRow['steps'] = {};
  const pooled: ReplayRow['shared'] = {};
  for (const [name, byStep] of samples) {
    const onShared: number[] = [];
    for (const [id, latencies] of byStep) {
      const s = summarize(latencies, 0, 1);
      (steps[id] ??= {})[name] = { p50: round(s.p50, 3), count: s.count };
      if (shared.has(id)) onShared.push(...latencies);
    }
    // Over the same measured time as the whole script (rps of these steps alone).
    const whole = all[name];
    const elapsed = whole && whole.rps > 0 ? (whole.count * 1000) / whole.rps : 0;
    pooled[name] = summarize(onShared, 0, elapsed);
  }
  const r = (x: number | null) => (x === null ? null : round(x, 3));
  return {
    concurrency,
    all,
    shared: pooled,
    steps,
    ratios: {
      cachedRawP50: r(ratio(pooled['ours-cached']?.p50, pooled.raw?.p50)),
      oursRawP50: r(ratio(pooled.ours?.p50, pooled.raw?.p50)),
      cachedOursP50: r(ratio(all['ours-cached']?.p50, all.ours?.p50)),
    },
  };
}
