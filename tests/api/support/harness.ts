// One real server and one graph per test file, removed afterwards.
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../graph/db.js';
import { uniqueGraphId } from '../../support/database.js';
import { apiTestDatabase } from './database.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { dropGraph, loadMiniGraph } from './mini-graph.js';

export interface Harness {
  db: Database;
  graph: string;
  server: TestServer;
  url: string;
}

/** A server over a graph that `load` writes under a graph id of the file's own. */
export function useGraph(
  prefix: string,
  load: (db: Database, graph: string) => Promise<void>,
): Harness {
  const harness = { graph: uniqueGraphId(prefix) } as Harness;
  beforeAll(async () => {
    harness.db = apiTestDatabase();
    await load(harness.db, harness.graph);
    harness.server = await startTestServer(harness.db);
    harness.url = harness.server.url;
  });
  afterAll(async () => {
    await harness.server.close();
    await dropGraph(harness.db, harness.graph);
    await harness.db.close();
  });
  return harness;
}

export function useMiniGraph(prefix: string): Harness {
  return useGraph(prefix, loadMiniGraph);
}
