// A real HTTP server of ours on a free loopback port, against a given database.
import type { Server } from 'node:http';
import type { Database } from '../../graph/db.js';
import { createApp, listen, type AppOptions } from '../../server/app.js';

/**
 * The request deadline of a test's server unless the test sets one: roomy, like the test
 * database's transaction timeout (tests/api/support/database.ts), because on a loaded two-core CI
 * machine a fresh Neo4j's first queries can take longer than the production default, and tests
 * check behaviour, not speed. Tests of the deadline set a short one of their own.
 */
export const TEST_DEADLINE_MS = 60_000;

export interface TestServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** `options` switches what a test needs (the compiled executor, the cache...) on or off. */
export async function startTestServer(
  db: Database,
  options: Partial<AppOptions> = {},
): Promise<TestServer> {
  const server = createApp({ deadlineMs: TEST_DEADLINE_MS, ...options, db });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
