// A page's nested lists read with the page itself (server/graphql/nested-plan.ts) agree with the
// same lists read by the loaders: each shape is asked once of a concepts page, which the planner
// takes, and once of the same concepts fetched one by one with `concept`, which it never takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { GRAPHS } from '../../graph/queries/graphs.js';
import { loadSeedFile } from '../../graph/seed/index.js';
import { encodeCursor } from '../../server/graphql/cursor.js';
import { keserasianText, tempDir, writeSeed } from '../seed/support/files.js';
import { uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { gqlData } from './support/client.js';
import { apiTestDatabase, TEST_TRANSACTION_TIMEOUT_MS } from './support/database.js';
import { dropGraph } from './support/mini-graph.js';

// The shipped graph (bases, sources, structural and meaning types, many kinds), with a server
// that answers every request from Neo4j (no response cache) and gives a statement's first
// planning time on a loaded machine (these tests compare answers, not speed).
const graph = uniqueGraphId('api-nested-agreement');
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = apiTestDatabase();
  await loadSeedFile(db, writeSeed(tempDir(), 'keserasian.yaml', keserasianText(graph)));
  server = await startTestServer(db, {
    responseCache: false,
    deadlineMs: TEST_TRANSACTION_TIMEOUT_MS,
  });
});
afterAll(async () => {
  await server.close();
  await dropGraph(db, graph);
  await db.close();
});

interface Shape {
  name: string;
  /** The selection of each concept: the body of `fragment Lists on Concept`. */
  lists: string;
  /** Variables the fragment uses, declared in both operations, with their values. */
  variables?: Record<string, { type: string; value?: unknown }>;
  /** More of the page's filter (besides the ids) and its other arguments. */
  where?: string;
  page?: string;
  /** Ask for the page's `edges { node }` instead of its `nodes`. */
  edges?: boolean;
}

// Page sizes and `first` are variables: armor's cost multiplies literal ones, and these shapes ask
// a lot on purpose. The aliases stay within the API's 15.
const SHAPES: Shape[] = [
  {
    name: "the benchmark's nested page",
    variables: { n: { type: 'Int', value: 50 } },
    lists: `id kind labels { id en }
      relations(first: $n) { id type basis from { id } to { id } }
      neighbors(first: $n) { id kind labels { id en } }`,
  },
  {
    name: 'aliases with different scopes, directions, bases, types, sources and orders',
    page: 'orderBy: { field: DEGREE, direction: DESC, scope: MEANING }',
    variables: { few: { type: 'Int', value: 3 }, many: { type: 'Int', value: 200 } },
    lists: `id
      degree
      out: degree(direction: OUT, scope: MEANING)
      stated: degree(basis: STATED, types: ["SUPPORTS", "AIMS_AT"])
      relations(first: $few) { id type basis from { id } to { id } }
      meaning: relations(scope: MEANING, direction: OUT, first: $few, orderBy: { field: PAGE, direction: DESC }) {
        id quote page from { id label kind } to { id label(lang: EN) }
      }
      structure: relations(scope: STRUCTURE, first: $many) { id to { id } }
      quoted: relations(sources: ["depsos-2006"], basis: STATED, excludeRelationTypes: ["HAS_MEMBER"]) { id source { id } }
      inferred: relations(basis: INFERRED, direction: IN, orderBy: {}) { id rationale }
      neighbors(first: $few) { id label }
      goals: neighbors(kinds: ["Goal", "Value"], direction: OUT, scope: MEANING) { id kind definition }
      through: neighbors(types: "SUPPORTS", basis: INFERRED) { id }`,
  },
  {
    name: 'connections as edges, variables (one left out) and a skipped field',
    where: 'NOT: { kinds: ["Section"] }',
    page: 'orderBy: { field: LABEL }',
    edges: true,
    variables: {
      n: { type: 'Int', value: 3 },
      two: { type: 'Int', value: 2 },
      none: { type: 'Int', value: 0 },
      at: { type: 'String', value: encodeCursor(1) },
      types: { type: '[String!]' },
      with: { type: 'Boolean!', value: false },
    },
    lists: `id
      relationsConnection(first: $n, after: $at, orderBy: { field: TYPE }) {
        totalCount edges { cursor node { id type from { id label } } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
      byId: relationsConnection(first: $two, direction: OUT) { totalCount nodes { id rationales { id en } } }
      none: relationsConnection(first: $none) { totalCount pageInfo { hasNextPage } }
      some: relations(first: $n, types: $types) { id }
      skipped: relations(first: $two) @include(if: $with) { id }`,
  },
  {
    name: 'a filtered page, read past its first concepts',
    where: 'text: "a", NOT: { kinds: ["Section"] }',
    page: `after: "${encodeCursor(4)}"`,
    lists: `id
      relations(scope: MEANING, orderBy: { field: BASIS, direction: DESC }) { id basis }
      neighbors(direction: IN, excludeRelationTypes: ["HAS_SECTION"]) { id }`,
  },
];

function declarations(shape: Shape): string {
  return Object.entries(shape.variables ?? {})
    .map(([name, { type }]) => `, $${name}: ${type}`)
    .join('');
}

function values(shape: Shape): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape.variables ?? {}).flatMap(([name, { value }]) =>
      value === undefined ? [] : [[name, value]],
    ),
  );
}

/** Runs a query and returns its data with the statements it sent (the graph list left out). */
async function withStatements(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: unknown; statements: string[] }> {
  const statements: string[] = [];
  const off = db.onQuery((cypher) => {
    if (cypher !== GRAPHS) statements.push(cypher);
  });
  try {
    return { data: await gqlData(server.url, query, variables), statements };
  } finally {
    off();
  }
}

/** A batched statement of a concept's own nested lists (adjacent.ts): what planning saves. */
const isNestedListStatement = (cypher: string) =>
  cypher.includes('UNWIND $ids AS id') && /CALL \{|COUNT \{/.test(cypher);

type Node = Record<string, unknown> & { id: string };

/**
 * The most connected concept and its neighbours: asked as a concepts page, the planner reads their
 * lists with the page; asked as that concept's `neighbors`, their lists come from the loaders.
 */
async function hubAndNeighbours(): Promise<{ hub: string; ids: string[] }> {
  const data = await gqlData<{
    concepts: { nodes: { id: string; neighbors: { id: string }[] }[] };
  }>(
    server.url,
    'query($g: ID) { concepts(graph: $g, first: 1, orderBy: { field: DEGREE, direction: DESC }) { nodes { id neighbors(first: 60) { id } } } }',
    { g: graph },
  );
  const [hub] = data.concepts.nodes;
  if (!hub) throw new Error('the shipped graph has no concepts');
  return { hub: hub.id, ids: hub.neighbors.map((n) => n.id) };
}

describe('nested lists read with their page', () => {
  for (const shape of SHAPES) {
    it(`agree with the loaders: ${shape.name}`, async () => {
      const { hub, ids } = await hubAndNeighbours();
      expect(ids.length).toBeGreaterThan(20);
      const fragment = `fragment Lists on Concept { ${shape.lists} }`;
      const list = shape.edges ? 'edges { node { ...Lists } }' : 'nodes { ...Lists }';
      const planned = await withStatements(
        `query($g: ID, $ids: [ID!], $size: Int${declarations(shape)}) {
          concepts(graph: $g, where: { ids: $ids, ${shape.where ?? ''} }, first: $size, ${shape.page ?? ''}) { ${list} }
        } ${fragment}`,
        { g: graph, ids, size: ids.length, ...values(shape) },
      );
      const page = (planned.data as { concepts: { nodes?: Node[]; edges?: { node: Node }[] } })
        .concepts;
      const nodes = page.nodes ?? (page.edges ?? []).map((e) => e.node);
      expect(nodes.length).toBeGreaterThan(5);
      expect(planned.statements.filter(isNestedListStatement)).toEqual([]);

      const loaded = await withStatements(
        `query($g: ID, $hub: ID!, $size: Int${declarations(shape)}) {
          concept(graph: $g, id: $hub) { neighbors(first: $size) { ...Lists } }
        } ${fragment}`,
        { g: graph, hub, size: ids.length, ...values(shape) },
      );
      expect(loaded.statements.filter(isNestedListStatement).length).toBeGreaterThan(0);
      const neighbours = (loaded.data as { concept: { neighbors: Node[] } }).concept.neighbors;
      const byId = new Map(neighbours.map((n) => [n.id, n]));
      expect(nodes.map((n) => byId.get(n.id))).toEqual(nodes);
    });
  }
});
