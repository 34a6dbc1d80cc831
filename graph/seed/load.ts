// Loads a validated seed into Neo4j: one write transaction replaces the graph's previous version
// completely (or, on any failure including a crash, leaves it untouched), and touches no other
// graph: every statement is scoped by the graph id or by element ids read under it.
import type { Database, Transaction } from '../db.js';
import * as cypher from './cypher.js';
import type { SeedGraph } from './model.js';
import { SeedValidationError } from './problems.js';
import * as rows from './rows.js';
import { countSeed, type LoadSummary } from './summary.js';
import { validateSeedFile } from './validate.js';

export interface LoadProgress {
  phase: 'delete' | 'write' | 'commit';
  /** Elements done so far: old relations and concepts deleted, new concepts and relations written. */
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
  if (options.dryRun) {
    return summary(result.seed, { dryRun: true, previous: 0, removed: 0, validateMs, writeMs: 0 });
  }
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
  return summary(seed, { dryRun: false, ...replaced, validateMs, writeMs });
}

/** The whole replacement, inside the one transaction (see cypher.ts for why in this order). */
async function replaceGraph(tx: Transaction, seed: SeedGraph, options: LoadOptions): Promise<Replaced> {
  const graph = seed.graph.id;
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const existing = await tx.run(cypher.EXISTING_CONCEPTS, { graph });
  const keep = new Set(seed.concepts.map((c) => c.id));
  const stale = existing.filter((row) => !keep.has(String(row.id))).map((row) => String(row.element));
  const oldRelations = existing.reduce((sum, row) => sum + Number(row.degree ?? 0), 0);
  const total = oldRelations + seed.concepts.length + seed.relations.length + stale.length;
  let done = 0;
  const progress = (phase: LoadProgress['phase'], step: number) => {
    done += step;
    options.onProgress?.({ phase, done, total });
  };
  const inBatches = async <T>(items: readonly T[], size: number, work: (slice: T[]) => Promise<unknown>) => {
    for (const slice of rows.chunks(items, size)) await work(slice);
  };

  // Relations: deleted by their start concepts, in slices small enough for dense nodes.
  const withRelations = existing.filter((row) => Number(row.degree ?? 0) > 0);
  await inBatches(withRelations, Math.max(1, Math.floor(batch / 4)), async (slice) => {
    await tx.run(cypher.DELETE_RELATIONS_FROM, { elements: slice.map((row) => String(row.element)) });
    progress('delete', slice.reduce((sum, row) => sum + Number(row.degree ?? 0), 0));
  });
  await tx.run(cypher.WRITE_GRAPH, { graph, props: rows.graphProperties(seed), now: new Date().toISOString() });
  await tx.run(cypher.UPSERT_SOURCES, { graph, rows: seed.sources.map(rows.sourceProperties) });
  await inBatches(seed.concepts, batch, async (slice) => {
    await tx.run(cypher.UPSERT_CONCEPTS, { graph, rows: slice.map(rows.conceptProperties) });
    const cited = slice.filter((c) => c.source !== undefined);
    const links = cited.map((c) => ({ id: c.id, source: c.source, page: c.page ?? null }));
    if (links.length > 0) await tx.run(cypher.LINK_SOURCES, { graph, rows: links });
    progress('write', slice.length);
  });
  await inBatches(seed.relations, batch, async (slice) => {
    await tx.run(cypher.CREATE_RELATIONS, { graph, rows: slice.map(rows.relationRow) });
    progress('write', slice.length);
  });
  // Last: after node deletions, index lookups in this transaction would slow down (cypher.ts).
  await inBatches(stale, batch, async (slice) => {
    await tx.run(cypher.DELETE_CONCEPTS, { elements: slice });
    progress('delete', slice.length);
  });
  await tx.run(cypher.DELETE_STALE_SOURCES, { graph, keep: seed.sources.map((s) => s.id) });
  progress('commit', 0);
  return { previous: existing.length, removed: stale.length };
}

interface Replaced {
  previous: number;
  removed: number;
}

function summary(
  seed: SeedGraph,
  run: Pick<LoadSummary, 'dryRun' | 'previous' | 'removed' | 'validateMs' | 'writeMs'>,
): LoadSummary {
  return { graph: seed.graph.id, file: seed.file, contentHash: seed.contentHash, ...countSeed(seed), ...run };
}
