// Loads a validated seed into Neo4j so that readers see the previous version or the new one,
// never a mix, also when Neo4j dies in the middle; and touches no other graph.
//
// One transaction for the whole replacement does not fit: 100,000 concepts with 300,000 relations
// need more than the 1.4 GiB of transaction memory a 2 GB heap allows. And inside one
// transaction Neo4j checks a uniqueness constraint more slowly for every node already deleted in
// it, so "delete, then create" grows quadratically. Hence a staged version switched in at the end:
//   1. claim the graph (the last load to start wins),
//   2. delete leftovers of earlier loads that died (a load that fails cleanly removes its own),
//   3. stage the new version in committed batches, invisible to readers (stage.ts),
//   4. switch, in one transaction: relabel live concepts as retired and staged ones as live,
//      update sources and the Graph node (switch.ts),
//   5. delete the retired version in batches.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db.js';
import * as cypher from './cypher.js';
import type { SeedGraph } from './model.js';
import { SeedValidationError } from './problems.js';
import { ConcurrentLoadError, deleteLeftovers, stageVersion } from './stage.js';
import { countSeed, type LoadSummary } from './summary.js';
import { switchVersion, type SwitchResult } from './switch.js';
import { validateSeedFile } from './validate.js';

export interface LoadProgress {
  phase: 'stage' | 'switch' | 'tidy';
  /** Concepts and relations staged so far. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Validate and count only; the database is not touched. */
  dryRun?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  /** Server-side limit for the switch transaction (default 10 minutes). */
  timeoutMs?: number;
  /** Rows per staging transaction. */
  batchSize?: number;
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_BATCH = 5_000;

/** Validates the whole file first; throws SeedValidationError (nothing written) if it has problems. */
export async function loadSeedFile(
  db: Database | null,
  file: string,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const result = await validateSeedFile(file);
  if (!result.ok) throw new SeedValidationError(result.problems);
  const validateMs = performance.now() - started;
  if (options.dryRun)
    return summary(result.seed, { dryRun: true, previous: 0, removed: 0, validateMs, writeMs: 0 });
  if (!db) throw new Error('loadSeedFile needs a database unless dryRun is set');
  return loadSeed(db, result.seed, options, validateMs);
}

export async function ensureSeedSchema(db: Database): Promise<void> {
  for (const statement of cypher.SCHEMA_STATEMENTS) await db.schema(statement);
}

export async function loadSeed(
  db: Database,
  seed: SeedGraph,
  options: LoadOptions = {},
  validateMs = 0,
): Promise<LoadSummary> {
  const graph = seed.graph.id;
  const loadId = randomUUID();
  const total = seed.concepts.length + seed.relations.length;
  let done = 0;
  const report = (phase: LoadProgress['phase']) => options.onProgress?.({ phase, done, total });
  await ensureSeedSchema(db);
  const started = performance.now();

  await db.writeRows(cypher.CLAIM, { graph, loadId, now: new Date().toISOString() });
  let switched: SwitchResult;
  try {
    // Separate, committed transactions: staging then sees no deletions (which would slow it down).
    await deleteLeftovers(db, graph);
    await stageVersion(db, seed, loadId, options.batchSize ?? DEFAULT_BATCH, (step) => {
      done += step;
      report('stage');
    });
    report('switch');
    switched = await db.write((tx) => switchVersion(tx, seed, loadId), {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  } catch (error) {
    await abandon(db, graph, loadId);
    // Another load of this graph deleted (as its leftovers) a staged node this load's statement
    // had already matched: Neo4j says EntityNotFound. That is the same lost race as a missing
    // relation end, and is reported as one.
    if (isEntityNotFound(error)) {
      throw new ConcurrentLoadError(
        `Another load of graph "${graph}" removed concepts this load was staging; this load stops.`,
        { cause: error },
      );
    }
    throw error;
  }
  // Committed: this process's caches drop the graph's old answers at once (others poll).
  db.announceGraphChange(graph, switched.version);
  report('tidy');
  await tidyRetired(db, graph);
  const writeMs = performance.now() - started;
  const { previous, removed } = switched;
  return summary(seed, { dryRun: false, previous, removed, validateMs, writeMs });
}

function isEntityNotFound(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'Neo.ClientError.Statement.EntityNotFound';
}

/** Tries to tidy the retired version this many times when another load tidies it alongside. */
const TIDY_ATTEMPTS = 3;

/**
 * Deletes the retired version after the switch. Two loads of one graph may tidy the same retired
 * nodes at once, and the one whose matched node the other deleted gets EntityNotFound: its switch
 * has committed all the same, so it tidies again (what is left) instead of failing the load.
 */
async function tidyRetired(db: Database, graph: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deleteLeftovers(db, graph, cypher.DELETE_RETIRED_SLICE);
      return;
    } catch (error) {
      if (!isEntityNotFound(error) || attempt >= TIDY_ATTEMPTS) throw error;
    }
  }
}

/** After a failure before the switch: remove this load's staged concepts and its claim, so the
 * database is as it was. Best effort: if Neo4j is gone, the next load of the graph does it. */
async function abandon(db: Database, graph: string, loadId: string): Promise<void> {
  try {
    await deleteLeftovers(db, graph, cypher.DELETE_OWN_STAGED_SLICE, { loadId });
    await db.writeRows(cypher.RELEASE_CLAIM, { graph, loadId });
  } catch {
    // The original error is the one worth reporting.
  }
}

function summary(
  seed: SeedGraph,
  run: Pick<LoadSummary, 'dryRun' | 'previous' | 'removed' | 'validateMs' | 'writeMs'>,
): LoadSummary {
  return {
    graph: seed.graph.id,
    file: seed.file,
    contentHash: seed.contentHash,
    ...countSeed(seed),
    ...run,
  };
}
