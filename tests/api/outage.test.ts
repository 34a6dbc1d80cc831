// Neo4j goes away and comes back: GraphQL answers SERVICE_UNAVAILABLE with 503, /ready says 503,
// exports say 503, and all recover without restarting the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j } from '../../graph/launcher.js';
import { startTestServer } from '../support/server.js';
import { errorCodes, gql } from './support/client.js';
import { apiTestDatabase } from './support/database.js';
import { dropGraph, loadMiniGraph } from './support/mini-graph.js';

const dataDirectory = mkdtempSync(join(tmpdir(), 'api-outage-'));
afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

const QUERY = 'query($g: ID) { concepts(graph: $g, first: 2) { totalCount nodes { id degree } } }';

describe('a Neo4j outage', () => {
  it('gives SERVICE_UNAVAILABLE and 503, then recovers by itself', async () => {
    const port = await freePort();
    let neo4j = await startLocalNeo4j({ port, dataDirectory, heap: '1g' });
    const db = apiTestDatabase(neo4j.uri);
    const server = await startTestServer(db);
    const graph = 'outage';
    try {
      await loadMiniGraph(db, graph);
      const up = await gql(server.url, QUERY, { g: graph });
      expect(up.status).toBe(200);
      expect(up.errors).toBeUndefined();

      await neo4j.stop();
      const down = await gql(server.url, QUERY, { g: graph });
      expect(down.status).toBe(503);
      expect(down.data).toBeNull();
      expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down.errors?.[0]?.message).toMatch(/not reachable right now/);
      expect(JSON.stringify(down.errors)).not.toMatch(/bolt|ECONNREFUSED|127\.0\.0\.1/);
      expect((await fetch(`${server.url}/ready`)).status).toBe(503);
      const exported = await fetch(`${server.url}/export/${graph}.json`);
      expect(exported.status).toBe(503);
      expect(await exported.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });

      neo4j = await startLocalNeo4j({ port, dataDirectory, heap: '1g' });
      // The server notices by itself (a background probe every half second); no restart.
      await expect
        .poll(async () => (await gql(server.url, QUERY, { g: graph })).status, {
          timeout: 30_000,
          interval: 250,
        })
        .toBe(200);
      const back = await gql(server.url, QUERY, { g: graph });
      expect(back.status).toBe(200);
      expect(back.errors).toBeUndefined();
      expect(back.data).toMatchObject({ concepts: { totalCount: 21 } });
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      expect((await fetch(`${server.url}/export/${graph}.json`)).status).toBe(200);
      await dropGraph(db, graph);
    } finally {
      await server.close();
      await db.close();
      await neo4j.stop();
    }
  }, 480_000);
});
