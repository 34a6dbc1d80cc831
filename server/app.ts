// The HTTP server: one listener, routes by path, nothing framework-specific.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Database } from '../graph/db.js';
import { handleHealth, handleReady } from './health.js';
import { sendText } from './respond.js';

export interface AppOptions {
  db: Database;
}

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export function createApp({ db }: AppOptions, extraRoutes: Route[] = []): Server {
  const routes: Route[] = [
    (_req, res, url) => url.pathname === '/health' && (handleHealth(res), true),
    async (_req, res, url) => url.pathname === '/ready' && (await handleReady(res, db), true),
    ...extraRoutes,
  ];
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        for (const route of routes) if (await route(req, res, url)) return;
        sendText(res, 404, 'Not found');
      } catch (error) {
        console.error('request failed', error);
        if (!res.headersSent) sendText(res, 500, 'Internal server error');
        else res.end();
      }
    })();
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
