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

export async function measureInterleaved(
  contenders: readonly Contender[],
  op: Operation,
  options: CellOptions,
): Promise<Partial<Record<ContenderName, CellResult>>> {
  return measureEach(contenders, (c) => () => c.call(op), options);
}

/** The same measurement for any request each contender can make (an operation, a floor). */
export async function measureEach(
  contenders: readonly Contender[],
  requestOf: (contender: Contender) => () => Promise<unknown>,
  options: CellOptions,
): Promise<Partial<Record<ContenderName, CellResult>>> {
  const pooled = new Map<
    ContenderName,
    { latencies: number[]; errors: number; elapsed: number; firstError: string | null }
  >();
  for (const c of contenders) {
    pooled.set(c.name, { latencies: [], errors: 0, elapsed: 0, firstError: null });
    await runLoad(requestOf(c), {
      concurrency: options.concurrency,
      durationMs: options.warmupMs,
      maxRequests: options.maxRequestsPerSlice,
    });
  }
  for (let round = 0; round < options.rounds; round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const c of order) {
      if (!c) continue;
      const sample = await runLoad(requestOf(c), {
        concurrency: options.concurrency,
        durationMs: options.sliceMs,
        maxRequests: options.maxRequestsPerSlice,
      });
      const pool = pooled.get(c.name);
      if (!pool) continue;
      pool.latencies.push(...sample.latenciesMs);
      pool.errors += sample.errors;
      pool.elapsed += sample.elapsedMs;
      pool.firstError ??= sample.firstError;
    }
  }
  const out: Partial<Record<ContenderName, CellResult>> = {};
  for (const [name, pool] of pooled) {
    out[name] = {
      ...summarize(pool.latencies, pool.errors, pool.elapsed),
      firstError: pool.firstError,
    };
  }
  return out;
}
