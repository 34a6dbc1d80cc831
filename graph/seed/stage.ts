// Writing a new version of a graph beside the live one, batch by batch in committed transactions:
// staged concepts carry no :Concept label, so no reader sees them (or their relations) until the
// switch. Memory stays bounded however big the graph, and a crash leaves only invisible leftovers.
import type { Database } from '../db.js';
import { computeCentrality } from './centrality.js';
import * as cypher from './cypher.js';
import type { SeedGraph } from './model.js';
import * as rows from './rows.js';

export class ConcurrentLoadError extends Error {
  override readonly name = 'ConcurrentLoadError';
  readonly code = 'SEED_CONCURRENT_LOAD';
}

/** Deletes a graph's staged and retired leftovers, a slice per transaction. */
export async function deleteLeftovers(
  db: Database,
  graph: string,
  statement = cypher.DELETE_LEFTOVERS_SLICE,
  params: Record<string, unknown> = {},
): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.writeRows(statement, { ...params, graph, limit: 2_000 });
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < 2_000) return total;
  }
}

export async function stageVersion(
  db: Database,
  seed: SeedGraph,
  loadId: string,
  batch: number,
  progress: (step: number) => void,
): Promise<void> {
  const graph = seed.graph.id;
  // Derived once per version, here, so it is switched in (and out) with the concepts it describes.
  const centrality = computeCentrality(seed);
  for (const slice of rows.chunks(seed.concepts, batch)) {
    await db.writeRows(cypher.STAGE_CONCEPTS, {
      graph,
      loadId,
      rows: slice.map((c) =>
        rows.conceptProperties(c, seed.document.conceptEvidence.get(c.id), centrality.get(c.id)),
      ),
    });
    progress(slice.length);
  }
  for (const slice of rows.chunks(seed.relations, batch)) {
    const [row] = await db.writeRows(cypher.STAGE_RELATIONS, {
      graph,
      loadId,
      rows: slice.map((r) => rows.relationRow(r, seed.document.relationEvidence.get(r.id))),
    });
    // Every end was staged above; a missing one means another load of this graph removed it.
    if (Number(row?.created ?? 0) !== slice.length) {
      throw new ConcurrentLoadError(
        `Another load of graph "${graph}" changed its staged concepts; this load stops.`,
      );
    }
    progress(slice.length);
  }
}
