// A small graph whose every path is known, for the path modes (written straight through Cypher in
// the seed loader's model, like mini-graph.ts).
//
//   s ─LINKS→ a ─LINKS→ t        the diamond: two shortest paths, s·a·t and s·b·t
//   s ─LINKS→ b ─LINKS→ t        (s→b is the one inferred relation, b→t the one quoted from w2)
//   a ─LINKS→ b                  a rung: s·a·b·t and s·b·a·t (the latter only against a direction)
//   s ─ALSO→ c ─LINKS→ d ─LINKS→ t   a detour through concepts of another kind (Side)
//   s ─CONTAINS→ t               document structure, out of the default (meaning) scope
//
// So between s and t, through meaning, the simple paths are exactly
//   2: s·a·t, s·b·t      3: s·a·b·t, s·b·a·t, s·c·d·t
// and longer walks (s·a·b·s·c·d·t) come back to a concept.
//
// Apart from it, a layered fan x → m1..m5 → n1..n5 → o1..o5 → y (every layer joined to the next)
// has 125 paths of length 4, all shortest: more than any cap.
import type { Database } from '../../../graph/db.js';

export const PATH_KINDS = [
  { id: 'Hub', label: { id: 'Simpul', en: 'Hub' }, color: '#444444' },
  { id: 'Step', label: { id: 'Langkah', en: 'Step' }, color: '#1f77b4' },
  { id: 'Side', label: { id: 'Samping', en: 'Side' }, color: '#2ca02c' },
];

export const PATH_RELATION_TYPES = [
  { id: 'LINKS', label: { id: 'menaut', en: 'links' }, color: '#999999', from: [], to: [] },
  { id: 'ALSO', label: { id: 'juga', en: 'also' }, color: '#1f77b4', from: [], to: [] },
  {
    id: 'CONTAINS',
    label: { id: 'memuat', en: 'contains' },
    color: '#cccccc',
    from: [],
    to: [],
    structural: true,
  },
];

interface Row {
  from: string;
  to: string;
  type: string;
  basis: 'stated' | 'inferred';
  source: string;
}

function rel(
  from: string,
  to: string,
  type = 'LINKS',
  basis: Row['basis'] = 'stated',
  source = 'w1',
): Row {
  return { from, to, type, basis, source };
}

const layer = (name: string): string[] => [1, 2, 3, 4, 5].map((i) => `${name}${i}`);

function concepts(): { id: string; kind: string }[] {
  const hubs = ['s', 't', 'x', 'y'].map((id) => ({ id, kind: 'Hub' }));
  const steps = ['a', 'b', ...layer('m'), ...layer('n'), ...layer('o')].map((id) => ({
    id,
    kind: 'Step',
  }));
  return [...hubs, ...steps, { id: 'c', kind: 'Side' }, { id: 'd', kind: 'Side' }];
}

function relations(): Row[] {
  const fan = [
    ...layer('m').map((m) => rel('x', m)),
    ...layer('m').flatMap((m) => layer('n').map((n) => rel(m, n))),
    ...layer('n').flatMap((n) => layer('o').map((o) => rel(n, o))),
    ...layer('o').map((o) => rel(o, 'y')),
  ];
  return [
    rel('s', 'a'),
    rel('a', 't'),
    rel('s', 'b', 'LINKS', 'inferred'),
    rel('b', 't', 'LINKS', 'stated', 'w2'),
    rel('a', 'b'),
    rel('s', 'c', 'ALSO'),
    rel('c', 'd'),
    rel('d', 't'),
    rel('s', 't', 'CONTAINS'),
    ...fan,
  ];
}

export async function loadPathGraph(db: Database, graph: string): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (:Graph {id: $graph, titleId: 'Graf jalur', titleEn: 'Path graph', kinds: $kinds, relationTypes: $types, contentHash: 'test'})`,
      {
        graph,
        kinds: JSON.stringify(PATH_KINDS),
        types: JSON.stringify(PATH_RELATION_TYPES),
      },
    );
    for (const kind of PATH_KINDS) {
      const rows = concepts()
        .filter((c) => c.kind === kind.id)
        .map((c, i) => ({ ...c, labelId: c.id, labelEn: c.id, order: i }));
      // Labels and types cannot be parameters; these come from the constant fixture above.
      await tx.run(
        `UNWIND $rows AS row CREATE (c:Concept:${kind.id}) SET c = row, c.graph = $graph`,
        {
          graph,
          rows,
        },
      );
    }
    for (const type of PATH_RELATION_TYPES) {
      const rows = relations()
        .filter((r) => r.type === type.id)
        .map((r) => ({ ...r, id: `${r.from}-${r.type}-${r.to}` }));
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Concept {graph: $graph, id: row.from}), (b:Concept {graph: $graph, id: row.to})
         CREATE (a)-[r:${type.id}]->(b)
         SET r.graph = $graph, r.id = row.id, r.basis = row.basis, r.source = row.source, r.quote = 'kutipan'`,
        { graph, rows },
      );
    }
  });
}
