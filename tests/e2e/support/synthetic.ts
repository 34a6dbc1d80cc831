// A synthetic graph of a given size for the large-graph test: a tree (every concept under a
// parent, as sections hold their items) plus cross links, in the seed loader's model.
import type { Database } from '../../../graph/db.js';

const KIND_COLORS: [string, string][] = [
  ['Topic', '#37474f'],
  ['Section', '#6d4c41'],
  ['Value', '#1f77b4'],
  ['Goal', '#2ca02c'],
  ['Function', '#ff7f0e'],
  ['Actor', '#8c564b'],
  ['Objective', '#e377c2'],
  ['Principle', '#bcbd22'],
];
const KINDS = KIND_COLORS.map(([id, color]) => ({
  id,
  label: { id: `Jenis ${id}`, en: `Kind ${id}` },
  color,
}));
const TYPE_COLORS: [string, string][] = [
  ['HAS_PART', '#9e9e9e'],
  ['SUPPORTS', '#1f77b4'],
  ['SERVES', '#ff7f0e'],
  ['INVOLVES', '#8c564b'],
];
const TYPES = TYPE_COLORS.map(([id, color]) => ({
  id,
  label: { id: `relasi ${id.toLowerCase()}`, en: id.toLowerCase().replace('_', ' ') },
  color,
  from: KINDS.map((k) => k.id),
  to: KINDS.map((k) => k.id),
}));
const CROSS_TYPES = ['SUPPORTS', 'SERVES'];
const WORDS = [
  'keserasian',
  'sosial',
  'nilai',
  'forum',
  'warga',
  'kearifan',
  'lokal',
  'damai',
  'rukun',
  'adil',
];

export async function loadSyntheticGraph(db: Database, graph: string, size: number): Promise<void> {
  const concepts = Array.from({ length: size }, (_, i) => ({
    id: `c-${i}`,
    kind: i === 0 ? 'Topic' : i < 8 ? 'Section' : (KIND_COLORS[2 + (i % 6)]?.[0] ?? 'Value'),
    labelId: `${WORDS[i % 10]} ${WORDS[(i * 7) % 10]} ${i}`,
    labelEn: `Concept ${i}`,
    order: i,
  }));
  const relations = concepts.slice(1).map((c, k) => ({
    id: `tree-${k + 1}`,
    type: 'HAS_PART',
    from: `c-${Math.floor(k / 4)}`,
    to: c.id,
    basis: 'stated',
  }));
  // A hub whose neighbourhood is larger than the API's 500-concept limit (a truncated view).
  for (let i = Math.floor(size / 2); i < Math.floor(size / 2) + 600 && i < size; i++) {
    relations.push({
      id: `hub-${i}`,
      type: 'INVOLVES',
      from: 'c-1',
      to: `c-${i}`,
      basis: 'stated',
    });
  }
  for (let i = 3; i < size; i += 3) {
    relations.push({
      id: `cross-${i}`,
      type: CROSS_TYPES[(i / 3) % 2] ?? 'SUPPORTS',
      from: `c-${i}`,
      to: `c-${(i * 7919) % size}`,
      basis: i % 2 ? 'inferred' : 'stated',
    });
  }
  await db.write(
    async (tx) => {
      await tx.run(
        `CREATE (:Graph {id: $graph, titleId: 'Graf sintetis', titleEn: 'Synthetic graph', kinds: $kinds, relationTypes: $types})`,
        { graph, kinds: JSON.stringify(KINDS), types: JSON.stringify(TYPES) },
      );
      for (const kind of KINDS) {
        // Labels cannot be parameters; kinds come from the constant list above.
        await tx.run(
          `UNWIND $rows AS row CREATE (c:Concept:${kind.id}) SET c = row, c.graph = $graph`,
          {
            graph,
            rows: concepts.filter((c) => c.kind === kind.id),
          },
        );
      }
      for (const type of TYPES) {
        // Ends by position in text order, not by a MATCH per row: no index is needed.
        await tx.run(
          `MATCH (c:Concept {graph: $graph}) WITH c ORDER BY c.order WITH collect(c) AS nodes
         UNWIND $rows AS row
         WITH nodes[toInteger(row.from)] AS a, nodes[toInteger(row.to)] AS b, row
         CREATE (a)-[r:${type.id}]->(b) SET r.graph = $graph, r.id = row.id, r.basis = row.basis`,
          {
            graph,
            rows: relations
              .filter((r) => r.type === type.id && r.from !== r.to)
              .map((r) => ({ ...r, from: Number(r.from.slice(2)), to: Number(r.to.slice(2)) })),
          },
        );
      }
    },
    // A loaded machine (two cores shared with every suite) can take minutes over this.
    { timeoutMs: 10 * 60_000 },
  );
}

export async function dropGraph(db: Database, graph: string): Promise<void> {
  await db.writeRows('MATCH (n {graph: $graph}) DETACH DELETE n', { graph });
  await db.writeRows('MATCH (g:Graph {id: $graph}) DETACH DELETE g', { graph });
}
