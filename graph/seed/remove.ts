// Removes a graph the way a load replaces one (load.ts): readers see the whole graph or none of
// it, and loads of the same graph keep their rule, "the last to start wins".
//   1. refuse a graph that has no Graph node (a first load still under way has none: untouched),
//   2. claim the graph as a load does, so an earlier load still staging loses and stops,
//   3. in one transaction: check the claim is still ours, retire the live concepts (only labels
//      move, so it stays small), delete the sources, the Graph node and its Document, release the claim,
//   4. delete the retired concepts, their relations and any staged leftovers, in slices.
// A load that starts after step 2 holds the claim at step 3: the removal stops and that load
// switches its version in.
import { randomUUID } from 'node:crypto';
import type { Database, Transaction } from '../db.js';
import * as cypher from './cypher.js';
import { ensureSeedSchema } from './load.js';
import { ConcurrentLoadError, deleteLeftovers } from './stage.js';
import { inSlices } from './switch.js';

export class GraphNotFoundError extends Error {
  override readonly name = 'GraphNotFoundError';
  readonly code = 'SEED_GRAPH_NOT_FOUND';
  constructor(readonly graph: string) {
    super(`No graph "${graph}" is loaded; nothing was removed.`);
  }
}

export interface RemoveSummary {
  graph: string;
  /** Of the version removed. */
  concepts: number;
  relations: number;
  sources: number;
  ms: number;
}

export const GRAPH_EXISTS = `
MATCH (g:Graph {id: $graph})
RETURN g.relationCount AS relations`;

export const DELETE_SOURCES = `
MATCH (s:Source {graph: $graph})
DETACH DELETE s
RETURN count(*) AS deleted`;

export const DELETE_GRAPH = `
MATCH (g:Graph {id: $graph})
OPTIONAL MATCH (d:Document {graph: $graph})
DETACH DELETE g, d`;

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

export async function removeGraph(
  db: Database,
  graph: string,
  options: { timeoutMs?: number } = {},
): Promise<RemoveSummary> {
  const started = performance.now();
  const [found] = await db.readRows(GRAPH_EXISTS, { graph });
  if (!found) throw new GraphNotFoundError(graph);
  await ensureSeedSchema(db); // the claim relies on the seedLoadGraph constraint
  const removeId = randomUUID();
  await db.writeRows(cypher.CLAIM, { graph, loadId: removeId, now: new Date().toISOString() });
  let removed: Omit<RemoveSummary, 'graph' | 'ms'> | null;
  try {
    removed = await db.write((tx) => retireGraph(tx, graph, removeId), {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  } catch (error) {
    await db.writeRows(cypher.RELEASE_CLAIM, { graph, loadId: removeId }).catch(() => undefined);
    throw error;
  }
  if (!removed) throw new GraphNotFoundError(graph); // removed by another process meanwhile
  db.announceGraphChange(graph, null); // committed: this process's caches drop it at once
  await deleteLeftovers(db, graph);
  return { graph, ...removed, ms: performance.now() - started };
}

async function retireGraph(
  tx: Transaction,
  graph: string,
  removeId: string,
): Promise<Omit<RemoveSummary, 'graph' | 'ms'> | null> {
  const [claim] = await tx.run(cypher.CLAIM_HOLDER, { graph, loadId: removeId });
  if (claim?.loadId !== removeId) {
    throw new ConcurrentLoadError(
      `A load of graph "${graph}" started after this removal; it will switch its version in.`,
    );
  }
  const [found] = await tx.run(GRAPH_EXISTS, { graph });
  if (!found) {
    await tx.run(cypher.RELEASE_CLAIM, { graph, loadId: removeId });
    return null;
  }
  const concepts = await inSlices(tx, cypher.RETIRE_SLICE, { graph }, 'retired');
  const [sources] = await tx.run(DELETE_SOURCES, { graph });
  await tx.run(DELETE_GRAPH, { graph });
  await tx.run(cypher.RELEASE_CLAIM, { graph, loadId: removeId });
  return {
    concepts,
    relations: Number(found.relations ?? 0),
    sources: Number(sources?.deleted ?? 0),
  };
}
