// A real HTTP server of ours on a free loopback port, against a given database.
import type { Server } from 'node:http';
import type { Database } from '../../graph/db.js';
import { createApp, listen } from '../../server/app.js';

export interface TestServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startTestServer(db: Database): Promise<TestServer> {
  const server = createApp({ db });
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
