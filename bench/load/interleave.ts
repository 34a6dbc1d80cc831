// Measures contenders on one operation in alternating slices (A B C, B C A, C A B, ...), after a
// warm-up of each, so that drift on a noisy machine (GC, JIT, page cache, a neighbour's build)
// falls on all of them alike. Samples of all slices are pooled per contender.
import type { Contender, ContenderName, Operation } from '../contenders/types.js';
import { runLoad } from './generator.js';
import { summarize, type Summary } from './stats.js';

export interface CellOptions {
  concurrency: number;
  warmupMs: number;
  sliceMs: number;
  rounds: number;
  /** Upper bound of requests in one slice, whatever the time. */
  maxRequestsPerSlice: number;
}

export interface CellResult extends Summary {
  firstError: string | null;
}

/**
 * Something measured in turns with others: a contender asking an operation, a floor, a replayed
 * script. `request(measured)` is told whether its call counts (false during the warm-up), for
 * lanes that keep figures of their own (the replay's per-step latencies).
 */
export interface Lane<N extends string> {
  name: N;
  /** Requests every measured slice makes whatever its time (a replayed script's length). */
  minRequestsPerSlice?: number;
  request(measured: boolean): Promise<unknown>;
}

export async function measureInterleaved(
  contenders: readonly Contender[],
  op: Operation,
  options: CellOptions,
): Promise<Partial<Record<ContenderName, CellResult>>> {
  return measureEach(contenders, (c) => () => c.call(op), options);
}

/** The same measurement for any request each contender can make (an operation, a floor). */
export function measureEach(
  contenders: readonly Contender[],
  requestOf: (contender: Contender) => () => Promise<unknown>,
  options: CellOptions,
): Promise<Partial<Record<ContenderName, CellResult>>> {
  return measureLanes(
    contenders.map((c) => ({ name: c.name, request: requestOf(c) })),
    options,
  );
}

/** Warm-up of each lane, then `rounds` slices of each in rotating order, samples pooled. */
export async function measureLanes<N extends string>(
  lanes: readonly Lane<N>[],
  options: CellOptions,
): Promise<Partial<Record<N, CellResult>>> {
  const pooled = new Map<
    N,
    { latencies: number[]; errors: number; elapsed: number; firstError: string | null }
  >();
  const load = (lane: Lane<N>, measured: boolean) => {
    const floor = measured ? (lane.minRequestsPerSlice ?? 0) : 0;
    return runLoad(() => lane.request(measured), {
      concurrency: options.concurrency,
      durationMs: measured ? options.sliceMs : options.warmupMs,
      maxRequests: Math.max(options.maxRequestsPerSlice, floor),
      minRequests: floor,
    });
  };
  for (const lane of lanes) {
    pooled.set(lane.name, { latencies: [], errors: 0, elapsed: 0, firstError: null });
    await load(lane, false);
  }
  for (let round = 0; round < options.rounds; round++) {
    const order = lanes.map((_, i) => lanes[(i + round) % lanes.length]);
    for (const lane of order) {
      if (!lane) continue;
      const sample = await load(lane, true);
      const pool = pooled.get(lane.name);
      if (!pool) continue;
      pool.latencies.push(...sample.latenciesMs);
      pool.errors += sample.errors;
      pool.elapsed += sample.elapsedMs;
      pool.firstError ??= sample.firstError;
    }
  }
  const out: Partial<Record<N, CellResult>> = {};
  for (const [name, pool] of pooled) {
    out[name] = {
      ...summarize(pool.latencies, pool.errors, pool.elapsed),
      firstError: pool.firstError,
    };
  }
  return out;
}
