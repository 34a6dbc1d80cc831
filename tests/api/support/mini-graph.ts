// A small graph written straight through Cypher in the seed loader's model, for tests that need
// exact, known contents (pagination, truncation, diacritics, injection strings as data).
import type { Database } from '../../../graph/db.js';

export const KINDS = [
  { id: 'Topic', label: { id: 'Topik', en: 'Topic' }, color: '#444444' },
  { id: 'Value', label: { id: 'Nilai', en: 'Value' }, color: '#1f77b4' },
  { id: 'Goal', label: { id: 'Tujuan', en: 'Goal' }, color: '#2ca02c' },
  { id: 'ForumLevel', label: { id: 'Tingkat forum', en: 'Forum level' }, color: '#9467bd' },
];

export const RELATION_TYPES = [
  {
    id: 'HAS_VALUE',
    label: { id: 'memiliki nilai', en: 'has value' },
    color: '#999999',
    from: ['Topic'],
    to: ['Value'],
  },
  {
    id: 'SUPPORTS',
    label: { id: 'mendukung', en: 'supports' },
    color: '#1f77b4',
    from: ['Value'],
    to: ['Goal'],
  },
  {
    id: 'PART_OF',
    label: { id: 'bagian dari', en: 'part of' },
    color: '#9467bd',
    from: ['ForumLevel'],
    to: ['ForumLevel'],
  },
];

export const INJECTION = `x' OR 1=1 //"}) MATCH (n) DETACH DELETE n //<script>alert(1)</script>`;

interface Concept {
  id: string;
  kind: string;
  labelId: string;
  labelEn: string;
  definitionId?: string;
  definitionEn?: string;
  page?: number;
}

/** 1 topic, 12 values, 3 goals, 5 forum levels: 21 concepts. */
export function miniConcepts(): Concept[] {
  const values = Array.from({ length: 12 }, (_, i) => ({
    id: `value-${String(i + 1).padStart(2, '0')}`,
    kind: 'Value',
    labelId: `Nilai ${i + 1}`,
    labelEn: `Value ${i + 1}`,
    page: i < 6 ? 11 : 12,
  }));
  return [
    {
      id: 'topic',
      kind: 'Topic',
      labelId: 'Keserasian sosial',
      labelEn: 'Social harmony',
      definitionEn: 'Living side by side in peace.',
    },
    ...values,
    {
      id: 'goal-acceptance',
      kind: 'Goal',
      labelId: 'Penerimaan sosial',
      labelEn: 'Social acceptance',
      page: 7,
    },
    {
      id: 'goal-integration',
      kind: 'Goal',
      labelId: 'Integrasi sosial',
      labelEn: 'Social integration',
      page: 7,
    },
    {
      id: 'goal-diversity',
      kind: 'Goal',
      labelId: 'Kerukunan Bhinnéka',
      labelEn: 'Harmony in diversity',
      definitionId: INJECTION,
    },
    ...['desa', 'kecamatan', 'kabupaten', 'provinsi', 'nasional'].map((level) => ({
      id: `forum-${level}`,
      kind: 'ForumLevel',
      labelId: `Forum tingkat ${level}`,
      labelEn: `Forum at ${level} level`,
    })),
  ];
}

export function miniRelations(): {
  id: string;
  type: string;
  from: string;
  to: string;
  basis: string;
  rationaleEn?: string;
}[] {
  const concepts = miniConcepts();
  const values = concepts.filter((c) => c.kind === 'Value').map((c) => c.id);
  const levels = concepts.filter((c) => c.kind === 'ForumLevel').map((c) => c.id);
  return [
    ...values.map((v) => ({
      id: `topic-has-${v}`,
      type: 'HAS_VALUE',
      from: 'topic',
      to: v,
      basis: 'stated',
    })),
    ...values.slice(0, 4).map((v) => ({
      id: `${v}-supports-acceptance`,
      type: 'SUPPORTS',
      from: v,
      to: 'goal-acceptance',
      basis: 'inferred',
      rationaleEn: 'Equality makes acceptance possible.',
    })),
    {
      id: 'value-01-supports-integration',
      type: 'SUPPORTS',
      from: 'value-01',
      to: 'goal-integration',
      basis: 'stated',
    },
    ...levels.slice(0, -1).map((l, i) => ({
      id: `${l}-part-of`,
      type: 'PART_OF',
      from: l,
      to: levels[i + 1] ?? l,
      basis: 'stated',
    })),
  ];
}

export async function loadMiniGraph(db: Database, graph: string): Promise<void> {
  await db.schema(
    'CREATE FULLTEXT INDEX conceptText IF NOT EXISTS FOR (n:Concept) ON EACH [n.labelId, n.labelEn, n.definitionId, n.definitionEn] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  );
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (:Graph {id: $graph, titleId: 'Graf mini', titleEn: 'Mini graph', kinds: $kinds, relationTypes: $types, contentHash: 'test'})`,
      { graph, kinds: JSON.stringify(KINDS), types: JSON.stringify(RELATION_TYPES) },
    );
    await tx.run(
      `CREATE (:Source {graph: $graph, id: 'depsos-2006', author: 'Departemen Sosial', year: 2006, title: 'Keserasian Sosial'})`,
      { graph },
    );
    for (const kind of KINDS) {
      const rows = miniConcepts()
        .filter((c) => c.kind === kind.id)
        .map((c, i) => ({ ...c, order: i }));
      // Labels cannot be parameters; these come from the constant fixture above.
      await tx.run(
        `UNWIND $rows AS row CREATE (c:Concept:${kind.id}) SET c = row, c.graph = $graph, c.source = 'depsos-2006', c.quote = 'kutipan ' + row.id`,
        { graph, rows },
      );
    }
    for (const type of RELATION_TYPES) {
      const rows = miniRelations().filter((r) => r.type === type.id);
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Concept {graph: $graph, id: row.from}), (b:Concept {graph: $graph, id: row.to})
         CREATE (a)-[r:${type.id}]->(b)
         SET r.graph = $graph, r.id = row.id, r.basis = row.basis, r.rationaleEn = row.rationaleEn, r.source = 'depsos-2006', r.page = 11`,
        { graph, rows },
      );
    }
  });
}

export async function dropGraph(db: Database, graph: string): Promise<void> {
  await db.writeRows('MATCH (n {graph: $graph}) DETACH DELETE n', { graph });
  await db.writeRows('MATCH (g:Graph {id: $graph}) DETACH DELETE g', { graph });
}

// Here "topic has value" is document structure, so each relation scope has a type list of its own.
const WIDE_RELATION_TYPES = RELATION_TYPES.map((t) =>
  t.id === 'HAS_VALUE' ? { ...t, structural: true } : t,
);

/** A bigger graph for counting round-trips: a topic with `values` values, each supporting one of 5 goals. */
export async function loadWideGraph(db: Database, graph: string, values: number): Promise<void> {
  const goals = Array.from({ length: 5 }, (_, i) => ({
    id: `goal-${i}`,
    labelId: `Tujuan ${i}`,
    labelEn: `Goal ${i}`,
    order: i,
  }));
  const vals = Array.from({ length: values }, (_, i) => ({
    id: `value-${String(i).padStart(4, '0')}`,
    labelId: `Nilai ${i}`,
    labelEn: `Value ${i}`,
    order: i,
  }));
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (:Graph {id: $graph, titleId: 'Graf lebar', titleEn: 'Wide graph', kinds: $kinds, relationTypes: $types})`,
      { graph, kinds: JSON.stringify(KINDS), types: JSON.stringify(WIDE_RELATION_TYPES) },
    );
    await tx.run(
      `CREATE (:Source {graph: $graph, id: 'depsos-2006', title: 'Keserasian Sosial'})`,
      { graph },
    );
    await tx.run(
      `CREATE (c:Concept:Topic {graph: $graph, id: 'topic', kind: 'Topic', labelId: 'Topik', order: 0, source: 'depsos-2006'})`,
      { graph },
    );
    await tx.run(
      `UNWIND $rows AS row CREATE (c:Concept:Goal) SET c = row, c.graph = $graph, c.kind = 'Goal', c.source = 'depsos-2006'`,
      { graph, rows: goals },
    );
    await tx.run(
      `UNWIND $rows AS row CREATE (c:Concept:Value) SET c = row, c.graph = $graph, c.kind = 'Value', c.source = 'depsos-2006'`,
      { graph, rows: vals },
    );
    await tx.run(
      `MATCH (t:Concept {graph: $graph, id: 'topic'}) MATCH (v:Value {graph: $graph})
       CREATE (t)-[:HAS_VALUE {graph: $graph, id: 'has-' + v.id, basis: 'stated'}]->(v)`,
      { graph },
    );
    await tx.run(
      `MATCH (v:Value {graph: $graph}) MATCH (g:Goal {graph: $graph, id: 'goal-' + toString(toInteger(v.order) % 5)})
       CREATE (v)-[:SUPPORTS {graph: $graph, id: v.id + '-supports', basis: 'inferred'}]->(g)`,
      { graph },
    );
  });
}
