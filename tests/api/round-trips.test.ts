// Nested fields are batched: the number of Cypher statements does not grow with the page size.
// A page's own nested lists come with the page in one statement (server/graphql/nested-plan.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { uniqueGraphId } from '../support/database.js';
import { apiTestDatabase, TEST_TRANSACTION_TIMEOUT_MS } from './support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { errorCodes, gql, gqlData } from './support/client.js';
import { dropGraph, loadWideGraph } from './support/mini-graph.js';
import { GRAPHS } from '../../graph/queries/graphs.js';

const graph = uniqueGraphId('api-roundtrips');
let db: Database;
let server: TestServer;
let compiled: TestServer;

beforeAll(async () => {
  db = apiTestDatabase();
  await loadWideGraph(db, graph, 120);
  // Statements are counted, so no answer may come from the response cache; and a statement's
  // first run is planned, which on a loaded machine can take seconds: these tests count, not time.
  const options = { responseCache: false, deadlineMs: TEST_TRANSACTION_TIMEOUT_MS } as const;
  server = await startTestServer(db, options);
  compiled = await startTestServer(db, { ...options, jit: true });
});
afterAll(async () => {
  await server.close();
  await compiled.close();
  await dropGraph(db, graph);
  await db.close();
});

// The benchmark's nested page (bench/ops/nested.ts): given concepts with their labels, relations
// and neighbours.
const BENCH_NESTED = `query($graph: ID, $ids: [ID!], $first: Int, $nested: Int) {
  concepts(graph: $graph, where: { ids: $ids }, first: $first) { nodes {
    id kind labels { id en }
    relations(first: $nested) { id type basis from { id } to { id } }
    neighbors(first: $nested) { id kind labels { id en } } } } }`;

const NESTED = `query($g: ID, $first: Int) {
  concepts(graph: $g, first: $first, orderBy: {field: ID}) {
    totalCount
    nodes {
      id label(lang: EN) degree source { title }
      relations(first: 50) { id type basis label from { id label } to { id label source { id } } }
      neighbors(first: 50) { id label degree }
    }
  }
}`;

/** The list of graphs, or their versions: what the server reads by the clock, not per query. */
const readsGraphList = (cypher: string) =>
  cypher === GRAPHS || /^\s*MATCH \(g:Graph\)\s+RETURN/.test(cypher);

/**
 * Runs a query and counts the statements that reach the driver while it runs. `perRequest`
 * leaves out the list of graphs and the poll of their versions, which the server caches for a
 * second: whether a request reads them depends on the clock, not on the query.
 */
async function countStatements(
  query: string,
  variables: Record<string, unknown>,
  perRequest = false,
  url = server.url,
): Promise<{ statements: number; data: unknown }> {
  let statements = 0;
  const off = db.onQuery((cypher) => {
    if (!(perRequest && readsGraphList(cypher))) statements++;
  });
  try {
    const data = await gqlData(url, query, variables);
    return { statements, data };
  } finally {
    off();
  }
}

describe('round-trips', () => {
  it("are one statement for the benchmark's nested page of 50, with either executor", async () => {
    // The 5 goals, the topic and 44 values: goals and the topic have more than 50 relations.
    const ids = [
      'topic',
      ...Array.from({ length: 49 }, (_, i) =>
        i < 5 ? `goal-${i}` : `value-${String(i).padStart(4, '0')}`,
      ),
    ];
    for (const url of [server.url, compiled.url]) {
      const { statements, data } = await countStatements(
        BENCH_NESTED,
        { graph, ids, first: 50, nested: 50 },
        true,
        url,
      );
      const nodes = (
        data as {
          concepts: { nodes: { id: string; relations: unknown[]; neighbors: unknown[] }[] };
        }
      ).concepts.nodes;
      expect(nodes).toHaveLength(50);
      const topic = nodes.find((n) => n.id === 'topic');
      expect([topic?.relations.length, topic?.neighbors.length]).toEqual([50, 50]);
      expect(statements).toBe(1);
    }
  });

  it('stay the same for 5, 50 and 120 concepts with relations, neighbours, degrees and sources', async () => {
    const counts: number[] = [];
    for (const first of [5, 50, 120]) {
      const { statements, data } = await countStatements(NESTED, { g: graph, first }, true);
      const nodes = (data as { concepts: { nodes: unknown[] } }).concepts.nodes;
      expect(nodes).toHaveLength(first === 120 ? 120 : first);
      counts.push(statements);
    }
    // The page with its degrees, relations and neighbours, the sources, and the neighbours'
    // degrees (none when the page's own already gave them): never more, whatever the page size.
    for (const count of counts) expect(count).toBeLessThanOrEqual(3);
    console.log(
      `Cypher statements for 5 / 50 / 120 concepts with nested fields: ${counts.join(' / ')}`,
    );
  });

  it('stay the same with fields of several relation scopes side by side', async () => {
    const SCOPED = `query($g: ID, $first: Int) {
      concepts(graph: $g, first: $first, orderBy: {field: DEGREE, direction: DESC, scope: MEANING}) {
        nodes {
          id meaning: degree(scope: MEANING) all: degree
          relations(scope: MEANING, first: 20) { id }
          structure: relations(scope: STRUCTURE, first: 20) { id }
          neighbors(scope: MEANING, first: 20) { id }
        }
      }
    }`;
    const counts: number[] = [];
    for (const first of [5, 120])
      counts.push((await countStatements(SCOPED, { g: graph, first }, true)).statements);
    // The page with a degree per scope, relations per scope and neighbours: one statement.
    expect(counts).toEqual([1, 1]);
  });

  it('stay the same with relationsConnection, degrees with arguments and filtered traversals', async () => {
    const FILTERED = `query($g: ID, $first: Int, $nested: Int) {
      concepts(graph: $g, first: $first, orderBy: {field: ID}) {
        nodes {
          id
          out: degree(direction: OUT, basis: STATED)
          in: degree(direction: IN, types: ["SUPPORTS"], scope: MEANING)
          relations(basis: INFERRED, excludeRelationTypes: ["HAS_VALUE"], orderBy: {field: FROM_ORDER, direction: DESC}, first: $nested) { id from { id label } }
          relationsConnection(first: $nested, basis: STATED, sources: ["depsos-2006"], orderBy: {field: TYPE}) { totalCount }
          all: relationsConnection(first: $nested, excludeRelationTypes: ["PART_OF"]) {
            totalCount edges { cursor node { id type to { id label } } } pageInfo { hasNextPage endCursor }
          }
          neighbors(basis: STATED, first: $nested) { id degree(direction: OUT) }
        }
      }
    }`;
    interface Answer {
      concepts: {
        nodes: {
          id: string;
          out: number;
          in: number;
          relationsConnection: { totalCount: number };
          all: { totalCount: number; edges: unknown[] };
        }[];
      };
    }
    const counts: number[] = [];
    for (const [first, nested] of [
      [10, 2],
      [50, 50],
      [120, 50],
      [120, 2],
    ] as const) {
      const { statements, data } = await countStatements(
        FILTERED,
        { g: graph, first, nested },
        true,
      );
      const nodes = (data as Answer).concepts.nodes;
      expect(nodes).toHaveLength(first);
      // By id: the 5 goals, the topic, then the values (so every page has stated neighbours).
      const topic = nodes.find((n) => n.id === 'topic');
      if (topic) {
        expect(topic.out).toBe(120);
        expect(topic.all.totalCount).toBe(120);
        expect(topic.all.edges).toHaveLength(nested);
      }
      for (const value of nodes.filter((n) => n.id.startsWith('value-'))) {
        expect([value.out, value.in, value.all.totalCount]).toEqual([0, 0, 2]);
        // No relation of the wide graph names a source: the sources filter keeps none.
        expect(value.relationsConnection.totalCount).toBe(0);
      }
      counts.push(statements);
    }
    // The page with two degrees, relations, two connections and neighbours, then the neighbours'
    // degrees in one batch, whatever the page sizes.
    expect(counts).toEqual([2, 2, 2, 2]);
    console.log(
      `Cypher statements with connections and filtered traversals: ${counts.join(' / ')}`,
    );
  });

  it('stay bounded for a neighbourhood and for stats', async () => {
    const hood = await countStatements(
      'query($g: ID) { neighborhood(graph: $g, id: "topic", depth: 3, limit: 500) { nodes { id degree } relations { id from { id } } truncated } }',
      { g: graph },
      true,
    );
    // the center, 2 levels (the third finds nothing new), relations among them, degrees
    expect(hood.statements).toBeLessThanOrEqual(6);
    const stats = await countStatements(
      'query($g: ID) { stats(graph: $g) { conceptCount byKind { count } byBasis { count } degree { max } mostConnected { degree concept { id degree } } } }',
      { g: graph },
      true,
    );
    expect(stats.statements).toBeLessThanOrEqual(3);
  });

  it('leave a level the cap could refuse to its loader, which reads it for a shorter page', async () => {
    // 120 asked × 100 each could pass the cap, so the page does not read them; 5 concepts came.
    const { statements, data } = await countStatements(
      'query($g: ID, $ids: [ID!]) { concepts(graph: $g, where: { ids: $ids }, first: 120) { nodes { id neighbors(first: 100) { id } } } }',
      { g: graph, ids: ['topic', 'goal-0', 'goal-1', 'value-0000', 'value-0001'] },
      true,
    );
    const nodes = (data as { concepts: { nodes: { id: string; neighbors: unknown[] }[] } }).concepts
      .nodes;
    expect(nodes.find((n) => n.id === 'topic')?.neighbors).toHaveLength(100);
    expect(statements).toBe(2);
  });

  it('refuses a level of nested lists that could return more rows than the cap', async () => {
    const r = await gql(
      server.url,
      'query($g: ID, $n: Int, $m: Int) { concepts(graph: $g, first: $n) { nodes { neighbors(first: $m) { id } } } }',
      { g: graph, n: 120, m: 100 },
    );
    expect(new Set(errorCodes(r))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(r.errors?.[0]?.message).toMatch(
      /could return 12000 items \(120 parents × first 100\); the limit is 10000/,
    );
  });

  it('refuses a relationsConnection level that could return more rows than the cap', async () => {
    const r = await gql(
      server.url,
      'query($g: ID, $n: Int, $m: Int) { concepts(graph: $g, first: $n) { nodes { relationsConnection(first: $m) { totalCount } } } }',
      { g: graph, n: 120, m: 100 },
    );
    expect(new Set(errorCodes(r))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(r.errors?.[0]?.message).toMatch(
      /`relationsConnection` here could return 12000 items \(120 parents × first 100\)/,
    );
  });
});
