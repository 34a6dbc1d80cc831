// A small graph that is slow to search on purpose: every concept linked to every other, so the
// simple paths between two of them grow as n!/(n-k)! with the length k. ALL_SIMPLE paths of length
// 6 in it enumerate millions of paths, far more than any request deadline allows (and a query that
// a deadline must stop, whatever the machine's speed), while the graph itself loads in a moment.
import type { Database } from '../../../graph/db.js';

export const DENSE_CONCEPTS = 24;

const KINDS = [{ id: 'Node', label: { id: 'Simpul', en: 'Node' }, color: '#444444' }];
const TYPES = [
  { id: 'LINKS', label: { id: 'menaut', en: 'links' }, color: '#999999', from: [], to: [] },
];

export const denseId = (i: number): string => `d${i}`;

/** Written straight through Cypher in the seed loader's model, like tests/api/support/path-graph.ts. */
export async function loadDenseGraph(db: Database, graph: string): Promise<void> {
  const ids = Array.from({ length: DENSE_CONCEPTS }, (_, i) => denseId(i));
  const concepts = ids.map((id, order) => ({ id, kind: 'Node', labelId: id, labelEn: id, order }));
  const relations = ids.flatMap((from, i) =>
    ids.slice(i + 1).map((to) => ({ from, to, id: `${from}-LINKS-${to}` })),
  );
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (:Graph {id: $graph, titleId: 'Graf padat', titleEn: 'Dense graph', kinds: $kinds, relationTypes: $types, contentHash: 'test'})`,
      { graph, kinds: JSON.stringify(KINDS), types: JSON.stringify(TYPES) },
    );
    await tx.run('UNWIND $rows AS row CREATE (c:Concept:Node) SET c = row, c.graph = $graph', {
      graph,
      rows: concepts,
    });
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Concept {graph: $graph, id: row.from}), (b:Concept {graph: $graph, id: row.to})
       CREATE (a)-[r:LINKS]->(b)
       SET r.graph = $graph, r.id = row.id, r.basis = 'stated', r.source = 'w1', r.quote = 'kutipan'`,
      { graph, rows: relations },
    );
  });
}
