// A stand-in for the seed loader and synthetic generator (issue 3) while graph/seed/ is not in
// the tree: it writes the loader's model (Graph, Concept:<Kind>, typed relations, `conceptText`)
// with batched UNWIND statements, so the API scenarios can run meanwhile. Results say which
// loader wrote the graph; the load scenario itself always needs the real loader.
import type { Database } from '../../graph/db.js';

const KINDS = ['Topic', 'Value', 'Goal', 'Function', 'Actor'];
const TYPES = ['HAS_PART', 'SUPPORTS', 'SERVES', 'REFERENCES'];
const WORDS = ['keserasian', 'sosial', 'nilai', 'forum', 'warga', 'kearifan', 'lokal', 'damai'];

export interface FallbackGraph {
  concepts: { id: string; kind: string; labelId: string; labelEn: string; order: number }[];
  relations: { id: string; type: string; from: string; to: string; basis: string }[];
}

/** A tree (four children per parent) plus two cross links per concept, some to a few hubs. */
export function fallbackGraph(size: number): FallbackGraph {
  const concepts = Array.from({ length: size }, (_, i) => ({
    id: `c-${i}`,
    kind: i === 0 ? 'Topic' : (KINDS[1 + (i % 4)] ?? 'Value'),
    labelId: `${WORDS[i % 8]} ${WORDS[(i * 5) % 8]} ${i}`,
    labelEn: `Concept ${i}`,
    order: i,
  }));
  const relations: FallbackGraph['relations'] = [];
  const hubs = Math.max(1, Math.floor(Math.sqrt(size) / 4));
  for (let i = 1; i < size; i++) {
    relations.push({ id: `t-${i}`, type: 'HAS_PART', from: `c-${Math.floor((i - 1) / 4)}`, to: `c-${i}`, basis: 'stated' });
    const far = (i * 7919) % size;
    const hub = i % 10 === 0 ? (i * 31) % hubs : far;
    for (const [k, target] of [far, hub].entries()) {
      if (target === i) continue;
      const type = TYPES[1 + ((i + k) % 3)] ?? 'SUPPORTS';
      relations.push({ id: `x-${i}-${k}`, type, from: `c-${i}`, to: `c-${target}`, basis: k ? 'inferred' : 'stated' });
    }
  }
  return { concepts, relations };
}

export async function writeFallbackGraph(db: Database, graph: string, size: number): Promise<void> {
  const { concepts, relations } = fallbackGraph(size);
  const declared = (ids: string[]) =>
    JSON.stringify(ids.map((id) => ({ id, label: { id, en: id }, color: '#888888', from: KINDS, to: KINDS })));
  await db.schema('CREATE CONSTRAINT conceptGraphId IF NOT EXISTS FOR (c:Concept) REQUIRE (c.graph, c.id) IS UNIQUE');
  await db.schema(
    'CREATE FULLTEXT INDEX conceptText IF NOT EXISTS FOR (n:Concept) ON EACH [n.labelId, n.labelEn, n.definitionId, n.definitionEn] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  );
  await db.writeRows('CREATE (:Graph {id: $graph, titleId: $graph, kinds: $kinds, relationTypes: $types})', {
    graph,
    kinds: declared(KINDS),
    types: declared(TYPES),
  });
  for (const kind of KINDS) {
    const rows = concepts.filter((c) => c.kind === kind);
    for (let i = 0; i < rows.length; i += 5000) {
      // Labels cannot be parameters; these come from the constant list above.
      await db.writeRows(`UNWIND $rows AS row CREATE (c:Concept:${kind}) SET c = row, c.graph = $graph`, {
        graph,
        rows: rows.slice(i, i + 5000),
      });
    }
  }
  for (const type of TYPES) {
    const rows = relations.filter((r) => r.type === type);
    for (let i = 0; i < rows.length; i += 5000) {
      await db.writeRows(
        `UNWIND $rows AS row
         MATCH (a:Concept {graph: $graph, id: row.from}), (b:Concept {graph: $graph, id: row.to})
         CREATE (a)-[r:${type}]->(b) SET r.graph = $graph, r.id = row.id, r.basis = row.basis`,
        { graph, rows: rows.slice(i, i + 5000) },
      );
    }
  }
  await db.schema('CALL db.awaitIndexes(300)');
}
