// Scenario 1: how fast our loader writes synthetic graphs (elements = concepts + relations per
// second of the write transaction), a batch-size sweep that justifies its default, and a naive
// one-statement-per-row baseline bounded in time.
import type { Database } from '../../graph/db.js';
import { loadSeed, type SeedGraph } from '../../graph/seed/index.js';
import { dropGraph, generateSeedFile, renamed, validatedSeed } from '../data/graphs.js';
import { errorLine } from '../errors.js';
import { round } from '../load/stats.js';
import { ceilingLoad, type CeilingResult } from './load-ceiling.js';

export interface LoadRow {
  size: number;
  concepts: number;
  relations: number;
  validateMs: number;
  writeMs: number;
  /** Elements per second of the write (the loader's own transaction). */
  writeRate: number;
  /** Elements per second from file to committed graph (validation included). */
  totalRate: number;
  /** Why the load failed (then the rates are 0). */
  error: string | null;
}

export interface SweepRow {
  /** Rows per UNWIND statement; null is the loader's default. */
  batchSize: number | null;
  /** Best write time of the rounds. */
  writeMs: number;
  writeRate: number;
}

export interface NaiveResult {
  elements: number;
  ms: number;
  rate: number;
  /** False when the time bound stopped it before the whole graph was written (then rolled back). */
  complete: boolean;
}

export interface LoadResult {
  rows: LoadRow[];
  sweepSize: number;
  sweep: SweepRow[];
  naive: NaiveResult | null;
  /** Plain UNWIND CREATE of the sweep graph: what Cypher writes here at best (load-ceiling.ts). */
  ceiling: CeilingResult | null;
  /** The fastest swept batch size (null: the default). */
  bestBatch: number | null;
}

/** The ceiling writes in the loader's default batch size (graph/seed/load.ts). */
const CEILING_BATCH = 5_000;

const elementsOf = (seed: SeedGraph) => seed.concepts.length + seed.relations.length;

class TimeUp extends Error {}

async function timedLoad(db: Database, seed: SeedGraph, batchSize?: number): Promise<number> {
  await dropGraph(db, seed.graph.id);
  const summary = await loadSeed(db, seed, batchSize === undefined ? {} : { batchSize });
  return summary.writeMs;
}

/** One statement per concept and per relation (the loader at batch size 1), stopped after `ms`. */
async function naiveLoad(db: Database, seed: SeedGraph, ms: number): Promise<NaiveResult> {
  await dropGraph(db, seed.graph.id);
  const started = performance.now();
  let done = 0;
  let at = started;
  try {
    await loadSeed(db, seed, {
      batchSize: 1,
      onProgress: (p) => {
        done = p.done;
        at = performance.now();
        // Throwing inside the transaction function rolls the partial load back.
        if (at - started > ms) throw new TimeUp('time bound reached');
      },
    });
    return {
      elements: elementsOf(seed),
      ms: performance.now() - started,
      rate: (elementsOf(seed) * 1000) / (performance.now() - started),
      complete: true,
    };
  } catch (error) {
    if (!(error instanceof TimeUp) && !String(error).includes('time bound reached')) throw error;
    return {
      elements: done,
      ms: at - started,
      rate: (done * 1000) / Math.max(1, at - started),
      complete: false,
    };
  } finally {
    await dropGraph(db, seed.graph.id);
  }
}

export async function runLoadScenario(
  db: Database,
  options: { sizes: number[]; batchSizes: number[]; naiveMs: number; dir: string; prefix?: string },
  log: (line: string) => void,
): Promise<LoadResult> {
  const prefix = options.prefix ?? 'bench';
  const rows: LoadRow[] = [];
  const seeds = new Map<number, SeedGraph>();
  const sizes = [...options.sizes].sort((a, b) => a - b);
  for (const size of sizes) {
    const file = await generateSeedFile(size, options.dir);
    const t0 = performance.now();
    const seed = renamed(await validatedSeed(file), `${prefix}-${size}`);
    const validateMs = performance.now() - t0;
    seeds.set(size, seed);
    // A fresh Neo4j plans its statements and warms its caches on the first loads: one untimed
    // load of the smallest graph first, so the figures are about the loader, not a cold JVM.
    if (size === sizes[0]) {
      const warmup = renamed(seed, `${prefix}-warmup`);
      await timedLoad(db, warmup);
      await dropGraph(db, warmup.graph.id);
    }
    const n = elementsOf(seed);
    const base = {
      size,
      concepts: seed.concepts.length,
      relations: seed.relations.length,
      validateMs: round(validateMs, 0),
    };
    try {
      const writeMs = await timedLoad(db, seed);
      const row = {
        ...base,
        writeMs: round(writeMs, 0),
        writeRate: round((n * 1000) / writeMs, 0),
        totalRate: round((n * 1000) / (writeMs + validateMs), 0),
        error: null,
      };
      rows.push(row);
      log(
        `  ${size} concepts: ${n} elements, write ${row.writeMs} ms (${row.writeRate}/s), with validation ${row.totalRate}/s`,
      );
    } catch (error) {
      // A failed load is a result too (the database refused it); the run goes on without it.
      const message = errorLine(error);
      rows.push({ ...base, writeMs: 0, writeRate: 0, totalRate: 0, error: message });
      seeds.delete(size);
      log(`  ${size} concepts: FAILED: ${message}`);
      await dropGraph(db, seed.graph.id);
    }
  }
  // The sweep repeats a mid-sized load; two rounds in opposite orders, best of each size.
  const loaded = [...seeds.keys()];
  if (loaded.length === 0)
    return { rows, sweepSize: 0, sweep: [], naive: null, ceiling: null, bestBatch: null };
  const sweepSize = loaded.find((s) => s >= 10_000) ?? Math.max(...loaded);
  const sweepBase = seeds.get(sweepSize);
  const smallest = seeds.get(Math.min(...loaded));
  if (!sweepBase || !smallest)
    return { rows, sweepSize: 0, sweep: [], naive: null, ceiling: null, bestBatch: null };
  const sweepSeed = renamed(sweepBase, `${prefix}-sweep`);
  const candidates: (number | null)[] = [null, ...options.batchSizes];
  const best = new Map<number | null, number>();
  for (const order of [candidates, [...candidates].reverse()]) {
    for (const batch of order) {
      const ms = await timedLoad(db, sweepSeed, batch ?? undefined);
      best.set(batch, Math.min(best.get(batch) ?? Number.POSITIVE_INFINITY, ms));
    }
  }
  await dropGraph(db, sweepSeed.graph.id);
  const sweep = candidates.map((batchSize) => {
    const writeMs = best.get(batchSize) ?? Number.NaN;
    return {
      batchSize,
      writeMs: round(writeMs, 0),
      writeRate: round((elementsOf(sweepSeed) * 1000) / writeMs, 0),
    };
  });
  for (const s of sweep)
    log(`  batch ${s.batchSize ?? 'default'}: ${s.writeMs} ms (${s.writeRate}/s)`);
  const fastest = [...sweep].sort((a, b) => a.writeMs - b.writeMs)[0];
  const ceilings = [];
  for (let attempt = 0; attempt < 2; attempt++)
    ceilings.push(await ceilingLoad(db, renamed(sweepBase, `${prefix}-ceiling`), CEILING_BATCH));
  const ceiling = ceilings.sort((a, b) => b.rate - a.rate)[0] ?? null;
  if (ceiling) log(`  ceiling (plain UNWIND CREATE): ${round(ceiling.rate, 0)}/s`);
  const naive = await naiveLoad(db, renamed(smallest, `${prefix}-naive`), options.naiveMs);
  log(
    `  naive: ${naive.elements} elements in ${round(naive.ms, 0)} ms (${round(naive.rate, 0)}/s)${naive.complete ? '' : ', stopped at the time bound'}`,
  );
  return { rows, sweepSize, sweep, naive, ceiling, bestBatch: fastest?.batchSize ?? null };
}
