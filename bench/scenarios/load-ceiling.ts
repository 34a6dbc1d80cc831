// The ceiling of a Cypher load on this machine and Neo4j: the same rows as our loader writes, in
// the same batches, with the plainest statements that still find relation ends by index (UNWIND
// CREATE, then UNWIND MATCH MATCH CREATE), and nothing else: no staging, no switch, no constraint
// on the new nodes, no tidying. What our loader's safety costs is the distance to this line.
import type { Database } from '../../graph/db.js';
import type { SeedGraph } from '../../graph/seed/index.js';
import { chunks, conceptProperties, relationRow } from '../../graph/seed/rows.js';
import { dropGraph } from '../data/graphs.js';

export interface CeilingResult {
  elements: number;
  ms: number;
  rate: number;
}

const CREATE_CONCEPTS = `
UNWIND $rows AS row
CREATE (c:Concept) SET c = row, c.graph = $graph`;

// The (graph, id) index on :Concept finds the ends, as our loader's staged index does.
const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Concept {graph: $graph, id: row.from})
MATCH (b:Concept {graph: $graph, id: row.to})
CREATE (a)-[r:$(row.type)]->(b) SET r = row, r.graph = $graph`;

export async function ceilingLoad(
  db: Database,
  seed: SeedGraph,
  batch: number,
): Promise<CeilingResult> {
  const graph = seed.graph.id;
  await dropGraph(db, graph);
  try {
    const started = performance.now();
    for (const rows of chunks(
      seed.concepts.map((c) => conceptProperties(c)),
      batch,
    ))
      await db.writeRows(CREATE_CONCEPTS, { graph, rows });
    for (const rows of chunks(
      seed.relations.map((r) => relationRow(r)),
      batch,
    ))
      await db.writeRows(CREATE_RELATIONS, { graph, rows });
    const ms = performance.now() - started;
    const elements = seed.concepts.length + seed.relations.length;
    return { elements, ms, rate: (elements * 1000) / ms };
  } finally {
    await dropGraph(db, graph);
  }
}
