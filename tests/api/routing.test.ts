// Reads are routed as reads: with a routing URI (neo4j://, as on a cluster or Aura) every statement
// the API sends goes out in a READ session, which a cluster may serve from a follower or a read
// replica. The test Neo4j is a single server, which answers routing tables naming itself as
// router, reader and writer; the server over it must answer as the one over bolt:// does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessMode, Database } from '../../graph/db.js';
import { loadSeedFile } from '../../graph/seed/index.js';
import { testDatabaseUri, uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { keserasianText, tempDir, writeSeed } from '../seed/support/files.js';
import { apiTestDatabase } from './support/database.js';
import { dropGraph } from './support/mini-graph.js';

/** The test Neo4j's address with the routing scheme (bolt+s:// becomes neo4j+s://, and so on). */
function routingUri(uri: string): string {
  return uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'neo4j$2://');
}

let routed: Database;
let direct: Database;
let graph: string;
let viaRouting: TestServer;
let viaBolt: TestServer;

beforeAll(async () => {
  routed = apiTestDatabase(routingUri(testDatabaseUri()));
  direct = apiTestDatabase();
  graph = uniqueGraphId('api-routing');
  // Loaded through the routing driver: the loader's writes go to the routing table's writer.
  await loadSeedFile(routed, writeSeed(tempDir(), 'keserasian.yaml', keserasianText(graph)));
  viaRouting = await startTestServer(routed);
  viaBolt = await startTestServer(direct);
});
afterAll(async () => {
  await viaRouting?.close();
  await viaBolt?.close();
  if (direct) await dropGraph(direct, graph);
  await routed?.close();
  await direct?.close();
});

const doc = (file: string) => readFileSync(join('docs/queries', file), 'utf8');

/** A representative part of the API: one request of each kind the explorer and scripts send. */
const GRAPHQL: [string, string][] = [
  [
    'a concept by id',
    'query($graph: ID) { concept(graph: $graph, id: "keserasian-sosial") { id kind labels { id en } } }',
  ],
  [
    'concepts and relations by id',
    `query($graph: ID) {
      concepts(graph: $graph, where: { ids: ["forum-desa", "kesetaraan"] }) { nodes { id } }
      relations(graph: $graph, first: 3) { nodes { id type from { id } to { id } } } }`,
  ],
  ['a neighbourhood', doc('08-neighbourhood-of-the-goal.graphql')],
  ['paths', doc('19-three-routes-from-a-forum-level-to-a-value.graphql')],
  ['a search', doc('09-search-in-english-with-typos.graphql')],
  ['a filter', doc('04-concepts-cited-from-page-11.graphql')],
  ['counts', doc('16-share-of-inferred-relations-per-type.graphql')],
  ['the most connected concepts', doc('07-most-connected-concepts.graphql')],
  ['the graphs', 'query { graphs { id conceptCount relationCount } }'],
];

async function graphql(server: TestServer, query: string): Promise<unknown> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables: { graph } }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function exported(server: TestServer, path: string): Promise<string> {
  const res = await fetch(`${server.url}/export/${graph}${path}`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The access mode of each statement `routed` sends while `work` runs. */
async function modesDuring(work: () => Promise<void>): Promise<AccessMode[]> {
  const modes: AccessMode[] = [];
  const off = routed.onQuery((_cypher, _params, mode) => modes.push(mode));
  try {
    await work();
  } finally {
    off();
  }
  return modes;
}

describe('reads over a routing URI (neo4j://)', () => {
  it('answer every kind of request as over bolt://, all in READ sessions', async () => {
    const modes = await modesDuring(async () => {
      for (const [name, query] of GRAPHQL) {
        expect(await graphql(viaRouting, query), name).toEqual(await graphql(viaBolt, query));
      }
      for (const path of ['.json', '.relations.csv', '.graphml?focus=keserasian-sosial&depth=2']) {
        expect(await exported(viaRouting, path), path).toBe(await exported(viaBolt, path));
      }
    });
    expect(modes.length).toBeGreaterThanOrEqual(GRAPHQL.length + 3);
    expect(new Set(modes)).toEqual(new Set(['READ']));
  });

  it('are refused by Neo4j when one tries to write, so READ mode is really applied', async () => {
    const write = 'CREATE (:RoutingProbe {graph: $graph})';
    // Both kinds of read: an auto-commit statement and a transaction function.
    await expect(routed.readRows(write, { graph })).rejects.toThrow(/read access mode/i);
    await expect(routed.read((tx) => tx.run(write, { graph }))).rejects.toThrow(
      /read access mode/i,
    );
    const [row] = await direct.readRows(
      'MATCH (p:RoutingProbe {graph: $graph}) RETURN count(p) AS n',
      { graph },
    );
    expect(row?.n).toBe(0);
    // The same statement in a write session goes through: the refusal was the mode's doing.
    await routed.writeRows(write, { graph });
    await routed.writeRows('MATCH (p:RoutingProbe {graph: $graph}) DELETE p', { graph });
  });
});
