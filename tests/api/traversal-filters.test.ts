// Traversal filters and orders: basis, sources and excludeRelationTypes on Concept.relations,
// relationsConnection, neighbors and neighborhood; degree by direction, types and basis; relation
// orders; relationsConnection pages. The shipped graph's answers are worked out here from the seed
// file itself (read as plain YAML, not through the loader); the mini graph's are known by hand.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../seed/support/files.js';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';
import { useShippedGraph } from './support/shipped-graph.js';

// ── The shipped seed, read directly ──────────────────────────────────────────────────────────

interface SeedRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  basis: 'stated' | 'inferred';
  source?: string;
  page?: number;
}

const seed = parse(readFileSync(SEED_FILE, 'utf8')) as {
  relationTypes: { id: string; structural?: boolean }[];
  concepts: { id: string; order?: number }[];
  relations: (Omit<SeedRelation, 'id'> & { id?: string })[];
};
// A relation without an explicit id is `from.TYPE.to` (seeds/README.md).
const RELATIONS: SeedRelation[] = seed.relations.map((r) => ({
  ...r,
  id: r.id ?? `${r.from}.${r.type}.${r.to}`,
}));
const STRUCTURAL = seed.relationTypes.filter((t) => t.structural === true).map((t) => t.id);
const ORDER = new Map(seed.concepts.map((c) => [c.id, c.order ?? 0]));

type Direction = 'OUT' | 'IN' | 'BOTH';

/** A traversal's arguments, as the API takes them. */
interface Args {
  scope?: 'MEANING' | 'STRUCTURE' | 'ALL';
  direction?: Direction;
  types?: string[];
  excludeRelationTypes?: string[];
  basis?: 'STATED' | 'INFERRED';
  sources?: string[];
}

function follows(r: SeedRelation, a: Args): boolean {
  const structural = STRUCTURAL.includes(r.type);
  if (a.scope === 'MEANING' && structural) return false;
  if (a.scope === 'STRUCTURE' && !structural) return false;
  if (a.types && !a.types.includes(r.type)) return false;
  if (a.excludeRelationTypes?.includes(r.type)) return false;
  if (a.basis && r.basis !== a.basis.toLowerCase()) return false;
  if (a.sources && !(r.source !== undefined && a.sources.includes(r.source))) return false;
  return true;
}

/** The seed's relations at a concept that a traversal with `a` follows. */
function relationsAt(concept: string, a: Args): SeedRelation[] {
  const direction = a.direction ?? 'BOTH';
  return RELATIONS.filter(
    (r) =>
      follows(r, a) &&
      ((direction !== 'IN' && r.from === concept) || (direction !== 'OUT' && r.to === concept)),
  );
}

const other = (r: SeedRelation, concept: string) => (r.from === concept ? r.to : r.from);
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (values: string[]) => [...values].sort(cmp);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** `Concept.relations` without orderBy: by type, then the other end's order and id, then id. */
function defaultOrder(concept: string, relations: SeedRelation[]): string[] {
  const end = (r: SeedRelation) => other(r, concept);
  return [...relations]
    .sort(
      (x, y) =>
        cmp(x.type, y.type) ||
        cmp(ORDER.get(end(x)) ?? 0, ORDER.get(end(y)) ?? 0) ||
        cmp(end(x), end(y)) ||
        cmp(x.id, y.id),
    )
    .map((r) => r.id);
}

type OrderField = 'ID' | 'TYPE' | 'PAGE' | 'BASIS' | 'FROM_ORDER';

/** An `orderBy`: the key in the direction asked, ties by id ascending, pageless relations last. */
function ordered(relations: SeedRelation[], field: OrderField, desc: boolean): string[] {
  const sign = desc ? -1 : 1;
  const compare = (x: SeedRelation, y: SeedRelation): number => {
    if (field === 'ID') return sign * cmp(x.id, y.id);
    if (field === 'PAGE') {
      if ((x.page === undefined) !== (y.page === undefined)) return x.page === undefined ? 1 : -1;
      return sign * cmp(x.page ?? 0, y.page ?? 0) || cmp(x.id, y.id);
    }
    const key = (r: SeedRelation): string | number =>
      field === 'TYPE'
        ? r.type
        : field === 'BASIS'
          ? r.basis === 'stated'
            ? 0
            : 1
          : (ORDER.get(r.from) ?? 0);
    return sign * cmp(key(x), key(y)) || cmp(x.id, y.id);
  };
  return [...relations].sort(compare).map((r) => r.id);
}

/** The neighbourhood the seed gives: rings of new concepts, then the followed relations among them. */
function neighborhoodOf(center: string, depth: number, a: Args) {
  const kept = new Set([center]);
  let previous = [center];
  for (let d = 0; d < depth; d++) {
    const ring = new Set(
      previous
        .flatMap((c) => relationsAt(c, a).map((r) => other(r, c)))
        .filter((c) => !kept.has(c)),
    );
    for (const c of ring) kept.add(c);
    previous = [...ring];
  }
  const relations = RELATIONS.filter((r) => follows(r, a) && kept.has(r.from) && kept.has(r.to));
  return { nodes: sorted([...kept]), relations: sorted(ids(relations)) };
}

// ── Queries ──────────────────────────────────────────────────────────────────────────────────

const FILTER_VARS = `$scope: RelationScope, $dir: Direction, $types: [String!], $ex: [String!], $basis: Basis, $sources: [ID!]`;
const FILTER_ARGS = `scope: $scope, direction: $dir, types: $types, excludeRelationTypes: $ex, basis: $basis, sources: $sources`;

const TRAVERSALS = `query($g: ID, $id: ID!, ${FILTER_VARS}) {
  concept(graph: $g, id: $id) {
    relations(${FILTER_ARGS}, first: 200) { id }
    neighbors(${FILTER_ARGS}, first: 200) { id }
    relationsConnection(${FILTER_ARGS}, first: 200) { totalCount nodes { id } }
  }
}`;

interface Traversals {
  concept: {
    relations: { id: string }[];
    neighbors: { id: string }[];
    relationsConnection: { totalCount: number; nodes: { id: string }[] };
  };
}

const variables = (a: Args) => ({
  scope: a.scope,
  dir: a.direction,
  types: a.types,
  ex: a.excludeRelationTypes,
  basis: a.basis,
  sources: a.sources,
});

interface Connection {
  totalCount: number;
  nodes: { id: string }[];
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const CONNECTION = `query($g: ID, $id: ID!, $first: Int, $after: String, $order: RelationOrder, ${FILTER_VARS}) {
  concept(graph: $g, id: $id) {
    relationsConnection(${FILTER_ARGS}, orderBy: $order, first: $first, after: $after) {
      totalCount nodes { id } edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}`;

/** Every page of a concept's relationsConnection, following `endCursor` until the last. */
async function allPages(
  url: string,
  base: Record<string, unknown>,
  pageSize: number,
): Promise<Connection[]> {
  const pages: Connection[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const data: { concept: { relationsConnection: Connection } } = await gqlData(url, CONNECTION, {
      ...base,
      first: pageSize,
      after,
    });
    const page = data.concept.relationsConnection;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
  throw new Error('relationsConnection never ended');
}

// ── The shipped graph ────────────────────────────────────────────────────────────────────────

describe('on the shipped graph', () => {
  const h = useShippedGraph('api-traversal-filters');
  const run = <T>(query: string, vars: Record<string, unknown> = {}) =>
    gqlData<T>(h.url, query, { g: h.graph, ...vars });

  const CASES: [string, Args][] = [
    ['keserasian-sosial', {}],
    ['keserasian-sosial', { basis: 'INFERRED' }],
    ['keserasian-sosial', { basis: 'STATED', direction: 'IN' }],
    ['keserasian-sosial', { sources: ['konvensi-2009', 'depsos-2012'] }],
    ['keserasian-sosial', { excludeRelationTypes: ['HAS_SECTION', 'HAS_ESSENCE'] }],
    [
      'keserasian-sosial',
      { scope: 'MEANING', excludeRelationTypes: ['STANDS_ON'], direction: 'OUT' },
    ],
    [
      'keserasian-sosial',
      { types: ['STANDS_ON', 'AIMS_AT', 'HAS_SECTION'], excludeRelationTypes: ['HAS_SECTION'] },
    ],
    ['integrasi-sosial', { basis: 'INFERRED' }],
    ['integrasi-sosial', { basis: 'STATED', excludeRelationTypes: ['HAS_MEMBER'] }],
    ['daerah', { sources: ['depsos-2006'], basis: 'INFERRED' }],
    ['penguatan-keserasian-sosial', { sources: ['depsos-2012'], direction: 'OUT' }],
    ['keserasian-sosial', { sources: ['no-such-work'] }],
  ];

  it.each(CASES)(
    '%s with %j: relations, neighbours and connection agree with the seed',
    async (id, a) => {
      const expected = relationsAt(id, a);
      const { concept } = await run<Traversals>(TRAVERSALS, { id, ...variables(a) });
      expect(ids(concept.relations)).toEqual(defaultOrder(id, expected));
      expect(sorted(ids(concept.neighbors))).toEqual(
        sorted([...new Set(expected.map((r) => other(r, id)))]),
      );
      expect(concept.relationsConnection.totalCount).toBe(expected.length);
      expect(ids(concept.relationsConnection.nodes)).toEqual(sorted(ids(expected)));
    },
  );

  it('filters that do narrow: each case above leaves out some relations and keeps some', () => {
    // Guards the table: a filter that matched everything (or nothing) would prove little.
    const all = relationsAt('keserasian-sosial', {}).length;
    expect(all).toBe(39);
    for (const [id, a] of CASES.slice(1, -1)) {
      const n = relationsAt(id, a).length;
      expect(n, `${id} ${JSON.stringify(a)}`).toBeGreaterThan(0);
      expect(n, `${id} ${JSON.stringify(a)}`).toBeLessThan(relationsAt(id, {}).length);
    }
  });

  it('counts degrees by direction, types and basis', async () => {
    const DEGREE = `query($g: ID, $id: ID!) {
      concept(graph: $g, id: $id) {
        all: degree
        out: degree(direction: OUT)
        in: degree(direction: IN)
        inferred: degree(basis: INFERRED)
        statedIn: degree(direction: IN, basis: STATED)
        meaningOut: degree(scope: MEANING, direction: OUT)
        types: degree(types: ["STANDS_ON", "COMMITS_TO", "INVOLVES"])
        typesOutInferred: degree(types: ["INVOLVES"], direction: OUT, basis: INFERRED)
      }
    }`;
    for (const id of ['keserasian-sosial', 'integrasi-sosial', 'daerah', 'kesetaraan']) {
      const { concept } = await run<{ concept: Record<string, number> }>(DEGREE, { id });
      const n = (a: Args) => relationsAt(id, a).length;
      expect(concept, id).toEqual({
        all: n({}),
        out: n({ direction: 'OUT' }),
        in: n({ direction: 'IN' }),
        inferred: n({ basis: 'INFERRED' }),
        statedIn: n({ direction: 'IN', basis: 'STATED' }),
        meaningOut: n({ scope: 'MEANING', direction: 'OUT' }),
        types: n({ types: ['STANDS_ON', 'COMMITS_TO', 'INVOLVES'] }),
        typesOutInferred: n({ types: ['INVOLVES'], direction: 'OUT', basis: 'INFERRED' }),
      });
    }
    // The topic: 35 relations start there, 4 end there, one of them (INVOLVES daerah) inferred.
    const { concept } = await run<{ concept: Record<string, number> }>(DEGREE, {
      id: 'keserasian-sosial',
    });
    expect([concept.out, concept.in, concept.inferred, concept.typesOutInferred]).toEqual([
      35, 4, 1, 1,
    ]);
  });

  it('grows neighbourhoods through the filtered relations only', async () => {
    const HOOD = `query($g: ID, $id: ID!, $depth: Int, $scope: RelationScope, $types: [String!], $ex: [String!], $basis: Basis, $sources: [ID!]) {
      neighborhood(graph: $g, id: $id, depth: $depth, scope: $scope, relationTypes: $types,
                   excludeRelationTypes: $ex, basis: $basis, sources: $sources, limit: 500) {
        center { id } nodes { id } relations { id } truncated
      }
    }`;
    const cases: [string, number, Args][] = [
      ['keserasian-sosial', 1, { basis: 'INFERRED' }],
      ['keserasian-sosial', 2, { sources: ['konvensi-2009'] }],
      ['integrasi-sosial', 2, { basis: 'INFERRED', excludeRelationTypes: ['SUPPORTS'] }],
      ['kesetaraan', 2, { scope: 'MEANING', excludeRelationTypes: ['STANDS_ON'], basis: 'STATED' }],
      [
        'keserasian-sosial',
        1,
        { types: ['AIMS_AT', 'COMMITS_TO'], excludeRelationTypes: ['AIMS_AT'] },
      ],
    ];
    for (const [id, depth, a] of cases) {
      const expected = neighborhoodOf(id, depth, a);
      const { neighborhood } = await run<{
        neighborhood: {
          center: { id: string };
          nodes: { id: string }[];
          relations: { id: string }[];
          truncated: boolean;
        };
      }>(HOOD, { id, depth, ...variables(a) });
      const label = `${id} depth ${depth} ${JSON.stringify(a)}`;
      expect(neighborhood.nodes[0]?.id, label).toBe(id);
      expect(sorted(ids(neighborhood.nodes)), label).toEqual(expected.nodes);
      expect(sorted(ids(neighborhood.relations)), label).toEqual(expected.relations);
      expect(neighborhood.truncated, label).toBe(false);
    }
    // The topic's one inferred relation: it and daerah, nothing else.
    expect(neighborhoodOf('keserasian-sosial', 1, { basis: 'INFERRED' })).toEqual({
      nodes: ['daerah', 'keserasian-sosial'],
      relations: ['keserasian-sosial.INVOLVES.daerah'],
    });
  });

  const ORDER_QUERY = `query($g: ID, $id: ID!, $order: RelationOrder, ${FILTER_VARS}) {
    concept(graph: $g, id: $id) { relations(${FILTER_ARGS}, orderBy: $order, first: 200) { id } }
  }`;

  const FIELDS: OrderField[] = ['ID', 'TYPE', 'PAGE', 'BASIS', 'FROM_ORDER'];
  it.each(FIELDS.flatMap((field) => [[field, 'ASC'] as const, [field, 'DESC'] as const]))(
    'orders relations by %s %s, ties by id',
    async (field, direction) => {
      for (const id of ['keserasian-sosial', 'integrasi-sosial']) {
        const { concept } = await run<{ concept: { relations: { id: string }[] } }>(ORDER_QUERY, {
          id,
          order: { field, direction },
        });
        expect(ids(concept.relations), id).toEqual(
          ordered(relationsAt(id, {}), field, direction === 'DESC'),
        );
      }
    },
  );

  it('orders the topic as a reader expects: pageless last, stated first, its own relations first', async () => {
    const order = async (field: OrderField, direction: 'ASC' | 'DESC') =>
      ids(
        (
          await run<{ concept: { relations: { id: string }[] } }>(ORDER_QUERY, {
            id: 'keserasian-sosial',
            order: { field, direction },
          })
        ).concept.relations,
      );
    const pageDesc = await order('PAGE', 'DESC');
    // Pages 11, 8, 7, then the 20 relations without a page (ids ascending among equals).
    const page = (id: string | undefined) => RELATIONS.find((r) => r.id === id)?.page;
    expect(pageDesc[0]).toBe('keserasian-sosial.INVOLVES.daerah');
    expect(pageDesc.slice(0, 19).map(page)).toEqual([
      ...Array<number>(7).fill(11),
      ...Array<number>(4).fill(8),
      ...Array<number>(8).fill(7),
    ]);
    expect(pageDesc.slice(19).map(page)).toEqual(Array<undefined>(20).fill(undefined));
    expect((await order('BASIS', 'DESC'))[0]).toBe('keserasian-sosial.INVOLVES.daerah');
    expect((await order('BASIS', 'ASC')).at(-1)).toBe('keserasian-sosial.INVOLVES.daerah');
    // The topic (order 0) starts 35 of them; the pledge items (orders 7-9) come last.
    expect((await order('FROM_ORDER', 'DESC'))[0]).toBe(
      'ikrar-komunikasi.COMMITS_TO.keserasian-sosial',
    );
  });

  it('pages relationsConnection: pages concatenate to the whole list, with a steady total', async () => {
    const cases: [string, Args, { field: OrderField; direction: 'ASC' | 'DESC' } | null, number][] =
      [
        ['keserasian-sosial', {}, null, 7],
        ['keserasian-sosial', { basis: 'STATED' }, { field: 'PAGE', direction: 'DESC' }, 5],
        [
          'keserasian-sosial',
          { excludeRelationTypes: ['HAS_SECTION'] },
          { field: 'TYPE', direction: 'ASC' },
          4,
        ],
        ['integrasi-sosial', { direction: 'IN' }, { field: 'FROM_ORDER', direction: 'ASC' }, 2],
        ['integrasi-sosial', {}, { field: 'BASIS', direction: 'ASC' }, 200],
      ];
    for (const [id, a, order, size] of cases) {
      const expected = relationsAt(id, a);
      const full = order
        ? ordered(expected, order.field, order.direction === 'DESC')
        : sorted(ids(expected));
      const pages = await allPages(h.url, { g: h.graph, id, order, ...variables(a) }, size);
      const label = `${id} ${JSON.stringify(a)} ${JSON.stringify(order)} by ${size}`;
      expect(
        pages.flatMap((p) => ids(p.nodes)),
        label,
      ).toEqual(full);
      expect(pages, label).toHaveLength(Math.max(1, Math.ceil(full.length / size)));
      for (const [i, page] of pages.entries()) {
        expect(page.totalCount, label).toBe(full.length);
        expect(page.pageInfo.hasPreviousPage, label).toBe(i > 0);
        expect(ids(page.edges.map((e) => e.node)), label).toEqual(ids(page.nodes));
        expect(page.pageInfo.endCursor, label).toBe(page.edges.at(-1)?.cursor ?? null);
      }
    }
  });

  it('pages the relations of a whole page of concepts at once', async () => {
    const data = await run<{
      concepts: {
        nodes: {
          id: string;
          relationsConnection: {
            totalCount: number;
            nodes: { id: string; from: { id: string; label: string } }[];
            pageInfo: { hasNextPage: boolean };
          };
        }[];
      };
    }>(
      `query($g: ID) { concepts(graph: $g, first: 40, orderBy: {field: ID}) { nodes { id
        relationsConnection(basis: STATED, scope: MEANING, first: 2, orderBy: {field: TYPE, direction: DESC}) {
          totalCount nodes { id from { id label } } pageInfo { hasNextPage }
        }
      } } }`,
    );
    expect(data.concepts.nodes).toHaveLength(40);
    for (const { id, relationsConnection: page } of data.concepts.nodes) {
      const expected = ordered(
        relationsAt(id, { basis: 'STATED', scope: 'MEANING' }),
        'TYPE',
        true,
      );
      expect(page.totalCount, id).toBe(expected.length);
      expect(ids(page.nodes), id).toEqual(expected.slice(0, 2));
      expect(page.pageInfo.hasNextPage, id).toBe(expected.length > 2);
      for (const r of page.nodes) expect(r.from.label.length, r.id).toBeGreaterThan(0);
    }
  });

  it('gives an empty page with the total for first: 0 and after the last relation', async () => {
    const expected = relationsAt('keserasian-sosial', { basis: 'INFERRED' });
    const { concept } = await run<{ concept: { relationsConnection: Connection } }>(CONNECTION, {
      id: 'keserasian-sosial',
      basis: 'INFERRED',
      first: 0,
    });
    expect(concept.relationsConnection.totalCount).toBe(expected.length);
    expect(concept.relationsConnection.nodes).toEqual([]);
    expect(concept.relationsConnection.pageInfo.endCursor).toBeNull();
    const [last] = await allPages(
      h.url,
      { g: h.graph, id: 'keserasian-sosial', basis: 'INFERRED' },
      5,
    );
    const after = await run<{ concept: { relationsConnection: Connection } }>(CONNECTION, {
      id: 'keserasian-sosial',
      basis: 'INFERRED',
      first: 5,
      after: last?.pageInfo.endCursor,
    });
    expect(after.concept.relationsConnection.nodes).toEqual([]);
    expect(after.concept.relationsConnection.totalCount).toBe(expected.length);
    expect(after.concept.relationsConnection.pageInfo.hasNextPage).toBe(false);
  });

  describe('refuses', () => {
    const refused = async (query: string, message: RegExp) => {
      const r = await gql(h.url, query, { g: h.graph });
      expect(new Set(errorCodes(r)), query).toEqual(new Set(['BAD_USER_INPUT']));
      expect(r.errors?.[0]?.message, query).toMatch(message);
    };

    it('an excluded relation type the graph does not declare, on every traversal', async () => {
      const unknown = /Unknown relation type "SUPPORT" in graph .*; it declares "HAS_SECTION"/;
      const at = (field: string) =>
        `query($g: ID) { concept(graph: $g, id: "keserasian-sosial") { ${field} } }`;
      for (const query of [
        at('relations(excludeRelationTypes: ["SUPPORT"]) { id }'),
        at('neighbors(excludeRelationTypes: ["SUPPORT"]) { id }'),
        at('relationsConnection(excludeRelationTypes: ["SUPPORT"]) { totalCount }'),
        at('degree(types: ["SUPPORT"])'),
        'query($g: ID) { neighborhood(graph: $g, id: "keserasian-sosial", excludeRelationTypes: ["SUPPORT"]) { truncated } }',
      ])
        await refused(query, unknown);
    });

    it('a relationsConnection page size out of range, and a cursor it did not give', async () => {
      for (const first of [-1, 201]) {
        await refused(
          `query($g: ID) { concept(graph: $g, id: "keserasian-sosial") { relationsConnection(first: ${first}) { totalCount } } }`,
          new RegExp(`\`first\` must be between 0 and 200 \\(got ${first}\\)`),
        );
      }
      await refused(
        'query($g: ID) { concept(graph: $g, id: "keserasian-sosial") { relationsConnection(after: "bm9wZQ") { totalCount } } }',
        /`after` is not a cursor/,
      );
    });
  });
});

// ── A small synthetic graph (tests/api/support/mini-graph.ts) ───────────────────────────────
//
//   topic ─HAS_VALUE (stated)→ value-01 … value-12
//   value-01 … value-04 ─SUPPORTS (inferred)→ goal-acceptance
//   value-01 ─SUPPORTS (stated)→ goal-integration
//   forum-desa → forum-kecamatan → forum-kabupaten → forum-provinsi → forum-nasional (PART_OF)
//   every relation quoted from depsos-2006, page 11

describe('on a small synthetic graph', () => {
  const m = useMiniGraph('api-traversal-filters-mini');
  const run = <T>(query: string, vars: Record<string, unknown> = {}) =>
    gqlData<T>(m.url, query, { g: m.graph, ...vars });

  it('filters value-01 by basis, sources and excluded types', async () => {
    const cases: [Args, string[], string[]][] = [
      [
        {},
        ['topic-has-value-01', 'value-01-supports-acceptance', 'value-01-supports-integration'],
        ['goal-acceptance', 'goal-integration', 'topic'],
      ],
      [{ basis: 'INFERRED' }, ['value-01-supports-acceptance'], ['goal-acceptance']],
      [
        { basis: 'STATED' },
        ['topic-has-value-01', 'value-01-supports-integration'],
        ['goal-integration', 'topic'],
      ],
      [
        { excludeRelationTypes: ['HAS_VALUE'] },
        ['value-01-supports-acceptance', 'value-01-supports-integration'],
        ['goal-acceptance', 'goal-integration'],
      ],
      [
        { excludeRelationTypes: ['HAS_VALUE'], basis: 'STATED' },
        ['value-01-supports-integration'],
        ['goal-integration'],
      ],
      [{ sources: ['depsos-2006'], direction: 'IN' }, ['topic-has-value-01'], ['topic']],
      [{ sources: ['konvensi-2009'] }, [], []],
      [{ types: ['SUPPORTS'], excludeRelationTypes: ['SUPPORTS'] }, [], []],
    ];
    for (const [a, relations, neighbors] of cases) {
      const { concept } = await run<Traversals>(TRAVERSALS, { id: 'value-01', ...variables(a) });
      const label = JSON.stringify(a);
      expect(sorted(ids(concept.relations)), label).toEqual(relations);
      expect(sorted(ids(concept.neighbors)), label).toEqual(neighbors);
      expect(concept.relationsConnection.totalCount, label).toBe(relations.length);
      expect(ids(concept.relationsConnection.nodes), label).toEqual(relations);
    }
  });

  it('counts degrees by direction, types and basis', async () => {
    const { topic, acceptance, value } = await run<Record<string, Record<string, number>>>(
      `query($g: ID) {
        topic: concept(graph: $g, id: "topic") { out: degree(direction: OUT) in: degree(direction: IN) inferred: degree(basis: INFERRED) }
        acceptance: concept(graph: $g, id: "goal-acceptance") { in: degree(direction: IN) out: degree(direction: OUT) inferred: degree(basis: INFERRED) stated: degree(basis: STATED) }
        value: concept(graph: $g, id: "value-01") { all: degree supports: degree(types: ["SUPPORTS"]) statedSupports: degree(types: ["SUPPORTS"], basis: STATED) in: degree(direction: IN, types: ["SUPPORTS"]) }
      }`,
    );
    expect(topic).toEqual({ out: 12, in: 0, inferred: 0 });
    expect(acceptance).toEqual({ in: 4, out: 0, inferred: 4, stated: 0 });
    expect(value).toEqual({ all: 3, supports: 2, statedSupports: 1, in: 0 });
  });

  it('grows a neighbourhood through inferred relations only, or around an excluded type', async () => {
    const hood = async (args: string) =>
      (
        await run<{ neighborhood: { nodes: { id: string }[]; relations: { id: string }[] } }>(
          `query($g: ID) { neighborhood(graph: $g, id: "value-01", depth: 2, ${args}) { nodes { id } relations { id } } }`,
        )
      ).neighborhood;
    const inferred = await hood('basis: INFERRED');
    expect(sorted(ids(inferred.nodes))).toEqual([
      'goal-acceptance',
      'value-01',
      'value-02',
      'value-03',
      'value-04',
    ]);
    expect(sorted(ids(inferred.relations))).toEqual(
      ['01', '02', '03', '04'].map((n) => `value-${n}-supports-acceptance`),
    );
    const noSupports = await hood('excludeRelationTypes: ["SUPPORTS"]');
    expect(noSupports.nodes).toHaveLength(13); // value-01, topic, the 11 other values
    expect(noSupports.relations).toHaveLength(12);
    expect(ids(noSupports.relations).every((r) => r.startsWith('topic-has-'))).toBe(true);
    const elsewhere = await hood('sources: ["konvensi-2009"]');
    expect(ids(elsewhere.nodes)).toEqual(['value-01']);
    expect(elsewhere.relations).toEqual([]);
  });

  it('pages the topic twelve relations by five, in id order or reversed', async () => {
    const twelve = Array.from(
      { length: 12 },
      (_, i) => `topic-has-value-${String(i + 1).padStart(2, '0')}`,
    );
    for (const [order, expected] of [
      [null, twelve],
      [{ field: 'ID', direction: 'DESC' }, [...twelve].reverse()],
    ] as const) {
      const pages = await allPages(m.url, { g: m.graph, id: 'topic', order }, 5);
      expect(pages.map((p) => p.nodes.length)).toEqual([5, 5, 2]);
      expect(pages.flatMap((p) => ids(p.nodes))).toEqual(expected);
      expect(pages.map((p) => p.totalCount)).toEqual([12, 12, 12]);
      expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    }
  });

  it('orders goal-acceptance by the order of the concept each relation starts at', async () => {
    const { concept } = await run<{ concept: { asc: { id: string }[]; desc: { id: string }[] } }>(
      `query($g: ID) { concept(graph: $g, id: "goal-acceptance") {
        asc: relations(orderBy: {field: FROM_ORDER}) { id }
        desc: relations(orderBy: {field: FROM_ORDER, direction: DESC}) { id }
      } }`,
    );
    // The values' order is their place in the fixture: value-01 first.
    const four = ['01', '02', '03', '04'].map((n) => `value-${n}-supports-acceptance`);
    expect(ids(concept.asc)).toEqual(four);
    expect(ids(concept.desc)).toEqual([...four].reverse());
  });
});
