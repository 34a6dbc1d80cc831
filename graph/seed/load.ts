// Loads a validated seed into Neo4j: one write transaction replaces the graph's previous version
// completely (or, on any failure including a crash, leaves it untouched), and touches no other graph.
import type { Database, Transaction } from '../db.js';
import * as cypher from './cypher.js';
import type { SeedGraph } from './model.js';
import { SeedValidationError } from './problems.js';
import * as rows from './rows.js';
import { countSeed, type LoadSummary } from './summary.js';
import { validateSeedFile } from './validate.js';

export interface LoadProgress {
  phase: 'delete' | 'write' | 'commit';
  /** Elements (old concepts deleted, new concepts and relations written) done so far. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Validate and count only; the database is not touched. */
  dryRun?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  /** Server-side limit for the load transaction (default 30 minutes: big graphs take a while). */
  timeoutMs?: number;
  /** Rows per UNWIND statement. */
  batchSize?: number;
}

const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const DEFAULT_BATCH = 5_000;

/** Validates the whole file first; throws SeedValidationError (nothing written) if it has problems. */
export async function loadSeedFile(db: Database | null, file: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const result = await validateSeedFile(file);
  if (!result.ok) throw new SeedValidationError(result.problems);
  const validateMs = performance.now() - started;
  if (options.dryRun) return summary(result.seed, { dryRun: true, replaced: 0, validateMs, writeMs: 0 });
  if (!db) throw new Error('loadSeedFile needs a database unless dryRun is set');
  return loadSeed(db, result.seed, options, validateMs);
}

export async function ensureSeedSchema(db: Database): Promise<void> {
  for (const statement of cypher.SCHEMA_STATEMENTS) await db.schema(statement);
}

export async function loadSeed(db: Database, seed: SeedGraph, options: LoadOptions = {}, validateMs = 0): Promise<LoadSummary> {
  await ensureSeedSchema(db);
  const started = performance.now();
  const replaced = await db.write((tx) => replaceGraph(tx, seed, options), {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const writeMs = performance.now() - started;
  return summary(seed, { dryRun: false, replaced, validateMs, writeMs });
}

async function replaceGraph(tx: Transaction, seed: SeedGraph, options: LoadOptions): Promise<number> {
  const graph = seed.graph.id;
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const [existing] = await tx.run('MATCH (c:Concept {graph: $graph}) RETURN count(c) AS n', { graph });
  const old = Number(existing?.n ?? 0);
  const total = old + seed.concepts.length + seed.relations.length;
  let done = 0;
  const progress = (phase: LoadProgress['phase'], step: number) => {
    done += step;
    options.onProgress?.({ phase, done, total });
  };

  for (;;) {
    const [row] = await tx.run(cypher.DELETE_CONCEPTS_SLICE, { graph, limit: batch });
    const deleted = Number(row?.deleted ?? 0);
    progress('delete', deleted);
    if (deleted < batch) break;
  }
  await tx.run(cypher.DELETE_SOURCES, { graph });
  await tx.run(cypher.WRITE_GRAPH, { graph, props: rows.graphProperties(seed), now: new Date().toISOString() });
  await tx.run(cypher.CREATE_SOURCES, { graph, rows: seed.sources.map(rows.sourceProperties) });

  for (const slice of rows.chunks(seed.concepts, batch)) {
    await tx.run(cypher.CREATE_CONCEPTS, { graph, rows: slice.map(rows.conceptProperties) });
    const cited = slice.filter((c) => c.source !== undefined);
    if (cited.length > 0) {
      const links = cited.map((c) => ({ id: c.id, source: c.source, page: c.page ?? null }));
      await tx.run(cypher.LINK_SOURCES, { graph, rows: links });
    }
    progress('write', slice.length);
  }
  for (const slice of rows.chunks(seed.relations, batch)) {
    await tx.run(cypher.CREATE_RELATIONS, { graph, rows: slice.map(rows.relationRow) });
    progress('write', slice.length);
  }
  progress('commit', 0);
  return old;
}

function summary(
  seed: SeedGraph,
  run: Pick<LoadSummary, 'dryRun' | 'replaced' | 'validateMs' | 'writeMs'>,
): LoadSummary {
  return { graph: seed.graph.id, file: seed.file, contentHash: seed.contentHash, ...countSeed(seed), ...run };
}
