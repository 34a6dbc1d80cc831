// Nested fields are batched: the number of Cypher statements does not grow with the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { uniqueGraphId } from '../support/database.js';
import { apiTestDatabase } from './support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { errorCodes, gql, gqlData } from './support/client.js';
import { dropGraph, loadWideGraph } from './support/mini-graph.js';
import { GRAPHS } from '../../graph/queries/graphs.js';

const graph = uniqueGraphId('api-roundtrips');
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = apiTestDatabase();
  await loadWideGraph(db, graph, 120);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await dropGraph(db, graph);
  await db.close();
});

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

/**
 * Runs a query and counts the statements that reach the driver while it runs. `perRequest`
 * leaves out the list of graphs, which the server caches for a second: whether a request reads
 * it depends on the clock, not on the query.
 */
async function countStatements(
  query: string,
  variables: Record<string, unknown>,
  perRequest = false,
): Promise<{ statements: number; data: unknown }> {
  let statements = 0;
  const off = db.onQuery((cypher) => {
    if (!(perRequest && cypher === GRAPHS)) statements++;
  });
  try {
    const data = await gqlData(server.url, query, variables);
    return { statements, data };
  } finally {
    off();
  }
}

describe('round-trips', () => {
  it('stay the same for 5, 50 and 120 concepts with relations, neighbours, degrees and sources', async () => {
    const counts: number[] = [];
    for (const first of [5, 50, 120]) {
      const { statements, data } = await countStatements(NESTED, { g: graph, first });
      const nodes = (data as { concepts: { nodes: unknown[] } }).concepts.nodes;
      expect(nodes).toHaveLength(first === 120 ? 120 : first);
      counts.push(statements);
    }
    // graphs, count + page, degrees, sources, relations, neighbours, and the neighbours' degrees
    // (7 when those were already cached by the page's own): never more, whatever the page size.
    for (const count of counts) expect(count).toBeLessThanOrEqual(8);
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
    // count + page, a degree per scope, relations per scope, neighbours: one batch each.
    expect(counts[0]).toBe(counts[1]);
    for (const count of counts) expect(count).toBeLessThanOrEqual(6);
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
    // count + page, two degrees, relations, two connections, neighbours and their degrees: one
    // batch each, whatever the page sizes.
    expect(new Set(counts).size).toBe(1);
    for (const count of counts) expect(count).toBeLessThanOrEqual(9);
    console.log(
      `Cypher statements with connections and filtered traversals: ${counts.join(' / ')}`,
    );
  });

  it('stay bounded for a neighbourhood and for stats', async () => {
    const hood = await countStatements(
      'query($g: ID) { neighborhood(graph: $g, id: "topic", depth: 3, limit: 500) { nodes { id degree } relations { id from { id } } truncated } }',
      { g: graph },
    );
    // graphs, the center, 2 levels (the third finds nothing new), relations among them, degrees
    expect(hood.statements).toBeLessThanOrEqual(7);
    const stats = await countStatements(
      'query($g: ID) { stats(graph: $g) { conceptCount byKind { count } byBasis { count } degree { max } mostConnected { degree concept { id degree } } } }',
      { g: graph },
    );
    expect(stats.statements).toBeLessThanOrEqual(4);
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
