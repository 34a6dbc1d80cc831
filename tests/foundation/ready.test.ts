import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../graph/config.js';
import { Database } from '../../graph/db.js';
import { freePort, startLocalNeo4j } from '../../graph/launcher.js';
import { startTestServer } from '../support/server.js';

const dataDirectory = mkdtempSync(join(tmpdir(), 'ready-test-'));
afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

// Starting Neo4j takes 10 s on a quiet machine and over a minute on a busy 2-core one.
describe('/health and /ready follow Neo4j without a server restart', { timeout: 300_000 }, () => {
  it('is 200, then 503 while Neo4j is stopped, then 200 again', async () => {
    const port = await freePort();
    let neo4j = await startLocalNeo4j({ port, dataDirectory });
    const db = Database.connect({ ...readDatabaseConfig(), uri: neo4j.uri });
    const server = await startTestServer(db);
    try {
      const up = await getJson(`${server.url}/ready`);
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ status: 'ready', neo4j: { version: neo4j.version } });

      await neo4j.stop();
      const down = await getJson(`${server.url}/ready`);
      expect(down.status).toBe(503);
      expect(down.body.reason).toMatch(/not reachable/);
      expect((await getJson(`${server.url}/health`)).status).toBe(200);

      neo4j = await startLocalNeo4j({ port, dataDirectory });
      const back = await getJson(`${server.url}/ready`);
      expect(back.status).toBe(200);
    } finally {
      await server.close();
      await db.close();
      await neo4j.stop();
    }
  });
});
