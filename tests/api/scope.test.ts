// Relation scopes: MEANING leaves out the structural types (HAS_SECTION, HAS_MEMBER), STRUCTURE
// keeps only them, ALL keeps both, on every traversal and count; an explicit type list narrows
// the scope further.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useGraph } from './support/harness.js';
import { loadStructuredGraph, MEANING_TYPES, STRUCTURE_TYPES } from './support/structured-graph.js';

const h = useGraph('api-scope', loadStructuredGraph);
const ALL_TYPES = [...STRUCTURE_TYPES, ...MEANING_TYPES];

const query = <T>(text: string, variables: Record<string, unknown> = {}) =>
  gqlData<T>(h.url, text, { g: h.graph, ...variables });

const sorted = (values: string[]) => [...values].sort();
const typesOf = (relations: { type: string }[]) =>
  sorted([...new Set(relations.map((r) => r.type))]);

describe('relation types', () => {
  it('say which are structural', async () => {
    const data = await query<{ graph: { relationTypes: { id: string; structural: boolean }[] } }>(
      'query($g: ID) { graph(id: $g) { relationTypes { id structural } } }',
    );
    expect(data.graph.relationTypes).toEqual([
      { id: 'HAS_SECTION', structural: true },
      { id: 'HAS_MEMBER', structural: true },
      { id: 'SUPPORTS', structural: false },
      { id: 'AIMS_AT', structural: false },
    ]);
  });

  it('mark each relation structural or not', async () => {
    const data = await query<{
      relations: { nodes: { type: string; structural: boolean }[] };
    }>('query($g: ID) { relations(graph: $g, first: 50) { nodes { type structural } } }');
    expect(data.relations.nodes).toHaveLength(11);
    for (const r of data.relations.nodes)
      expect(r.structural, r.type).toBe(STRUCTURE_TYPES.includes(r.type));
  });
});

describe('Concept.relations, neighbors and degree', () => {
  const CONCEPT = `query($g: ID, $scope: RelationScope, $types: [String!]) {
    concept(graph: $g, id: "kesetaraan") {
      relations(scope: $scope, types: $types) { type from { id } to { id } }
      neighbors(scope: $scope, types: $types) { id }
      degree(scope: $scope)
    }
  }`;
  interface Answer {
    concept: { relations: { type: string }[]; neighbors: { id: string }[]; degree: number };
  }

  it.each([
    ['MEANING', ['SUPPORTS'], ['penerimaan-sosial'], 1],
    ['STRUCTURE', ['HAS_MEMBER'], ['nilai-dasar'], 1],
    ['ALL', ['HAS_MEMBER', 'SUPPORTS'], ['nilai-dasar', 'penerimaan-sosial'], 2],
  ])('%s follows %j', async (scope, types, neighbors, degree) => {
    const { concept } = await query<Answer>(CONCEPT, { scope });
    expect(typesOf(concept.relations)).toEqual(types);
    expect(sorted(concept.neighbors.map((n) => n.id))).toEqual(neighbors);
    expect(concept.degree).toBe(degree);
  });

  it('follows all relations when the scope is left out', async () => {
    const data = await query<Answer>(
      'query($g: ID) { concept(graph: $g, id: "kesetaraan") { relations { type } neighbors { id } degree } }',
    );
    expect(typesOf(data.concept.relations)).toEqual(['HAS_MEMBER', 'SUPPORTS']);
    expect(data.concept.neighbors).toHaveLength(2);
    expect(data.concept.degree).toBe(2);
  });

  it('intersects the scope with a type list: empty when they share nothing', async () => {
    const both = await query<Answer>(CONCEPT, { scope: 'MEANING', types: ['SUPPORTS'] });
    expect(typesOf(both.concept.relations)).toEqual(['SUPPORTS']);
    const none = await query<Answer>(CONCEPT, { scope: 'STRUCTURE', types: ['SUPPORTS'] });
    expect(none.concept.relations).toEqual([]);
    expect(none.concept.neighbors).toEqual([]);
  });

  it('still refuses an undeclared type', async () => {
    const r = await gql(h.url, CONCEPT, { g: h.graph, scope: 'MEANING', types: ['NOPE'] });
    expect(new Set(errorCodes(r))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(r.errors?.[0]?.message).toMatch(/Unknown relation type "NOPE"/);
  });

  it('counts degrees per scope side by side in one query', async () => {
    const data = await query<{
      concepts: {
        nodes: { id: string; meaning: number; structure: number; all: number }[];
      };
    }>(
      `query($g: ID) { concepts(graph: $g, first: 50, orderBy: {field: ID}) {
        nodes { id meaning: degree(scope: MEANING) structure: degree(scope: STRUCTURE) all: degree }
      } }`,
    );
    const byId = Object.fromEntries(data.concepts.nodes.map(({ id, ...d }) => [id, d]));
    expect(byId['keserasian-sosial']).toEqual({ meaning: 1, structure: 2, all: 3 });
    expect(byId['nilai-dasar']).toEqual({ meaning: 0, structure: 4, all: 4 });
    expect(byId['integrasi-sosial']).toEqual({ meaning: 2, structure: 1, all: 3 });
    for (const d of Object.values(byId)) expect(d.meaning + d.structure).toBe(d.all);
  });
});

describe('ordering by degree', () => {
  const ORDERED = `query($g: ID, $scope: RelationScope) {
    concepts(graph: $g, first: 3, orderBy: {field: DEGREE, direction: DESC, scope: $scope}) {
      nodes { id degree(scope: $scope) }
    }
  }`;

  it.each([
    ['MEANING', ['integrasi-sosial', 'penerimaan-sosial', 'kesepakatan-bersama'], [2, 2, 1]],
    ['STRUCTURE', ['nilai-dasar', 'tujuan', 'keserasian-sosial'], [4, 3, 2]],
    ['ALL', ['nilai-dasar', 'integrasi-sosial', 'keserasian-sosial'], [4, 3, 3]],
  ])('in scope %s', async (scope, ids, degrees) => {
    const data = await query<{ concepts: { nodes: { id: string; degree: number }[] } }>(ORDERED, {
      scope,
    });
    expect(data.concepts.nodes.map((n) => n.id)).toEqual(ids);
    expect(data.concepts.nodes.map((n) => n.degree)).toEqual(degrees);
  });
});

describe('neighborhood', () => {
  const HOOD = `query($g: ID, $scope: RelationScope, $types: [String!], $depth: Int) {
    neighborhood(graph: $g, id: "keserasian-sosial", depth: $depth, scope: $scope, relationTypes: $types) {
      nodes { id } relations { type }
    }
  }`;
  interface Answer {
    neighborhood: { nodes: { id: string }[]; relations: { type: string }[] };
  }

  it.each([
    ['MEANING', ['integrasi-sosial', 'kesepakatan-bersama', 'keserasian-sosial'], MEANING_TYPES],
    ['STRUCTURE', ['keserasian-sosial', 'nilai-dasar', 'tujuan'], ['HAS_SECTION']],
    [
      'ALL',
      ['integrasi-sosial', 'keserasian-sosial', 'nilai-dasar', 'tujuan'],
      ['AIMS_AT', 'HAS_SECTION', 'HAS_MEMBER'],
    ],
  ])('%s', async (scope, ids, types) => {
    const depth = scope === 'MEANING' ? 2 : 1;
    const { neighborhood } = await query<Answer>(HOOD, { scope, depth });
    expect(sorted(neighborhood.nodes.map((n) => n.id))).toEqual(ids);
    expect(typesOf(neighborhood.relations)).toEqual(sorted(types));
  });

  it('intersects the scope with relationTypes', async () => {
    const { neighborhood } = await query<Answer>(HOOD, {
      scope: 'MEANING',
      types: ['HAS_SECTION'],
      depth: 3,
    });
    expect(neighborhood.nodes.map((n) => n.id)).toEqual(['keserasian-sosial']);
    expect(neighborhood.relations).toEqual([]);
  });
});

describe('paths', () => {
  const PATHS = `query($g: ID, $from: ID!, $to: ID!, $scope: RelationScope, $types: [String!]) {
    paths(graph: $g, from: $from, to: $to, all: true, scope: $scope, relationTypes: $types) {
      length nodes { id } relations { type structural }
    }
  }`;
  interface Answer {
    paths: { length: number; nodes: { id: string }[]; relations: { type: string }[] }[];
  }
  const paths = async (from: string, to: string, more: Record<string, unknown> = {}) =>
    (await query<Answer>(PATHS, { from, to, ...more })).paths;
  const middles = (found: Answer['paths']) => sorted(found.map((p) => p.nodes[1]?.id ?? ''));

  it('follow meaning by default', async () => {
    const found = await paths('kesetaraan', 'mutualisme');
    expect(middles(found)).toEqual(['penerimaan-sosial']);
    expect(found[0]?.relations.map((r) => r.type)).toEqual(['SUPPORTS', 'SUPPORTS']);
    // The section that holds both is no route for meaning.
    expect(await paths('nilai-dasar', 'kesetaraan')).toEqual([]);
  });

  it('follow structure or everything when asked', async () => {
    const structure = await paths('kesetaraan', 'mutualisme', { scope: 'STRUCTURE' });
    expect(middles(structure)).toEqual(['nilai-dasar']);
    expect(typesOf(structure.flatMap((p) => p.relations))).toEqual(['HAS_MEMBER']);
    const all = await paths('kesetaraan', 'mutualisme', { scope: 'ALL' });
    expect(middles(all)).toEqual(['nilai-dasar', 'penerimaan-sosial']);
  });

  it('intersect the scope with relationTypes', async () => {
    expect(await paths('nilai-dasar', 'kesetaraan', { types: ['HAS_MEMBER'] })).toEqual([]);
    const [one, ...rest] = await paths('nilai-dasar', 'kesetaraan', {
      scope: 'ALL',
      types: ['HAS_MEMBER'],
    });
    expect(rest).toEqual([]);
    expect(one?.length).toBe(1);
  });
});

describe('relations', () => {
  const RELATIONS = `query($g: ID, $scope: RelationScope, $types: [String!]) {
    relations(graph: $g, scope: $scope, where: {types: $types}, first: 50) { totalCount nodes { type } }
  }`;
  interface Answer {
    relations: { totalCount: number; nodes: { type: string }[] };
  }

  it.each([
    ['MEANING', 4, MEANING_TYPES],
    ['STRUCTURE', 7, STRUCTURE_TYPES],
    ['ALL', 11, ALL_TYPES],
  ])('%s: %i relations', async (scope, total, types) => {
    const { relations } = await query<Answer>(RELATIONS, { scope });
    expect(relations.totalCount).toBe(total);
    expect(typesOf(relations.nodes)).toEqual(sorted(types));
  });

  it('intersects the scope with where.types', async () => {
    const none = await query<Answer>(RELATIONS, { scope: 'MEANING', types: ['HAS_MEMBER'] });
    expect(none.relations).toEqual({ totalCount: 0, nodes: [] });
    const some = await query<Answer>(RELATIONS, { scope: 'STRUCTURE', types: ['HAS_MEMBER'] });
    expect(some.relations.totalCount).toBe(5);
  });
});

describe('stats', () => {
  const STATS = `query($g: ID, $scope: RelationScope) {
    stats(graph: $g, scope: $scope) {
      conceptCount relationCount
      byRelationType { type { id } count }
      byBasis { basis count }
      degree { min max isolated }
      mostConnected(first: 2) { degree concept { id } }
    }
  }`;
  interface Answer {
    stats: {
      conceptCount: number;
      relationCount: number;
      byRelationType: { type: { id: string }; count: number }[];
      byBasis: { basis: string; count: number }[];
      degree: { min: number; max: number; isolated: number };
      mostConnected: { degree: number; concept: { id: string } }[];
    };
  }

  it('count meaning relations only in MEANING', async () => {
    const { stats } = await query<Answer>(STATS, { scope: 'MEANING' });
    expect(stats).toEqual({
      conceptCount: 8,
      relationCount: 4,
      byRelationType: [
        { type: { id: 'SUPPORTS' }, count: 3 },
        { type: { id: 'AIMS_AT' }, count: 1 },
      ],
      byBasis: [
        { basis: 'STATED', count: 1 },
        { basis: 'INFERRED', count: 3 },
      ],
      // The two sections have no meaning relations.
      degree: { min: 0, max: 2, isolated: 2 },
      mostConnected: [
        { degree: 2, concept: { id: 'integrasi-sosial' } },
        { degree: 2, concept: { id: 'penerimaan-sosial' } },
      ],
    });
  });

  it('count structural relations only in STRUCTURE', async () => {
    const { stats } = await query<Answer>(STATS, { scope: 'STRUCTURE' });
    expect(stats.relationCount).toBe(7);
    expect(stats.byRelationType).toEqual([
      { type: { id: 'HAS_SECTION' }, count: 2 },
      { type: { id: 'HAS_MEMBER' }, count: 5 },
    ]);
    expect(stats.byBasis).toEqual([
      { basis: 'STATED', count: 7 },
      { basis: 'INFERRED', count: 0 },
    ]);
    expect(stats.degree).toEqual({ min: 1, max: 4, isolated: 0 });
    expect(stats.mostConnected[0]).toEqual({ degree: 4, concept: { id: 'nilai-dasar' } });
  });

  it('count everything in ALL, the default', async () => {
    const all = await query<Answer>(STATS, { scope: 'ALL' });
    expect(all.stats.relationCount).toBe(11);
    expect(all.stats.byRelationType.map((t) => t.type.id)).toEqual(ALL_TYPES);
    expect(all.stats.degree).toEqual({ min: 2, max: 4, isolated: 0 });
    const unscoped = await query<Answer>(STATS);
    expect(unscoped).toEqual(all);
  });
});
