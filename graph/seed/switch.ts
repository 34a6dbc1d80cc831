// The switch: one transaction retires the live version and makes the staged one live, or (if
// anything fails, or Neo4j dies) changes nothing. It only moves labels, so it stays small and
// quick even for big graphs: the retired nodes are deleted afterwards, outside it.
import type { Transaction } from '../db.js';
import * as cypher from './cypher.js';
import type { SeedGraph } from './model.js';
import * as rows from './rows.js';
import { ConcurrentLoadError } from './stage.js';

const SLICE = 10_000;

/** Runs `statement` slice by slice inside one transaction until a slice comes back short. */
export async function inSlices(
  tx: Transaction,
  statement: string,
  params: Record<string, unknown>,
  column: string,
): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await tx.run(statement, { ...params, limit: SLICE });
    const n = Number(row?.[column] ?? 0);
    total += n;
    if (n < SLICE) return total;
  }
}

export interface SwitchResult {
  /** Concepts of the version switched out. */
  previous: number;
  /** Of those, the ones whose ids the new version no longer has. */
  removed: number;
  /** The graph's version now: this load's id, or the earlier one when the content is unchanged. */
  version: string;
}

export async function switchVersion(
  tx: Transaction,
  seed: SeedGraph,
  loadId: string,
): Promise<SwitchResult> {
  const graph = seed.graph.id;
  const [claim] = await tx.run(cypher.CLAIM_HOLDER, { graph, loadId });
  if (claim?.loadId !== loadId) {
    throw new ConcurrentLoadError(
      `A later load of graph "${graph}" has started; it will switch its version in.`,
    );
  }
  const [staged] = await tx.run(cypher.STAGED_COUNTS, { graph, loadId });
  const concepts = Number(staged?.concepts ?? 0);
  const relations = Number(staged?.relations ?? 0);
  if (concepts !== seed.concepts.length || relations !== seed.relations.length) {
    throw new ConcurrentLoadError(
      `The staged version of graph "${graph}" has ${concepts} concepts and ${relations} relations, not ` +
        `${seed.concepts.length} and ${seed.relations.length}: another load interfered.`,
    );
  }
  const previous = await inSlices(tx, cypher.RETIRE_SLICE, { graph }, 'retired');
  await inSlices(tx, cypher.ACTIVATE_SLICE, { graph, loadId }, 'activated');
  const [gone] = await tx.run(cypher.COUNT_REMOVED, { graph });
  await tx.run(cypher.UPSERT_SOURCES, { graph, rows: seed.sources.map(rows.sourceProperties) });
  await tx.run(cypher.DELETE_STALE_SOURCES, { graph, keep: seed.sources.map((s) => s.id) });
  const [written] = await tx.run(cypher.WRITE_GRAPH, {
    graph,
    props: rows.graphProperties(seed),
    now: new Date().toISOString(),
    version: loadId,
  });
  await tx.run(cypher.WRITE_DOCUMENT, { graph, props: rows.documentProperties(seed.document) });
  await tx.run(cypher.RELEASE_CLAIM, { graph, loadId });
  return {
    previous,
    removed: Number(gone?.removed ?? 0),
    version: typeof written?.version === 'string' ? written.version : loadId,
  };
}
